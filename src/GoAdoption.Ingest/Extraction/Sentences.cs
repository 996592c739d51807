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

    public static Provenance Provenance(Passage passage, int start, int end) =>
        new(LineOf(passage, start), LineOf(passage, Math.Max(start, end - 1)), passage.Text[start..end].Trim());

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
