using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Features.UseCases;
namespace GoAdoption.Api.Features.Projects;

/// <summary>A project in a list.</summary>
/// <param name="Slug">Identifier used in URLs.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names, in any script.</param>
/// <param name="Category">What it is ("container orchestration"), when known.</param>
/// <param name="WrittenInGo">Whether the project itself is written in Go; null when unknown.</param>
/// <param name="Repository">Its GitHub repository as owner/name, when known.</param>
/// <param name="Website">Its own site's host, when known.</param>
/// <param name="Domains">Taxonomy slugs of its field.</param>
/// <param name="SourceCount">Distinct documents that mention it.</param>
/// <param name="UseCaseCount">Use-cases that involve it.</param>
/// <param name="CompanyCount">Distinct companies whose use-cases involve it.</param>
public sealed record ProjectSummary(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Category,
    bool? WrittenInGo,
    string? Repository,
    string? Website,
    IReadOnlyList<string> Domains,
    int SourceCount,
    int UseCaseCount,
    int CompanyCount);

/// <summary>A project, who uses it, and where each fact was read.</summary>
/// <param name="Slug">Identifier used in URLs.</param>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names, in any script.</param>
/// <param name="Category">What it is, when known.</param>
/// <param name="WrittenInGo">Whether the project itself is written in Go; null when unknown.</param>
/// <param name="Repository">Its GitHub repository as owner/name, when known.</param>
/// <param name="Website">Its own site's host, when known.</param>
/// <param name="Domains">Taxonomy slugs of its field.</param>
/// <param name="Description">One line on what it is, when known.</param>
/// <param name="ParentSlug">Maintainer (etcd → coreos), when known.</param>
/// <param name="SourceCount">Distinct documents that mention it.</param>
/// <param name="UsedBy">Companies whose use-cases involve it.</param>
/// <param name="UseCases">Use-cases that involve it.</param>
/// <param name="Claims">Performance claims about it or about a system that used it, each with its provenance.</param>
/// <param name="Mentions">Where documents name it.</param>
/// <param name="Counts">How many use-cases, claims and mentions it has in all; each list above shows the first 100 in document order.</param>
/// <param name="Links">The paged lists of all its use-cases, claims and mentions.</param>
public sealed record ProjectDetail(
    string Slug,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Category,
    bool? WrittenInGo,
    string? Repository,
    string? Website,
    IReadOnlyList<string> Domains,
    string? Description,
    string? ParentSlug,
    int SourceCount,
    IReadOnlyList<EntityReference> UsedBy,
    IReadOnlyList<UseCaseResponse> UseCases,
    IReadOnlyList<ClaimResponse> Claims,
    IReadOnlyList<MentionResponse> Mentions,
    DetailCounts Counts,
    DetailLinks Links);
