using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Text;

/// <summary>
/// Blanks the markup of a passage without moving a character: link targets, bare URLs, emphasis marks, inline code
/// ticks and HTML tags become spaces, so names are found in what a reader sees ("[Chrome](/solutions/google/chrome/)"
/// names Chrome, not Google) and every offset still points into the original text.
/// </summary>
internal static partial class MarkupMask
{
    private static readonly System.Buffers.SearchValues<char> MarkupStarts = System.Buffers.SearchValues.Create("(*_`<:[");

    public static string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkupStarts) < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var m in LinkTarget().EnumerateMatches(text))
        {
            Blank(chars, m.Index, m.Length);
            // The bracket that opened the link text.
            var open = text.LastIndexOf('[', m.Index);
            if (open >= 0)
            {
                chars[open] = ' ';
            }
        }

        foreach (var m in BareUrl().EnumerateMatches(text))
        {
            Blank(chars, m.Index, m.Length);
        }

        foreach (var m in Emphasis().EnumerateMatches(text))
        {
            Blank(chars, m.Index, m.Length);
        }

        foreach (var m in HtmlTag().EnumerateMatches(text))
        {
            Blank(chars, m.Index, m.Length);
        }

        foreach (var m in Footnote().EnumerateMatches(text))
        {
            Blank(chars, m.Index, m.Length);
        }

        return new string(chars);
    }

    private static void Blank(char[] chars, int start, int length)
    {
        for (var i = start; i < start + length && i < chars.Length; i++)
        {
            if (chars[i] != '\n')
            {
                chars[i] = ' ';
            }
        }
    }

    [GeneratedRegex(@"\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>()\[\]，。、]+")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"\*\*|__|`|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")]
    private static partial Regex Emphasis();

    // "클라우드플레어[16]": a footnote mark.
    [GeneratedRegex(@"\[\d{1,3}\](?!\()")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"</?[A-Za-z][^<>]{0,200}>")]
    private static partial Regex HtmlTag();
}
