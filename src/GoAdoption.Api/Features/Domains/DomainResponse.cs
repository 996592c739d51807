namespace GoAdoption.Api.Features.Domains;

/// <summary>A field of the fixed domain taxonomy and how much of the catalog is in it.</summary>
/// <param name="Slug">Identifier used in filters.</param>
/// <param name="Name">English name.</param>
/// <param name="Names">Name per language code (en, zh, ko, ja).</param>
/// <param name="CompanyCount">Companies and products in this domain.</param>
/// <param name="ProjectCount">Projects in this domain.</param>
/// <param name="UseCaseCount">Use-cases in this domain.</param>
public sealed record DomainResponse(
    string Slug,
    string Name,
    IReadOnlyDictionary<string, string> Names,
    int CompanyCount,
    int ProjectCount,
    int UseCaseCount);
