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

    public static int LineOf(Passage passage, int offset)
    {
        var line = passage.LineStart;
        var text = passage.Text;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return Math.Min(line, passage.LineEnd);
    }
}
