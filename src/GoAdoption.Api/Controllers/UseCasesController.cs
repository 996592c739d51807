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
        return await ToPageAsync(CatalogQueries.UseCases(db, filter), Projections.UseCase, filter, cancellationToken);
    }
}
