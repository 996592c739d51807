using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Companies;

/// <summary>Companies and products that use Go.</summary>
[Route("api/v1/companies")]
public sealed class CompaniesController(CatalogDbContext db, IListReads<CompanyFilter, CompanySummary> companies, ClaimReader claimReader) : CatalogControllerBase
{
    /// <summary>Lists companies and products.</summary>
    /// <remarks>
    /// Filters combine with AND. <c>domain</c> is the company's own industry, not the domain of its use-cases.
    /// Sort keys: name, sourceCount, useCaseCount; prefix with '-' for descending.
    /// </remarks>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the read when the client goes away.</param>
    /// <response code="200">One page of companies.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<CompanySummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<CompanySummary>>> List([FromQuery] CompanyFilter filter, CancellationToken cancellationToken)
    {
        return await ToPageAsync(companies, filter, cancellationToken);
    }

    /// <summary>Gets one company or product with its use-cases, projects, performance claims and every mention.</summary>
    /// <remarks>Any of its names finds the slug through <c>GET /api/v1/companies?q=</c> (腾讯 and Tencent are one company).</remarks>
    /// <param name="slug">The company's slug (uber, tencent).</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The company, each fact with its source, line range and quoted text.</response>
    /// <response code="404">No company has this slug.</response>
    [HttpGet("{slug}")]
    [ProducesResponseType<CompanyDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<CompanyDetail>> Get(string slug, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new
            {
                c.Id,
                c.Slug,
                c.Name,
                c.Kind,
                Aliases = Projections.Distinct(c.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList()),
                Domains = c.Domains.Select(d => d.Slug).OrderBy(d => d).ToList(),
                c.Country,
                c.Website,
                c.Description,
                c.ParentSlug,
                SourceCount = c.Mentions.Select(m => m.SourceId).Union(c.UseCases.Select(u => u.SourceId)).Count(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (company is null)
            return NotFoundProblem("company", slug);

        var useCases = await db.UseCases.AsNoTracking()
            .Where(u => u.CompanyId == company.Id)
            .OrderBy(u => u.Source.FileName).ThenBy(u => u.LineStart).ThenBy(u => u.Id)
            .Take(DetailLimits.MaxItems)
            .Select(Projections.UseCase)
            .ToListAsync(cancellationToken);
        var projects = await db.Projects.AsNoTracking()
            .Where(p => p.UseCases.Any(u => u.CompanyId == company.Id))
            .OrderBy(p => p.NameKey).ThenBy(p => p.Id)
            .Select(p => new EntityReference(p.Slug, p.Name))
            .ToListAsync(cancellationToken);
        var claims = await claimReader.InDocumentOrderAsync(new ClaimScope(CompanyId: company.Id), DetailLimits.MaxItems);
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.CompanyId == company.Id)
            .OrderBy(m => m.Source.FileName).ThenBy(m => m.LineStart).ThenBy(m => m.Id)
            .Take(DetailLimits.MaxItems)
            .Select(Projections.Mention)
            .ToListAsync(cancellationToken);
        var counts = new DetailCounts(
            await db.UseCases.CountAsync(u => u.CompanyId == company.Id, cancellationToken),
            await db.Claims.CountAsync(c => c.CompanyId == company.Id, cancellationToken),
            await db.Mentions.CountAsync(m => m.CompanyId == company.Id, cancellationToken));
        var query = "?company=" + Uri.EscapeDataString(company.Slug);
        var links = new DetailLinks("/api/v1/use-cases" + query, "/api/v1/claims" + query,
            $"/api/v1/companies/{Uri.EscapeDataString(company.Slug)}/mentions");

        return new CompanyDetail(company.Slug, company.Name, company.Kind, company.Aliases, company.Domains, company.Country,
            company.Website, company.Description, company.ParentSlug, company.SourceCount, useCases, projects, claims, mentions, counts, links);
    }

    /// <summary>Every place a document names the company, paged, in document order (file, then line).</summary>
    /// <remarks>The company's detail shows the first 100 of these; <c>counts.mentions</c> there is this list's total.</remarks>
    /// <param name="slug">Identifier of the company.</param>
    /// <param name="filter">Paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of mentions.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    /// <response code="404">No company has this slug.</response>
    [HttpGet("{slug}/mentions")]
    [ProducesResponseType<PagedResponse<MentionResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<MentionResponse>>> Mentions(string slug, [FromQuery] MentionFilter filter, CancellationToken cancellationToken)
    {
        var id = await db.Companies.AsNoTracking().Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
            return NotFoundProblem("company", slug);
        var mentions = db.Mentions.AsNoTracking().Where(m => m.CompanyId == id)
            .OrderBy(m => m.Source.FileName).ThenBy(m => m.LineStart).ThenBy(m => m.Id);
        return await ToPageAsync((skip, take) => QueryPages.PageAsync(mentions, Projections.Mention, skip, take, cancellationToken),
            () => mentions.CountAsync(cancellationToken), filter, cancellationToken);
    }
}
