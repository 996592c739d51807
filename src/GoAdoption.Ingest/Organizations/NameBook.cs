using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;

namespace GoAdoption.Ingest.Organizations;

/// <summary>
/// One document's book of names: the names it introduces that the gazetteer does not know (merged by slug, and by
/// near spelling within the document: "Hexac" and "Hexact"), and every piece of evidence read for any name, known or not.
/// </summary>
internal sealed class NameBook(NameGazetteer gazetteer)
{
    private const int MinNearLength = 5;

    private readonly Dictionary<string, DiscoveredName> _discovered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Evidence>> _evidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _websites = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<DiscoveredName> Discovered => _discovered.Values;

    /// <summary>The gazetteer the document is read with (the shipped one, or the operator's curation of it).</summary>
    public NameGazetteer Gazetteer => gazetteer;

    /// <summary>Adds a name the document introduces; returns the slug it is filed under (a known entry's when the gazetteer has it).</summary>
    public string Discover(DiscoveredName name, Evidence? evidence = null)
    {
        var slug = Resolve(name);
        if (evidence is not null)
        {
            Add(slug, evidence);
        }

        return slug;
    }

    public void Add(string slug, Evidence evidence)
    {
        if (!_evidence.TryGetValue(slug, out var list))
        {
            _evidence[slug] = list = [];
        }

        list.Add(evidence);
    }

    /// <summary>The site a link on this name points to ("[Qihoo 360](http://www.360safe.com/)").</summary>
    public void NoteWebsite(string name, string site) => _websites.TryAdd(name.Trim(), site);

    public string? WebsiteOf(string name) => _websites.GetValueOrDefault(name.Trim());

    public IReadOnlyList<Evidence> EvidenceOf(string slug) => _evidence.TryGetValue(slug, out var list) ? list : [];

    /// <summary>The strongest single piece of evidence for the name, 0 when there is none.</summary>
    public double Confidence(string slug) => _evidence.TryGetValue(slug, out var list) && list.Count > 0 ? list.Max(e => e.Confidence) : 0;

    public DiscoveredName? Find(string slug) => _discovered.GetValueOrDefault(slug);

    /// <summary>The discovered name one of whose spellings is this (ignoring case), or null.</summary>
    public DiscoveredName? FindByName(string name) =>
        _discovered.Values.FirstOrDefault(d => d.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || d.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));

    private string Resolve(DiscoveredName name)
    {
        if (name.Known is not null)
        {
            _discovered.TryAdd(name.Slug, name);
            return name.Slug;
        }

        if (gazetteer.FindExact(name.Name) is { } exact)
        {
            return exact.Slug;
        }

        var slug = name.Slug;
        if (slug.Length == 0)
        {
            return slug;
        }

        if (gazetteer.FindBySlug(slug) is { } sameSlug)
        {
            return sameSlug.Slug;
        }

        if (_discovered.TryGetValue(slug, out var existing) || (existing = Near(name.Name)) is not null)
        {
            _discovered[existing.Slug] = Merge(existing, name);
            return existing.Slug;
        }

        _discovered[slug] = name;
        return slug;
    }

    // Within one document a Latin name one letter short of another is the same name misspelt ("Hexac", "Hexact").
    private DiscoveredName? Near(string name)
    {
        if (name.Length < MinNearLength || !name.All(char.IsAscii))
        {
            return null;
        }

        return _discovered.Values.FirstOrDefault(d => d.Name.Length >= MinNearLength && d.Name.All(char.IsAscii)
            && Math.Abs(d.Name.Length - name.Length) == 1
            && (d.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(d.Name, StringComparison.OrdinalIgnoreCase)));
    }

    private static DiscoveredName Merge(DiscoveredName kept, DiscoveredName other)
    {
        // The first spelling read keeps naming the entity, the others become its aliases; but a repository's lower-case
        // name gives way to the way the text writes it (roadrunner, then RoadRunner).
        var (main, second) = kept.Name.Equals(other.Name, StringComparison.OrdinalIgnoreCase)
                             && kept.Name.All(c => !char.IsUpper(c)) && other.Name.Any(char.IsUpper)
            ? (other with { Repository = other.Repository ?? kept.Repository }, kept)
            : (kept, other);
        var aliases = main.Aliases.Concat(second.Aliases).Append(second.Name).Append(main.Name)
            .Where(a => !a.Equals(main.Name, StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return main with
        {
            Aliases = aliases,
            Website = main.Website ?? second.Website,
            Repository = main.Repository ?? second.Repository,
            Description = main.Description ?? second.Description,
            Country = main.Country ?? second.Country,
            Category = main.Category ?? second.Category,
        };
    }
}
