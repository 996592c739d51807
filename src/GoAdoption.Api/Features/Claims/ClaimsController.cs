using System.Globalization;
using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Claims;

/// <summary>Performance claims (latency, throughput, memory…) in canonical units, each as one document states it.</summary>
[Route("api/v1/claims")]
public sealed class ClaimsController(ClaimReader claims) : CatalogControllerBase
{
    /// <summary>Lists performance claims.</summary>
    /// <remarks>
    /// Filters combine with AND. <c>domain</c> matches the domains of the claim's company, or of its project when it
    /// names one. <c>minChangePercent</c>/<c>maxChangePercent</c> apply to the computed <c>changePercent</c>, so claims
    /// without a baseline and result are left out. Sort keys: id (document order), changePercent, metric, company;
    /// prefix with '-' for descending (<c>sort=-changePercent</c>: the largest rises first).
    /// </remarks>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the query when the client goes away.</param>
    /// <response code="200">One page of claims, each with its source, line range and quoted text.</response>
    /// <response code="400">A query parameter is malformed or out of range; <c>errors</c> names it.</response>
    [HttpGet]
    [ProducesResponseType<PagedResponse<ClaimResponse>>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public async Task<ActionResult<PagedResponse<ClaimResponse>>> List([FromQuery] ClaimFilter filter, CancellationToken cancellationToken)
    {
        return await ToPageAsync<ClaimFilter, ClaimResponse>(claims, filter, cancellationToken);
    }

    /// <summary>Gets one performance claim.</summary>
    /// <remarks>The same fields as an item of <c>GET /api/v1/claims</c>; ids come from that list or from a company or project.</remarks>
    /// <param name="id">The claim's id.</param>
    /// <response code="200">The claim with its source, line range and quoted text.</response>
    /// <response code="404">No claim has this id.</response>
    [HttpGet("{id:int}")]
    [ProducesResponseType<ClaimResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public async Task<ActionResult<ClaimResponse>> Get(int id)
    {
        var claim = await claims.FindAsync(id);
        return claim is null ? NotFoundProblem("claim", id.ToString(CultureInfo.InvariantCulture)) : claim;
    }
}
