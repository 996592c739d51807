using GoAdoption.Domain.Languages;
using GoAdoption.Ingest.Gazetteer;

namespace GoAdoption.Ingest.Text;

/// <summary>
/// Where a text names a programming language of <see cref="ProgrammingLanguages"/>: every alias resolves to the
/// canonical name, so ".NET" and "C#" are the same migrated-from value on a use-case, a claim and a table column.
/// </summary>
internal static class LanguageMentions
{
    private static readonly Lazy<AliasMatcher<string>> Matcher = new(() => new AliasMatcher<string>(
        ProgrammingLanguages.All.SelectMany(l => l.AllNames.Select(n => (n, l.Name, true)))));

    /// <summary>Every programming language named in a text, as matches whose value is the canonical name.</summary>
    public static List<AliasMatch<string>> FindAll(string text) => Matcher.Value.FindAll(text);

    /// <summary>The canonical name of the first language named in the text, or null.</summary>
    public static string? FirstIn(string text)
    {
        var position = 0;
        return Matcher.Value.TryNext(text, ref position, out _, out var name) ? name : null;
    }
}
