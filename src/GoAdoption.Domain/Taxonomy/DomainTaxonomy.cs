namespace GoAdoption.Domain.Taxonomy;

/// <summary>
/// The fixed set of domains a company, project or use-case can belong to. Fixed on purpose: filters and exports stay
/// comparable across imports, and a new domain is a reviewed change, not a side effect of a document. The slugs live
/// here; each language's display name and keywords live in the importer's lexicon file for that language, which is
/// checked at start to cover exactly these slugs.
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

    // Declared after Slugs: static initializers run in order.
    private static readonly HashSet<string> Known = new(Slugs, StringComparer.Ordinal);

    /// <summary>Whether this is a slug of the taxonomy (exactly; slugs are lower-case).</summary>
    public static bool IsKnown(string? slug) => slug is not null && Known.Contains(slug);
}
