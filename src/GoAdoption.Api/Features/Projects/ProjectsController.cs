using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Projects;

/// <summary>Software projects (Kubernetes, etcd, TiKV) and who uses them.</summary>
[Route("api/v1/projects")]
public sealed class ProjectsController(CatalogDbContext db, IListReads<ProjectFilter, ProjectSummary> projects, ClaimReader claimReader) : CatalogControllerBase
{
    /// <summary>Lists projects.</summary>
    /// <remarks>Sort keys: name, sourceCount, useCaseCount, companyCount; prefix with '-' for descending.</remarks>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of projects.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<ProjectSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<ProjectSummary>>> List([FromQuery] ProjectFilter filter, CancellationToken cancellationToken)
    {
        return await ToPageAsync(projects, filter, cancellationToken);
    }

    /// <summary>Gets one project: what it is, whether it is written in Go, who uses it, its performance claims, and every mention.</summary>
    /// <remarks><c>usedBy</c> lists the companies whose use-cases involve the project, by name.</remarks>
    /// <param name="slug">The project's slug (kubernetes, etcd).</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The project, each fact with its source, line range and quoted text.</response>
    /// <response code="404">No project has this slug.</response>
    [HttpGet("{slug}")]
    [ProducesResponseType<ProjectDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ProjectDetail>> Get(string slug, CancellationToken cancellationToken)
    {
        var project = await db.Projects.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new
            {
                p.Id,
                p.Slug,
                p.Name,
                Aliases = Projections.Distinct(p.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList()),
                p.Category,
                p.WrittenInGo,
                p.Repository,
                p.Website,
                Domains = p.Domains.Select(d => d.Slug).OrderBy(d => d).ToList(),
                p.Description,
                p.ParentSlug,
                SourceCount = p.Mentions.Select(m => m.SourceId).Union(p.UseCases.Select(u => u.SourceId)).Count(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (project is null)
            return NotFoundProblem("project", slug);

        var usedBy = await db.Companies.AsNoTracking()
            .Where(c => c.UseCases.Any(u => u.ProjectId == project.Id))
            .OrderBy(c => c.NameKey).ThenBy(c => c.Id)
            .Select(c => new EntityReference(c.Slug, c.Name))
            .ToListAsync(cancellationToken);
        var useCases = await db.UseCases.AsNoTracking()
            .Where(u => u.ProjectId == project.Id)
            .OrderBy(u => u.Source.FileName).ThenBy(u => u.LineStart).ThenBy(u => u.Id)
            .Take(DetailLimits.MaxItems)
            .Select(Projections.UseCase)
            .ToListAsync(cancellationToken);
        var claims = await claimReader.InDocumentOrderAsync(new ClaimScope(ProjectId: project.Id), DetailLimits.MaxItems);
        var mentions = await db.Mentions.AsNoTracking()
            .Where(m => m.ProjectId == project.Id)
            .OrderBy(m => m.Source.FileName).ThenBy(m => m.LineStart).ThenBy(m => m.Id)
            .Take(DetailLimits.MaxItems)
            .Select(Projections.Mention)
            .ToListAsync(cancellationToken);
        var counts = new DetailCounts(
            await db.UseCases.CountAsync(u => u.ProjectId == project.Id, cancellationToken),
            await db.Claims.CountAsync(c => c.ProjectId == project.Id, cancellationToken),
            await db.Mentions.CountAsync(m => m.ProjectId == project.Id, cancellationToken));
        var query = "?project=" + Uri.EscapeDataString(project.Slug);
        var links = new DetailLinks("/api/v1/use-cases" + query, "/api/v1/claims" + query,
            $"/api/v1/projects/{Uri.EscapeDataString(project.Slug)}/mentions");

        return new ProjectDetail(project.Slug, project.Name, project.Aliases, project.Category, project.WrittenInGo, project.Repository,
            project.Website, project.Domains,
            project.Description, project.ParentSlug, project.SourceCount, usedBy, useCases, claims, mentions, counts, links);
    }

    /// <summary>Every place a document names the project, paged, in document order (file, then line).</summary>
    /// <remarks>The project's detail shows the first 100 of these; <c>counts.mentions</c> there is this list's total.</remarks>
    /// <param name="slug">Identifier of the project.</param>
    /// <param name="filter">Paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of mentions.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    /// <response code="404">No project has this slug.</response>
    [HttpGet("{slug}/mentions")]
    [ProducesResponseType<PagedResponse<MentionResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<MentionResponse>>> Mentions(string slug, [FromQuery] MentionFilter filter, CancellationToken cancellationToken)
    {
        var id = await db.Projects.AsNoTracking().Where(e => e.Slug == slug).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (id is null)
            return NotFoundProblem("project", slug);
        var mentions = db.Mentions.AsNoTracking().Where(m => m.ProjectId == id)
            .OrderBy(m => m.Source.FileName).ThenBy(m => m.LineStart).ThenBy(m => m.Id);
        return await ToPageAsync((skip, take) => QueryPages.PageAsync(mentions, Projections.Mention, skip, take, cancellationToken),
            () => mentions.CountAsync(cancellationToken), filter, cancellationToken);
    }
}
