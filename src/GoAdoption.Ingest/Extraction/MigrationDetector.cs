using System.Text.RegularExpressions;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// Reads "moved off language X" in every language the lexicon knows: the language right after a from-word ("from
/// Java", "从 PHP", "替换原有 C++"), right before a from-after word ("Java에서", "PHPから"), or the only language of a
/// sentence that uses a migration verb (迁移, rewrote, 전환, 移行). Claims and use-cases both read it here.
/// </summary>
internal static class MigrationDetector
{
    private static readonly Lazy<(Regex FromBefore, Regex FromAfter, Regex Verb)> Patterns = new(() =>
    {
        var words = Lexicon.Default;
        var fillers = words.MigrationFillers.Count == 0 ? string.Empty
            : @"(?:" + WordPattern.Alternation(words.MigrationFillers) + @"\s*)?";
        return (
            WordPattern.AtEnd(WordPattern.Alternation(words.MigrationFromBefore) + @"\s*" + fillers + @"\s*"),
            new Regex(@"^\s*" + WordPattern.Alternation(words.MigrationFromAfter), RegexOptions.CultureInvariant | RegexOptions.Compiled),
            WordPrefix(words.MigrationVerbs));
    });

    /// <summary>Every programming language named in a text, as matches.</summary>
    public static List<AliasMatch<string>> FindLanguages(string text) => LanguageMentions.FindAll(text);

    /// <summary>The language the sentence says a system moved off, canonical, or null.</summary>
    public static string? Detect(string sentence)
    {
        var languages = LanguageMentions.FindAll(sentence);
        if (languages.Count == 0)
        {
            return null;
        }

        var (fromBefore, fromAfter, verb) = Patterns.Value;
        foreach (var lang in languages)
        {
            if (fromBefore.IsMatch(sentence.AsSpan(0, lang.Start)) || fromAfter.IsMatch(sentence.AsSpan(lang.Start + lang.Length)))
            {
                return lang.Value;
            }
        }

        if (!verb.IsMatch(sentence))
        {
            return null;
        }

        var distinct = languages.Select(l => l.Value).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    // Verbs are stems ("migrat", "rewr" would do); a Latin verb needs a word start, not a word end ("migrated").
    private static Regex WordPrefix(IEnumerable<string> words) =>
        new("(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(w =>
                (char.IsAsciiLetter(w[0]) ? @"(?<![A-Za-z])(?i:" : "(?:") + Regex.Escape(w).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + ")")) + ")",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
}
