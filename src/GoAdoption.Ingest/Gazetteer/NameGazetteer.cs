using System.Text.Json;
using System.Text.Json.Serialization;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Gazetteer;

/// <summary>
/// The curated gazetteer shipped with the importer: names in every script resolved to one canonical entry, so each
/// company and project exists once however a document spells it.
/// </summary>
internal sealed class NameGazetteer
{
    private const int MinFuzzyLength = 6;

    // Short Latin aliases (PD, AWS, K8s) collide with ordinary words in other cases; they match as written.
    private const int AlwaysCaseSensitiveUpTo = 3;

    // Declared before Default: static fields initialize in textual order.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Dictionary<string, GazetteerEntry> _bySlug;
    private readonly Dictionary<string, GazetteerEntry> _byName;
    private readonly Dictionary<string, GazetteerEntry> _byRepository;
    private readonly (string Name, GazetteerEntry Entry)[] _latinNames;

    public NameGazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        _bySlug = entries.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        _byName = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            foreach (var name in entry.AllNames)
            {
                _byName.TryAdd(name, entry);
            }
        }

        _byRepository = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries.Where(e => e.Repository is not null))
        {
            _byRepository.TryAdd(entry.Repository!, entry);
        }

        _latinNames = [.. entries.SelectMany(e => e.AllNames.Where(n => n.All(char.IsAscii)).Select(n => (n, e)))];
        Matcher = new AliasMatcher<GazetteerEntry>(entries.SelectMany(e => e.AllNames.Select(n =>
            (n, e, e.CaseSensitive || (n.All(char.IsAscii) && n.Length <= AlwaysCaseSensitiveUpTo)))));
    }

    public static NameGazetteer Default { get; } = Load();

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public AliasMatcher<GazetteerEntry> Matcher { get; }

    public GazetteerEntry? FindBySlug(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The project whose GitHub repository is owner/name (ignoring case), or null.</summary>
    public GazetteerEntry? FindByRepository(string repository) => _byRepository.GetValueOrDefault(repository);

    /// <summary>The entry one of whose names is exactly this (ignoring case).</summary>
    public GazetteerEntry? FindExact(string name) => _byName.GetValueOrDefault(name.Trim());

    /// <summary>
    /// The entry whose Latin name is one edit away from a long enough name ("Faceboook" → Facebook); null when none
    /// or when two entries are equally close.
    /// </summary>
    public GazetteerEntry? FindNear(string name)
    {
        if (name.Length < MinFuzzyLength || !name.All(char.IsAscii))
        {
            return null;
        }

        GazetteerEntry? found = null;
        foreach (var (candidate, entry) in _latinNames)
        {
            if (candidate.Length < MinFuzzyLength - 1 || Math.Abs(candidate.Length - name.Length) > 1
                || !EditDistance.WithinOne(candidate, name))
            {
                continue;
            }

            if (found is not null && found != entry)
            {
                return null;
            }

            found = entry;
        }

        return found;
    }

    // Companies (and their products) and projects live in files of their own; one gazetteer answers for both.
    private static NameGazetteer Load() => new([.. Read("companies.json").Concat(Read("projects.json")).Select(r => r.ToEntry())]);

    private static List<RawEntry> Read(string file)
    {
        using var stream = typeof(NameGazetteer).Assembly.GetManifestResourceStream("GoAdoption.Ingest." + file)
            ?? throw new InvalidOperationException($"The gazetteer resource {file} is missing from the assembly.");
        return JsonSerializer.Deserialize<List<RawEntry>>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The gazetteer resource {file} is empty.");
    }

    private sealed record RawEntry(
        string Name,
        EntityKind Kind,
        List<string>? Aliases,
        string? Country,
        string? Website,
        List<string>? Domains,
        string? Parent,
        string? Category,
        string? Repository,
        bool? WrittenInGo,
        string? Description,
        bool CaseSensitive)
    {
        public GazetteerEntry ToEntry() => new(Slug.From(Name), Name, Kind, Aliases ?? [], Country, Website, Domains ?? [],
            Parent, Category, Repository, WrittenInGo, Description, CaseSensitive);
    }
}
