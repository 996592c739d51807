using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Reading;
using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Features.Common;
using GoAdoption.Ingest.Taxonomy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Domains;

/// <summary>The fixed domain taxonomy.</summary>
[Route("api/v1/domains")]
public sealed class DomainsController(CatalogDbContext db, CatalogSnapshots snapshots) : CatalogControllerBase
{
    /// <summary>Lists domains with their names in every language and how many companies, projects and use-cases each holds.</summary>
    /// <remarks>Sort keys: name (English), slug, companyCount, useCaseCount; prefix with '-' for descending.</remarks>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of domains.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<DomainResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<DomainResponse>>> List([FromQuery] DomainFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Domains.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // Names in every language live in one JSON column; the taxonomy in memory answers which slugs match.
            var key = TextKey.Normalize(filter.Q);
            var slugs = DomainDefinitions.All
                .Where(d => d.Slug.Contains(key, StringComparison.Ordinal) || d.Names.Values.Any(n => TextKey.Normalize(n).Contains(key, StringComparison.Ordinal)))
                .Select(d => d.Slug)
                .ToList();
            query = query.Where(d => slugs.Contains(d.Slug));
        }

        var (sort, descending) = filter.SortOrder();
        var ordered = sort switch
        {
            "slug" => query.OrderBy(d => d.Slug, descending),
            "companyCount" => query.OrderBy(d => d.Companies.Count, descending).ThenBy(d => d.Name),
            "useCaseCount" => query.OrderBy(d => d.UseCases.Count, descending).ThenBy(d => d.Name),
            _ => query.OrderBy(d => d.Name, descending),
        };
        var domains = ordered.ThenBy(d => d.Id);
        return await ToPageAsync((skip, take) => QueryPages.PageAsync(domains, d => new DomainResponse(
            d.Slug, d.Name, d.Names, d.Companies.Count, d.Projects.Count, d.UseCases.Count), skip, take, cancellationToken),
            () => domains.CountAsync(cancellationToken), filter, cancellationToken);
    }

    /// <summary>Lists the companies and products whose own industry is this domain.</summary>
    /// <remarks>
    /// The companies list scoped to one domain: the same filters, sort keys (name, sourceCount, useCaseCount), paging
    /// and envelope as <c>GET /api/v1/companies</c>. A <c>domain</c> filter as well narrows to companies in both.
    /// </remarks>
    /// <param name="slug">The domain's slug (finance, cloud-infrastructure).</param>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of companies.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    /// <response code="404">No domain has this slug.</response>
    [HttpGet("{slug}/companies")]
    [ProducesResponseType<PagedResponse<CompanySummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<CompanySummary>>> Companies(string slug, [FromQuery] CompanyFilter filter, CancellationToken cancellationToken)
    {
        if (!await db.Domains.AnyAsync(d => d.Slug == slug, cancellationToken))
            return NotFoundProblem("domain", slug);
        return ToPage(await snapshots.FindCompaniesAsync(filter, domainScope: slug), filter);
    }
}
