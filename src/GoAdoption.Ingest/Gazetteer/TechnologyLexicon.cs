using System.Text.Json;
using System.Text.Json.Serialization;
using GoAdoption.Domain.Languages;

namespace GoAdoption.Ingest.Gazetteer;

/// <summary>A technology a document may name that is never a Go-adopting organization: a language, database, cloud service, tool…</summary>
internal sealed record Technology(string Name, IReadOnlyList<string> Aliases, string Type, bool CaseSensitive)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}

/// <summary>
/// The technology lexicon shipped with the importer: the programming languages of <see cref="ProgrammingLanguages"/>
/// and, from <c>Gazetteer/technologies.json</c>, databases, message queues, cloud services, frameworks of other
/// languages, tools, platforms, protocols and conferences. It keeps them out of the companies.
/// </summary>
internal sealed class TechnologyLexicon
{
    private static readonly Lazy<TechnologyLexicon> Embedded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private const string LanguageType = "language";

    private readonly Dictionary<string, Technology> _byName;

    public TechnologyLexicon(IReadOnlyList<Technology> entries)
    {
        Entries = entries;
        _byName = new Dictionary<string, Technology>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var name in entry.AllNames)
            {
                _byName.TryAdd(name, entry);
            }
        }

        Matcher = new AliasMatcher<Technology>(entries.SelectMany(e => e.AllNames.Select(n => (n, e, e.CaseSensitive))));
    }

    public static TechnologyLexicon Default => Embedded.Value;

    public IReadOnlyList<Technology> Entries { get; }

    /// <summary>Finds technology names in running text.</summary>
    public AliasMatcher<Technology> Matcher { get; }

    /// <summary>The technology one of whose names is exactly this (ignoring case), or null.</summary>
    public Technology? Find(string name) => _byName.GetValueOrDefault(name.Trim());

    private static TechnologyLexicon Load()
    {
        using var stream = typeof(TechnologyLexicon).Assembly.GetManifestResourceStream("GoAdoption.Ingest.technologies.json")
            ?? throw new InvalidOperationException("The technology lexicon resource is missing from the assembly.");
        var raw = JsonSerializer.Deserialize(stream, TechnologyJsonContext.Default.ListRawTechnology)
            ?? throw new InvalidOperationException("The technology lexicon resource is empty.");
        // The languages come from the one list of them, which the catalog's migrated-from values are keyed by.
        var languages = ProgrammingLanguages.All.Select(l => new Technology(l.Name, l.Aliases, LanguageType, l.CaseSensitive));
        return new TechnologyLexicon([.. languages, .. raw.Select(r => new Technology(r.Name, r.Aliases ?? [], r.Type, r.CaseSensitive))]);
    }

    internal sealed record RawTechnology(string Name, List<string>? Aliases, string Type, bool CaseSensitive);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(List<TechnologyLexicon.RawTechnology>))]
internal sealed partial class TechnologyJsonContext : JsonSerializerContext;
