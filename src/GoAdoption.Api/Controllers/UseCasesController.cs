using GoAdoption.Api.Contracts;
using GoAdoption.Api.Data;
using GoAdoption.Api.Importing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Controllers;

/// <summary>Who uses Go for which system, each as one document states it.</summary>
[Route("api/v1/use-cases")]
public sealed class UseCasesController(CatalogDbContext db) : CatalogControllerBase
{
    /// <summary>Lists use-cases.</summary>
    /// <remarks>
    /// <c>domain</c> is the domain of the system itself. Sort keys: name (system name), company (company name);
    /// prefix with '-' for descending.
    /// </remarks>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of use-cases, each with its source, line range and quoted text.</response>
    /// <response code="400">A query parameter is malformed; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<UseCaseResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<UseCaseResponse>>> List([FromQuery] UseCaseFilter filter, CancellationToken cancellationToken)
    {
        var query = db.UseCases.AsNoTracking();
        if (filter.Company is { } company)
            query = query.Where(u => u.Company!.Slug == company);
        if (filter.Project is { } project)
            query = query.Where(u => u.Project!.Slug == project);
        if (filter.Domain is { } domain)
            query = query.Where(u => u.Domain!.Slug == domain);
        if (CatalogImporter.MigratedFromKey(filter.MigratedFrom) is { } language)
            query = query.Where(u => u.MigratedFromKey == language);
        if (filter.Source is { } source)
            query = query.Where(u => u.SourceId == source);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = TextKey.LikePattern(filter.Q);
            query = query.Where(u => EF.Functions.Like(u.System, pattern, TextKey.LikeEscape) || EF.Functions.Like(u.Summary, pattern, TextKey.LikeEscape));
        }

        var (sort, descending) = filter.SortOrder();
        var ordered = sort switch
        {
            "company" => query.OrderBy(u => u.Company!.NameKey, descending).ThenBy(u => EF.Functions.Collate(u.System, "NOCASE")),
            _ => query.OrderBy(u => EF.Functions.Collate(u.System, "NOCASE"), descending),
        };
        return await ToPageAsync(ordered.ThenBy(u => u.Id), Projections.UseCase, filter, cancellationToken);
    }
}
