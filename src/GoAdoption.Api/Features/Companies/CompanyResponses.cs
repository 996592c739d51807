using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Features.UseCases;

namespace GoAdoption.Api.Features.Companies;

/// <summary>A company or product in a list.</summary>
/// <param name="Slug">Identifier used in URLs (lowercase kebab of the canonical name).</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">Company, or a product with its own name (YouTube, Toutiao).</param>
/// <param name="Aliases">Other names, in any script, as the sources wrote them.</param>
/// <param name="Domains">Taxonomy slugs of its industry or field.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the headquarters, when known.</param>
/// <param name="Website">Host of the main website, when known.</param>
/// <param name="SourceCount">Distinct documents that mention it (corroboration).</param>
/// <param name="UseCaseCount">Use-cases stated for it.</param>
public sealed record CompanySummary(
    string Slug,
    string Name,
    CompanyKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Domains,
    string? Country,
    string? Website,
    int SourceCount,
    int UseCaseCount);

/// <summary>A company or product with everything the catalog knows about it and where each fact was read.</summary>
/// <param name="Slug">Identifier used in URLs.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Kind">Company or product.</param>
/// <param name="Aliases">Other names, in any script.</param>
/// <param name="Domains">Taxonomy slugs of its industry or field.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, when known.</param>
/// <param name="Website">Host of the main website, when known.</param>
/// <param name="Description">One line on what it is, when known.</param>
/// <param name="ParentSlug">Owner of a product (toutiao → bytedance), when known.</param>
/// <param name="SourceCount">Distinct documents that mention it.</param>
/// <param name="UseCases">What it uses Go for, each with its provenance.</param>
/// <param name="Projects">Projects its use-cases involve.</param>
/// <param name="Claims">Performance claims about it, in canonical units, each with its provenance.</param>
/// <param name="Mentions">Where documents name it.</param>
/// <param name="Counts">How many use-cases, claims and mentions it has in all; each list above shows the first 100 in document order.</param>
/// <param name="Links">The paged lists of all its use-cases, claims and mentions.</param>
public sealed record CompanyDetail(
    string Slug,
    string Name,
    CompanyKind Kind,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Domains,
    string? Country,
    string? Website,
    string? Description,
    string? ParentSlug,
    int SourceCount,
    IReadOnlyList<UseCaseResponse> UseCases,
    IReadOnlyList<EntityReference> Projects,
    IReadOnlyList<ClaimResponse> Claims,
    IReadOnlyList<MentionResponse> Mentions,
    DetailCounts Counts,
    DetailLinks Links);
