using GoAdoption.Api.Contracts;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Controllers;

/// <summary>The imported documents and the state of their import.</summary>
[Route("api/v1/sources")]
public sealed class SourcesController(CatalogDbContext db) : CatalogControllerBase
{
    /// <summary>Lists documents with their import status and counts.</summary>
    /// <remarks>Sort keys: name (file name), title, importedAt, mentionCount; prefix with '-' for descending.</remarks>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of documents.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<SourceSummary>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<SourceSummary>>> List([FromQuery] SourceFilter filter, CancellationToken cancellationToken)
    {
        return await ToPageAsync(CatalogQueries.Sources(db, filter), Projections.SourceSummary, filter, cancellationToken);
    }

    /// <summary>Gets one document: title, language, import state, counts and warnings.</summary>
    /// <remarks>A document that failed to import again keeps its earlier facts: <c>status</c> is then stale and <c>error</c> says why.</remarks>
    /// <param name="id">Source id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The document's import record.</response>
    /// <response code="404">No source has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<SourceDetail>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<SourceDetail>> Get(int id, CancellationToken cancellationToken)
    {
        var source = await db.Sources.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new SourceDetail(
                s.Id, s.FileName, s.Title, s.Language, s.Form, s.Status, s.Error, s.ContentHash, s.ImportedAt, s.LastAttemptAt,
                s.LineCount,
                s.Mentions.Where(m => m.CompanyId != null).Select(m => m.CompanyId).Distinct().Count(),
                s.Mentions.Where(m => m.ProjectId != null).Select(m => m.ProjectId).Distinct().Count(),
                s.Mentions.Count,
                s.UseCases.Count,
                s.SubjectCompany != null ? new SourceSubject("company", s.SubjectCompany.Slug, s.SubjectCompany.Name, s.SubjectReasons)
                : s.SubjectProject != null ? new SourceSubject("project", s.SubjectProject.Slug, s.SubjectProject.Name, s.SubjectReasons)
                : null,
                s.Warnings))
            .SingleOrDefaultAsync(cancellationToken);
        return source is null ? NotFoundProblem("source", id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : source;
    }
}
