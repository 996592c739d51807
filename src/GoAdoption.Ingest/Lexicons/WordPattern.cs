using System.Text;
using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>
/// Turns word lists into regular expressions: Latin words match case-insensitively on word boundaries, CJK and Hangul
/// words match inside running text (which has no spaces), and longer words are tried first so 不超过 wins over 超过.
/// </summary>
internal static class WordPattern
{
    /// <summary>One alternation of the words, no anchors; empty lists match nothing.</summary>
    public static string Alternation(IEnumerable<string> words)
    {
        var parts = words.Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length)
            .Select(Escape)
            .ToList();
        return parts.Count == 0 ? "(?!)" : "(?:" + string.Join('|', parts) + ")";
    }

    /// <summary>A regex that finds any of the words.</summary>
    public static Regex Any(IEnumerable<string> words, string? extra = null)
    {
        var pattern = Alternation(words);
        if (extra is not null)
        {
            pattern = "(?:" + pattern + "|" + extra + ")";
        }

        // An alternation of literal words cannot backtrack catastrophically (the extra patterns are fixed shapes): no
        // timeout, whose clock is read on every match.
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private static string Escape(string word)
    {
        var builder = new StringBuilder();
        var latinStart = IsLatin(word[0]);
        var latinEnd = IsLatin(word[^1]);
        if (latinStart)
        {
            builder.Append(@"(?<![A-Za-z0-9])");
        }

        // A space between Latin words may be any run of spaces; between CJK words the writer may leave it out.
        var hasLetters = word.Any(char.IsAsciiLetter);
        var body = string.Join(hasLetters ? @"\s+" : @"\s*", word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        builder.Append(hasLetters ? "(?i:" + body + ")" : body);
        if (latinEnd)
        {
            builder.Append(@"(?![A-Za-z0-9])");
        }

        return builder.ToString();
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
