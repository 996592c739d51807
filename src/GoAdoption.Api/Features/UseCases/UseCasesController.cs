using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.UseCases;

/// <summary>Who uses Go for which system, each as one document states it.</summary>
[Route("api/v1/use-cases")]
public sealed class UseCasesController(CatalogDbContext db, IListReads<UseCaseFilter, UseCaseResponse> useCases) : CatalogControllerBase
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
        return await ToPageAsync(useCases, filter, cancellationToken);
    }

    /// <summary>Gets one use-case.</summary>
    /// <remarks>The same fields as an item of <c>GET /api/v1/use-cases</c>; ids come from that list, a company or a search hit.</remarks>
    /// <param name="id">The use-case's id.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">The use-case with its source, line range and quoted text.</response>
    /// <response code="404">No use-case has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<UseCaseResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<UseCaseResponse>> Get(int id, CancellationToken cancellationToken)
    {
        var useCase = await db.UseCases.AsNoTracking().Where(u => u.Id == id).Select(Projections.UseCase).SingleOrDefaultAsync(cancellationToken);
        return useCase is null ? NotFoundProblem("use-case", id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : useCase;
    }
}
