using System.Globalization;
using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Simulation;
using GoAdoption.Simulation.Scenarios;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Features.Replays;

/// <summary>
/// Replays: the queueing simulator, alone or on stored claims: each subject's claims from one passage become a before and
/// an after model, calibrated to the claimed latency and replayed on common random numbers.
/// </summary>
[EnableRateLimiting(RateLimits.Simulations)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
public sealed class ReplaysController(CatalogDbContext db, ClaimReplays replays, IOptions<RateLimitOptions> limits, CatalogTelemetry telemetry) : CatalogControllerBase
{
    private const ulong DefaultSeed = 1;
    private const int DefaultSimulateRequests = 100_000;
    private const int DefaultReplayRequests = 200_000;

    /// <summary>Runs the queueing model once.</summary>
    /// <remarks>
    /// Poisson arrivals at <c>arrivalRatePerSecond</c> into <c>servers</c> servers with one FIFO line. The same body
    /// always gives the same <c>result</c>; only <c>engine.elapsedMs</c> varies. At ρ = λ·S/c ≥ 1 the run is
    /// reported as saturated and its latencies describe that finite run only.
    /// </remarks>
    /// <param name="request">Model parameters.</param>
    /// <param name="cancellationToken">Stops the run when the client goes away.</param>
    /// <response code="200">The run's statistics and the work it took.</response>
    /// <response code="400">A field is missing or out of range; <c>errors</c> names it.</response>
    [HttpPost("api/v1/simulations")]
    [HttpPost(ReplayRoutes.FormerPrefix + "simulate")]
    [Consumes("application/json")]
    [ProducesResponseType<SimulateResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public ActionResult<SimulateResponse> Simulate([FromBody] SimulateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var distribution = ReplayNames.Distribution(request.Distribution!)!.Value;
        using var activity = CatalogTelemetry.Activities.StartActivity("simulate");
        var result = QueueSimulator.Run(new SimulationParameters
        {
            ArrivalRatePerSecond = request.ArrivalRatePerSecond!.Value,
            Servers = request.Servers!.Value,
            ServiceTimeMs = request.ServiceTimeMs!.Value,
            ServiceDistribution = distribution,
            CoefficientOfVariation = request.CoefficientOfVariation ?? 1.0,
            Requests = request.Requests ?? DefaultSimulateRequests,
            WarmupRequests = (request.Requests ?? DefaultSimulateRequests) / 10,
            Seed = request.Seed ?? DefaultSeed,
            CancellationToken = cancellationToken,
        });
        telemetry.SimulationRun("simulate", result.Elapsed);
        return new SimulateResponse(
            new SimulationStats(
                result.ThroughputPerSecond, result.Utilization, result.OfferedLoad, result.Saturated, result.MeanMs,
                result.P50Ms, result.P95Ms, result.P99Ms, result.MaxMs, result.MeanQueueLength),
            new SimulateEngine(result.Events, Math.Round(result.Elapsed.TotalMilliseconds, 3)));
    }

    /// <summary>Replays the scenarios of the selected claims before and after.</summary>
    /// <remarks>
    /// Claims are grouped per subject, source and passage. Every model input is labelled claimed, derived or
    /// assumed, with its basis. Latencies the model was calibrated to agree with the claims by construction; the
    /// verdict (model-consistent, inconsistent, insufficient-data) says whether the claims hold together, with the
    /// reasons. Results are cached per scenario, options and seed until the next import changes the catalog.
    /// </remarks>
    /// <param name="request">Selection and replay options.</param>
    /// <param name="cancellationToken">Aborts the queries when the client goes away.</param>
    /// <response code="200">One scenario per group of selected claims.</response>
    /// <response code="400">A field is out of range; <c>errors</c> names it.</response>
    /// <response code="404">A claim id, company or project does not exist.</response>
    /// <response code="422">The replay would simulate more requests than one call may (RateLimits:MaxSimulatedRequestsPerCall); <c>errors.requests</c> says so.</response>
    [HttpPost("api/v1/replays")]
    [HttpPost(ReplayRoutes.FormerPrefix + "replay")]
    [Consumes("application/json")]
    [ProducesResponseType<ReplayResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<ReplayResponse>> Replay([FromBody] ReplayRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var claims = db.Claims.AsQueryable();
        if (request.ClaimIds is { } ids)
        {
            var wanted = ids.Distinct().ToList();
            var found = await db.Claims.Where(c => wanted.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
            var missing = wanted.Except(found).Order().ToList();
            if (missing.Count > 0)
                return NotFoundProblem(missing.Count == 1 ? "claim" : "claims", string.Join(", ", missing.Select(i => i.ToString(CultureInfo.InvariantCulture))));
            claims = claims.Where(c => wanted.Contains(c.Id));
        }

        if (request.Company is { } company)
        {
            if (!await db.Companies.AnyAsync(c => c.Slug == company, cancellationToken))
                return NotFoundProblem("company", company);
            claims = claims.Where(c => c.Company!.Slug == company);
        }

        if (request.Project is { } project)
        {
            if (!await db.Projects.AnyAsync(p => p.Slug == project, cancellationToken))
                return NotFoundProblem("project", project);
            claims = claims.Where(c => c.Project!.Slug == project);
        }

        if (request.Domain is { } domain)
            claims = claims.Where(c => c.Company!.Domains.Any(d => d.Slug == domain) || c.Project!.Domains.Any(d => d.Slug == domain));

        var options = Options(request.Seed, request.Requests, request.LoadFactor, request.Servers, cancellationToken);
        var facts = await replays.FactsAsync(claims, cancellationToken);
        return Within(ScenarioBuilder.Group(facts), options);
    }

    /// <summary>Replays the scenario one claim belongs to.</summary>
    /// <remarks>
    /// The scenario is the claim's passage: the claims of the same subject and source within a few lines, as in
    /// POST /api/v1/replays. Cached like it.
    /// </remarks>
    /// <param name="id">The claim's id.</param>
    /// <param name="query">Seed, requests, loadFactor and servers, as in the replay body.</param>
    /// <param name="cancellationToken">Aborts the queries when the client goes away.</param>
    /// <response code="200">The one scenario.</response>
    /// <response code="400">A query parameter is out of range; <c>errors</c> names it.</response>
    /// <response code="404">No claim has this id.</response>
    /// <response code="422">The replay would simulate more requests than one call may (RateLimits:MaxSimulatedRequestsPerCall); <c>errors.requests</c> says so.</response>
    [HttpGet("api/v1/claims/{id:int}/replay")]
    [ProducesResponseType<ReplayResponse>(StatusCodes.Status200OK, "application/json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public async Task<ActionResult<ReplayResponse>> ReplayClaim(int id, [FromQuery] ReplayQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var claim = await db.Claims.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new { c.SourceId, c.CompanyId, c.ProjectId })
            .SingleOrDefaultAsync(cancellationToken);
        if (claim is null)
            return NotFoundProblem("claim", id.ToString(CultureInfo.InvariantCulture));

        // The same subject as the facts mapping uses: the company when there is one, else the project.
        var sameSubject = db.Claims.Where(c => c.SourceId == claim.SourceId);
        sameSubject = claim.CompanyId is { } companyId ? sameSubject.Where(c => c.CompanyId == companyId)
            : claim.ProjectId is { } projectId ? sameSubject.Where(c => c.CompanyId == null && c.ProjectId == projectId)
            : sameSubject.Where(c => c.CompanyId == null && c.ProjectId == null);

        var facts = await replays.FactsAsync(sameSubject, cancellationToken);
        var group = ScenarioBuilder.Group(facts).Single(g => g.Any(f => f.Id == id));
        var options = Options(query.Seed, query.Requests, query.LoadFactor, query.Servers, cancellationToken);
        return Within([group], options);
    }

    // The body of POST /api/v1/replays and the query of GET /api/v1/claims/{id}/replay take the same options.
    private ReplayOptions Options(ulong? seed, int? requests, double? loadFactor, int? servers, CancellationToken cancellationToken) => new()
    {
        Seed = seed ?? DefaultSeed,
        Requests = requests ?? DefaultReplayRequests,
        LoadFactor = loadFactor ?? 1.0,
        Servers = servers,
        Budget = new SimulationBudget(limits.Value.MaxSimulatedRequestsPerCall),
        CancellationToken = cancellationToken,
    };

    // Each scenario runs its before and its after at the requested length at least: a selection whose reported runs
    // alone exceed the budget is refused before any work, and one whose calibration takes it there, when it does.
    private ActionResult<ReplayResponse> Within(IReadOnlyList<IReadOnlyList<ClaimFact>> groups, ReplayOptions options)
    {
        var limit = options.Budget!.Limit;
        if (groups.Count * 2L * options.Requests > limit)
            return BudgetProblem(limit, groups.Count);
        try
        {
            return replays.Replay(groups, options);
        }
        catch (SimulationBudgetExceededException)
        {
            return BudgetProblem(limit, groups.Count);
        }
    }

    private ObjectResult BudgetProblem(long limit, int scenarios) => FieldProblem(StatusCodes.Status422UnprocessableEntity, "requests",
        FormattableString.Invariant(
            $"This replay of {scenarios:N0} scenarios would simulate more than {limit:N0} requests in all (RateLimits:MaxSimulatedRequestsPerCall); select fewer claims (claimIds, company, project, domain) or ask for fewer requests."));
}
