using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Extraction;

/// <summary>Cuts passage text into sentences and maps offsets back to original line numbers.</summary>
internal static class Sentences
{
    /// <summary>Sentence spans [start, end) of a passage; list items, table rows and headings stay whole.</summary>
    public static List<(int Start, int End)> Split(Passage passage)
    {
        var text = passage.Text;
        var spans = new List<(int, int)>();
        if (passage.Kind is PassageKind.ListItem or PassageKind.TableRow or PassageKind.TableHeader or PassageKind.Heading
            && !text.Contains('\n', StringComparison.Ordinal))
        {
            spans.Add((0, text.Length));
            return spans;
        }

        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsBoundary(text, i))
            {
                Add(spans, text, start, text[i] == '\n' ? i : i + 1);
                start = i + 1;
            }
        }

        Add(spans, text, start, text.Length);
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

    private static bool IsBoundary(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '。' or '！' or '？' or '；' or ';' or '!' or '?')
        {
            return true;
        }

        // "at Uber. However": a period ends a sentence only before a space and a capital, not inside dl.google.com.
        return c == '.' && i + 2 < text.Length && char.IsWhiteSpace(text[i + 1]) && !char.IsLower(text[i + 2]);
    }

    private static void Add(List<(int, int)> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add((start, end));
        }
    }
}
