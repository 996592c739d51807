using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Lexicons;

/// <summary>
/// Turns word lists into regular expressions: Latin words match case-insensitively on word boundaries, CJK and Hangul
/// words match inside running text (which has no spaces), and longer words are tried first so 不超过 wins over 超过.
/// </summary>
internal static class WordPattern
{
    /// <summary>One alternation of the words, no anchors; empty lists match nothing.</summary>
    /// <remarks>
    /// The words that start with a Latin letter or digit share one start boundary and one case-insensitive group, the
    /// others follow: a word of one kind never starts where a word of the other does, so the order within each kind
    /// (longest first) decides as one list would, and the engine reads one shared prefix instead of a lookbehind and a
    /// case switch per word (ten times faster on running text).
    /// </remarks>
    public static string Alternation(IEnumerable<string> words)
    {
        var distinct = words.Where(w => w.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length)
            .ToList();
        if (distinct.Count == 0)
        {
            return "(?!)";
        }

        var latin = distinct.Where(w => IsLatin(w[0])).Select(w => Body(w, caseless: false) + End(w)).ToList();
        var other = distinct.Where(w => !IsLatin(w[0])).Select(w => Body(w, caseless: true) + End(w)).ToList();
        var groups = new List<string>();
        if (latin.Count > 0)
        {
            groups.Add(@"(?<![A-Za-z0-9])(?i:" + string.Join('|', latin) + ")");
        }

        groups.AddRange(other);
        return "(?:" + string.Join('|', groups) + ")";
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

    /// <summary>
    /// A regex for a pattern that must end the text it is asked about ("…such as", "from"), as the lexicon's
    /// "before" words are: matched from the end (right to left), it is one attempt at the end instead of one at every
    /// position of a text that may be a whole sentence.
    /// </summary>
    public static Regex AtEnd(string pattern, RegexOptions options = RegexOptions.None) =>
        new("(?:" + pattern + ")$", RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.RightToLeft | options);

    // A space between Latin words may be any run of spaces; between CJK words the writer may leave it out.
    private static string Body(string word, bool caseless)
    {
        var hasLetters = word.Any(char.IsAsciiLetter);
        var body = string.Join(hasLetters ? @"\s+" : @"\s*", word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape));
        return caseless && hasLetters ? "(?i:" + body + ")" : body;
    }

    private static string End(string word) => IsLatin(word[^1]) ? @"(?![A-Za-z0-9])" : string.Empty;

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c);
}
