namespace GoAdoption.Domain.Taxonomy;

/// <summary>One field of the fixed domain taxonomy.</summary>
/// <param name="Slug">Stable identifier used in URLs and filters.</param>
/// <param name="Names">Display name per language code ("en", "zh", "ko", "ja").</param>
/// <param name="Keywords">Words that place a passage in this domain, in every language; matched case-insensitively.</param>
public sealed record DomainDefinition(
    string Slug,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyList<string> Keywords);
