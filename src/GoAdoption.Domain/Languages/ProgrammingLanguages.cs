using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GoAdoption.Domain.Languages;

/// <summary>
/// The one list of programming languages (<c>Languages/languages.json</c>): the importer reads migrations against it,
/// the technology lexicon counts its names as technologies, and the catalog stores and filters migrated-from values by
/// its keys, so ".NET" and "C#" are one value on a use-case, on a claim and in a query.
/// </summary>
public static class ProgrammingLanguages
{
    private static readonly Lazy<IReadOnlyList<ProgrammingLanguage>> Embedded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Dictionary<string, ProgrammingLanguage>> ByName = new(() =>
    {
        var byName = new Dictionary<string, ProgrammingLanguage>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in Embedded.Value)
        {
            foreach (var name in language.AllNames)
            {
                byName.TryAdd(name, language);
            }
        }

        return byName;
    });

    /// <summary>Every language, in the file's order.</summary>
    public static IReadOnlyList<ProgrammingLanguage> All => Embedded.Value;


    /// <summary>
    /// The key a migrated-from value is stored and filtered by: the canonical name of the language it names, lower-cased
    /// ("C#" and ".net" are ".net"); a value that names no known language keeps its own words, lower-cased.
    /// </summary>
    public static string? Key(string? language) =>
        string.IsNullOrWhiteSpace(language) ? null : (ByName.Value.GetValueOrDefault(language.Trim())?.Name ?? language.Trim()).ToLower(CultureInfo.InvariantCulture);

    private static IReadOnlyList<ProgrammingLanguage> Load()
    {
        using var stream = typeof(ProgrammingLanguages).Assembly.GetManifestResourceStream("GoAdoption.Domain.languages.json")
            ?? throw new InvalidOperationException("The list of languages is missing from the assembly.");
        var raw = JsonSerializer.Deserialize(stream, LanguageJsonContext.Default.ListRawLanguage)
            ?? throw new InvalidOperationException("The list of languages is empty.");
        return [.. raw.Select(r => new ProgrammingLanguage(r.Name, r.Aliases ?? [], r.CaseSensitive))];
    }

    internal sealed record RawLanguage(string Name, List<string>? Aliases, bool CaseSensitive);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<ProgrammingLanguages.RawLanguage>))]
internal sealed partial class LanguageJsonContext : JsonSerializerContext;
