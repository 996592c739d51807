using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Features.Projects;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Features.Sources;
using GoAdoption.Api.Features.UseCases;
using GoAdoption.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Exports;

/// <summary>
/// Whole lists as files: the same filters and sort as the matching list endpoint, no paging, streamed as rows are
/// read so a catalog of any size exports in constant memory.
/// </summary>
/// <remarks>
/// <c>format=json</c> is an array of the list's items, <c>ndjson</c> one item per line, <c>csv</c> RFC 4180 in UTF-8
/// with a header row of stable snake_case columns (listed on each operation); lists in a cell are joined with ';'.
/// The response names a file in <c>Content-Disposition</c> (claims.csv). A database error after the first rows cuts
/// the response short rather than turning it into a problem document.
/// </remarks>
[Route("api/v1/export")]
public sealed class ExportController : CatalogControllerBase
{
    /// <summary>Exports companies and products.</summary>
    /// <param name="filter">The filters and sort of <c>GET /api/v1/companies</c>.</param>
    /// <param name="export">The format.</param>
    /// <response code="200">Every matching company, in the requested format.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet("companies")]
    [IgnoresPaging]
    [ProducesResponseType<IReadOnlyList<CompanySummary>>(StatusCodes.Status200OK, "application/json", "application/x-ndjson", "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult Companies([FromQuery] CompanyFilter filter, [FromQuery] ExportRequest export) =>
        Export(CatalogExports.Companies, filter, export);

    /// <summary>Exports projects.</summary>
    /// <param name="filter">The filters and sort of <c>GET /api/v1/projects</c>.</param>
    /// <param name="export">The format.</param>
    /// <response code="200">Every matching project, in the requested format.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet("projects")]
    [IgnoresPaging]
    [ProducesResponseType<IReadOnlyList<ProjectSummary>>(StatusCodes.Status200OK, "application/json", "application/x-ndjson", "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult Projects([FromQuery] ProjectFilter filter, [FromQuery] ExportRequest export) =>
        Export(CatalogExports.Projects, filter, export);

    /// <summary>Exports use-cases, each with its source file, line range and quote.</summary>
    /// <param name="filter">The filters and sort of <c>GET /api/v1/use-cases</c>.</param>
    /// <param name="export">The format.</param>
    /// <response code="200">Every matching use-case, in the requested format.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet("use-cases")]
    [IgnoresPaging]
    [ProducesResponseType<IReadOnlyList<UseCaseResponse>>(StatusCodes.Status200OK, "application/json", "application/x-ndjson", "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult UseCases([FromQuery] UseCaseFilter filter, [FromQuery] ExportRequest export) =>
        Export(CatalogExports.UseCases, filter, export);

    /// <summary>Exports performance claims in canonical units, each with its source file, line range and quote.</summary>
    /// <remarks>baseline, result and stated_delta are in the unit the <c>unit</c> column names (ms, bytes, per_second, per_day, percent, count).</remarks>
    /// <param name="filter">The filters and sort of <c>GET /api/v1/claims</c>.</param>
    /// <param name="export">The format.</param>
    /// <response code="200">Every matching claim, in the requested format.</response>
    /// <response code="400">A query parameter is malformed or out of range; <c>errors</c> names it.</response>
    [HttpGet("claims")]
    [IgnoresPaging]
    [ProducesResponseType<IReadOnlyList<ClaimResponse>>(StatusCodes.Status200OK, "application/json", "application/x-ndjson", "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult Claims([FromQuery] ClaimFilter filter, [FromQuery] ExportRequest export) =>
        Export(CatalogExports.Claims, filter, export);

    /// <summary>Exports the imported documents with their import status and counts.</summary>
    /// <param name="filter">The filters and sort of <c>GET /api/v1/sources</c>.</param>
    /// <param name="export">The format.</param>
    /// <response code="200">Every matching document, in the requested format.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet("sources")]
    [IgnoresPaging]
    [ProducesResponseType<IReadOnlyList<SourceSummary>>(StatusCodes.Status200OK, "application/json", "application/x-ndjson", "text/csv")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public IActionResult Sources([FromQuery] SourceFilter filter, [FromQuery] ExportRequest export) =>
        Export(CatalogExports.Sources, filter, export);

    private static ExportResult Export(ExportKind kind, ListQuery filter, ExportRequest export) =>
        new(kind, filter, WireNames<ExportFormat>.Parse(export.Format) ?? ExportFormat.Json);
}
