using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Taxonomy;

/// <summary>
/// The fixed set of domains a company, project or use-case can belong to. Fixed on purpose: filters and exports
/// stay comparable across imports, and a new domain is a reviewed change, not a side effect of a document. The slugs
/// live here; each language's display name and keywords live in its lexicon file.
/// </summary>
public static class DomainTaxonomy
{
    /// <summary>Every domain slug, in display order.</summary>
    public static IReadOnlyList<string> Slugs { get; } =
    [
        "finance", "cloud-infrastructure", "networking", "streaming-media", "e-commerce", "logistics", "observability",
        "messaging", "databases", "developer-tools", "ai-ml", "content-social", "security", "blockchain", "public-sector",
        "hardware-devices", "gaming", "education", "travel", "health",
    ];

    private static readonly Lazy<IReadOnlyList<DomainDefinition>> Definitions = new(() =>
        [.. Slugs.Select(s => new DomainDefinition(s, Lexicon.Default.DomainNames[s], Lexicon.Default.DomainKeywords[s]))]);

    private static readonly Lazy<Dictionary<string, DomainDefinition>> BySlug =
        new(() => Definitions.Value.ToDictionary(d => d.Slug, StringComparer.Ordinal));

    public static IReadOnlyList<DomainDefinition> All => Definitions.Value;

    /// <summary>The domain with this slug, or null.</summary>
    public static DomainDefinition? Find(string slug) => BySlug.Value.GetValueOrDefault(slug);
}
