using System.Text.RegularExpressions;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Text;

/// <summary>Where a text names the Go language, and where it says Go is put to use ("用 Go 重写", "written in Go", "Goで実装").</summary>
internal static class GoMentions
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    // Go as written in every language: the bare name on Latin word boundaries ("Go", "Golang"), or a lexicon form ("Go语言").
    private const string GoName = @"(?<![A-Za-z])(?:Go(?:lang)?|golang|GO)(?![A-Za-z])";

    private static readonly Lazy<Regex> NamePattern = new(() => new Regex(GoName, Options));

    private static readonly Lazy<Regex> UsagePattern = new(() =>
    {
        var words = Lexicon.Default;
        var before = Lexicons.WordPattern.Alternation(words.UsageBefore);
        var after = Lexicons.WordPattern.Alternation(words.UsageAfter);
        var suffix = Lexicons.WordPattern.Alternation(words.GoWords.Where(w => w.StartsWith("Go", StringComparison.Ordinal))
            .Select(w => w[2..].Trim()).Where(w => w.Length > 0));
        return new Regex($@"{before}\s*{GoName}|{GoName}\s*{suffix}?\s*{after}", Options);
    });

    /// <summary>Finds the name of the language.</summary>
    public static Regex Word => NamePattern.Value;

    /// <summary>Finds a phrase saying Go is used, written in, built with…</summary>
    public static Regex Usage => UsagePattern.Value;

    private static readonly Lazy<Regex> ImplementationVerbPattern = new(() => Lexicons.WordPattern.Any(Lexicon.Default.ImplementationVerbs));

    private static readonly Lazy<Regex> MigrationVerbPattern = new(() => Lexicons.WordPattern.Any(Lexicon.Default.MigrationVerbs));

    /// <summary>Whether the text has a migration verb (migrated, rewritten, 迁移, 移行).</summary>
    public static bool NamesMigration(string text) => MigrationVerbPattern.Value.IsMatch(text);

    /// <summary>Whether a sentence says Go is put to use: a usage phrase, or a migration verb with Go ("rewrote … in Go").</summary>
    public static bool IsPutToUse(string sentence)
    {
        // Every usage phrase names Go: a sentence without the name is turned away before the phrases are tried.
        var go = Word.Match(sentence);
        if (!go.Success)
        {
            return false;
        }

        if (Usage.IsMatch(sentence))
        {
            return true;
        }

        return (MigrationVerbPattern.Value.Match(sentence) is { Success: true, Index: var at } && at < go.Index && go.Index - at <= 64
            || ImplementationVerbPattern.Value.Match(sentence) is { Success: true, Index: var built } && built < go.Index && go.Index - built <= 64);
    }
}
