using GoAdoption.Domain.Taxonomy;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Taxonomy;

/// <summary>
/// Each domain of the <see cref="DomainTaxonomy"/> with its display name and keywords in every language, as the
/// lexicon files give them: what the importer classifies passages by and what the catalog shows.
/// </summary>
public static class DomainDefinitions
{
    private static readonly Lazy<IReadOnlyList<DomainDefinition>> Definitions = new(() =>
        [.. DomainTaxonomy.Slugs.Select(s => new DomainDefinition(s, Lexicon.Default.DomainNames[s], Lexicon.Default.DomainKeywords[s]))]);

    /// <summary>Every domain, in the taxonomy's display order.</summary>
    public static IReadOnlyList<DomainDefinition> All => Definitions.Value;
}
