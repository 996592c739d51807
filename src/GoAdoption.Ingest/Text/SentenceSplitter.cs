namespace GoAdoption.Ingest.Text;

/// <summary>
/// The one sentence and clause splitter of the importer, for every language: sentences end at 。！？；;!? and line
/// breaks, and at a period followed by a space and anything but a lower-case letter ("at Uber. However", not
/// "e.g. the" or "dl.google.com"); clauses end at ，、 and at commas that do not separate thousands.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Sentence spans [start, end) of <paramref name="text"/> from <paramref name="from"/>, trimmed, none empty.</summary>
    public static List<(int Start, int End)> Split(string text, int from = 0)
    {
        var spans = new List<(int, int)>();
        var start = from;
        for (var i = from; i < text.Length; i++)
        {
            if (IsSentenceBreak(text, i))
            {
                Add(spans, text, start, text[i] == '\n' ? i : i + 1);
                start = i + 1;
            }
        }

        Add(spans, text, start, text.Length);
        return spans;
    }

    /// <summary>Whether the character at <paramref name="i"/> ends a sentence.</summary>
    public static bool IsSentenceBreak(string text, int i)
    {
        var c = text[i];
        if (c == '\n')
        {
            return !IsSoftWrap(text, i);
        }

        if (c is '。' or '！' or '？' or '；' or ';' or '!' or '?' or '．')
        {
            return true;
        }

        return c == '.' && (i + 1 == text.Length
            || (char.IsWhiteSpace(text[i + 1]) && (i + 2 >= text.Length || !char.IsLower(text[i + 2]))));
    }

    // A paragraph wrapped at 80 columns goes on across its line breaks: "teams across\nGoogle have adopted Go". A short
    // line is a line of its own (a name in a quoted list, a caption).
    private const int MinWrappedLine = 40;

    private static bool IsSoftWrap(string text, int i)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, i - 1)) + 1;
        if (i - lineStart < MinWrappedLine)
        {
            return false;
        }

        var before = i - 1;
        while (before >= 0 && text[before] is ' ' or '\t' or '\r')
        {
            before--;
        }

        var after = i + 1;
        while (after < text.Length && text[after] is ' ' or '\t')
        {
            after++;
        }

        if (before < 0 || after >= text.Length)
        {
            return false;
        }

        var p = text[before];
        var n = text[after];
        return (char.IsAsciiLetterOrDigit(p) || p is ',' or '\'' or '"' or '”' or '’' or ')' or '-' or '–' or '—')
               && (char.IsAsciiLetterOrDigit(n) || n is '(' or '“' or '"' or '\'' or '[');
    }

    /// <summary>The clause around [start, end) within the sentence [sentenceStart, sentenceEnd).</summary>
    public static (int Start, int End) Clause(string text, int sentenceStart, int sentenceEnd, int start, int end)
    {
        var lo = start;
        while (lo > sentenceStart && !IsClauseBreak(text, lo - 1))
        {
            lo--;
        }

        var hi = end;
        while (hi < sentenceEnd && !IsClauseBreak(text, hi))
        {
            hi++;
        }

        return (lo, hi);
    }

    /// <summary>，、 and commas, except a comma between digits (1,200).</summary>
    public static bool IsClauseBreak(string text, int i)
    {
        var c = text[i];
        if (c is '，' or '、')
        {
            return true;
        }

        return c == ',' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));
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
