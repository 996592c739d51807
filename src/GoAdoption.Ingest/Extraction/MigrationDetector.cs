using System.Text.RegularExpressions;
using GoAdoption.Ingest.Gazetteer;

namespace GoAdoption.Ingest.Extraction;

/// <summary>Reads "moved off language X" in Chinese, English, Korean and Japanese phrasings.</summary>
internal static partial class MigrationDetector
{
    private static readonly (string Alias, string Name)[] LanguageNames =
    [
        ("Java", "Java"), ("JVM", "Java"), ("Python", "Python"), ("Node.js", "Node.js"), ("NodeJS", "Node.js"),
        ("C++", "C++"), ("PHP", "PHP"), ("Ruby", "Ruby"), ("C#", "C#"), (".NET", "C#"),
        ("Scala", "Scala"), ("Perl", "Perl"), ("Erlang", "Erlang"), ("Elixir", "Elixir"), ("JavaScript", "JavaScript"),
        ("Kotlin", "Kotlin"), ("Lua", "Lua"), ("Rust", "Rust"),
    ];

    private static readonly AliasMatcher<string> Languages =
        new(LanguageNames.Select(l => (l.Alias, l.Name, true)));

    /// <summary>Every programming language named in a text, as matches.</summary>
    public static List<AliasMatch<string>> FindLanguages(string text) => Languages.FindAll(text);

    public static string? Detect(string sentence)
    {
        var languages = Languages.FindAll(sentence);
        if (languages.Count == 0)
        {
            return null;
        }

        // The language right after "from / 从 / 替代 / 替换原有", or right before "에서 / から", is the one left behind.
        foreach (var lang in languages)
        {
            var before = sentence[..lang.Start];
            var after = sentence[(lang.Start + lang.Length)..];
            if (FromBefore().IsMatch(before) || FromAfter().IsMatch(after))
            {
                return lang.Value;
            }
        }

        if (!MigrationVerb().IsMatch(sentence))
        {
            return null;
        }

        var distinct = languages.Select(l => l.Value).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    [GeneratedRegex(@"(从|從|由|替代|替换|取代|替换原有|替代原有|原有|传统|from|off|replac(e|ed|ing)|instead of)\s*(单体|单一|旧的|the\s+|their\s+|its\s+|a\s+)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^\s*(에서|から)")]
    private static partial Regex FromAfter();

    [GeneratedRegex(@"迁移|迁至|重构|重写|改写|替换|替代|取代|migrat|rewr|rewrote|port(ed)?\s|moved|replac|이전|전환|재작성|移行|書き換", RegexOptions.IgnoreCase)]
    private static partial Regex MigrationVerb();
}
