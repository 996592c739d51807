using System.Runtime.CompilerServices;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Extraction;

/// <summary>Cuts a passage into sentences (see <see cref="SentenceSplitter"/>) and maps offsets back to original line numbers.</summary>
internal static class Sentences
{
    /// <summary>Sentence spans [start, end) of a passage; table rows and headings stay whole.</summary>
    public static List<(int Start, int End)> Split(Passage passage)
    {
        var text = passage.Text;
        var spans = new List<(int, int)>();
        if (passage.Kind is PassageKind.TableRow or PassageKind.TableHeader or PassageKind.Heading
            && !text.Contains('\n', StringComparison.Ordinal))
        {
            spans.Add((0, text.Length));
            return spans;
        }

        spans.AddRange(SentenceSplitter.Split(text));
        return spans;
    }

    /// <summary>The sentence span that contains an offset.</summary>
    public static (int Start, int End) Around(List<(int Start, int End)> spans, int offset)
    {
        foreach (var s in spans)
        {
            if (offset >= s.Start && offset < s.End)
            {
                return s;
            }
        }

        return spans.Count > 0 ? spans[^1] : (0, 0);
    }

    /// <summary>
    /// The sentence from <paramref name="start"/> to <paramref name="end"/>; a sentence longer than a quote may be is
    /// quoted around <paramref name="focus"/> (where the fact is), with the lines of what is quoted.
    /// </summary>
    public static Provenance Provenance(Passage passage, int start, int end, int focus = -1)
    {
        if (end - start <= Model.Provenance.MaxQuote || focus < start)
        {
            return new(LineOf(passage, start), LineOf(passage, Math.Max(start, end - 1)), passage.Text[start..end].Trim());
        }

        // Room for the two marks of what was left out.
        var length = Model.Provenance.MaxQuote - 2;
        var from = Math.Clamp(focus - length / 2, start, end - length);
        var quote = (from > start ? "…" : "") + passage.Text.Substring(from, length).Trim() + (from + length < end ? "…" : "");
        return new(LineOf(passage, from), LineOf(passage, from + length - 1), quote);
    }

    // The offsets of each passage's line breaks, found once: a paragraph of thousands of lines is asked for the line of
    // every fact in it. Keyed by the passage object (not its value), and gone with it.
    private static readonly ConditionalWeakTable<Passage, int[]> LineBreaks = new();

    public static int LineOf(Passage passage, int offset)
    {
        // The line breaks before the offset: the index of the first break at or after it.
        var breaks = LineBreaks.GetValue(passage, static p => FindLineBreaks(p.Text));
        var before = Array.BinarySearch(breaks, Math.Min(offset, passage.Text.Length));
        var count = before >= 0 ? before : ~before;
        return Math.Min(passage.LineStart + count, passage.LineEnd);
    }

    private static int[] FindLineBreaks(string text)
    {
        var breaks = new List<int>();
        for (var i = text.IndexOf('\n', StringComparison.Ordinal); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            breaks.Add(i);
        }

        return [.. breaks];
    }
}
