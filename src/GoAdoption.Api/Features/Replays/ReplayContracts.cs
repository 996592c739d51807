using GoAdoption.Simulation.Scenarios;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Replays;

/// <summary>One run of the queueing model: Poisson arrivals into <c>servers</c> identical servers with one FIFO line.</summary>
/// <param name="ArrivalRatePerSecond">Mean arrival rate, requests per second, 0.000001 to 1,000,000,000.</param>
/// <param name="Servers">Servers (instances × workers), 1 … 100 000.</param>
/// <param name="ServiceTimeMs">Mean service time of one request in ms, 0.000001 (a nanosecond) to 86,400,000 (a day).</param>
/// <param name="Distribution">Service-time distribution: exponential, deterministic or lognormal.</param>
/// <param name="CoefficientOfVariation">Standard deviation over mean of lognormal service times, 0 … 10; default 1. Only for lognormal.</param>
/// <param name="Requests">Requests to simulate, 1 … 1 000 000; default 100 000. The first tenth warms the system up and is not measured.</param>
/// <param name="Seed">Seed of the generator; the same body gives the same result. Default 1.</param>
public sealed record SimulateRequest(
    double? ArrivalRatePerSecond,
    int? Servers,
    double? ServiceTimeMs,
    string? Distribution,
    double? CoefficientOfVariation,
    int? Requests,
    ulong? Seed);

/// <summary>Statistics of one run; latencies are sojourn times (waiting plus service) of the measured requests.</summary>
/// <param name="Throughput">Completions per second; at saturation this is the capacity.</param>
/// <param name="Utilization">Time-averaged fraction of servers busy.</param>
/// <param name="OfferedLoad">ρ = λ·S/c from the request; at 1 or more the queue grows without bound.</param>
/// <param name="Saturated">True when ρ ≥ 1: latencies then describe this finite run only.</param>
/// <param name="MeanMs">Mean latency.</param>
/// <param name="P50Ms">Median latency (nearest rank).</param>
/// <param name="P95Ms">95th percentile latency.</param>
/// <param name="P99Ms">99th percentile latency.</param>
/// <param name="MaxMs">Largest latency.</param>
/// <param name="MeanQueueLength">Time-averaged number waiting (not in service).</param>
public sealed record SimulationStats(
    double Throughput,
    double Utilization,
    double OfferedLoad,
    bool Saturated,
    double MeanMs,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    double MeanQueueLength);

/// <summary>Work the engine did.</summary>
/// <param name="Events">Arrival and departure events processed.</param>
/// <param name="ElapsedMs">Wall-clock time of the run; varies between identical requests.</param>
public sealed record SimulateEngine(long Events, double ElapsedMs);

public sealed record SimulateResponse(SimulationStats Result, SimulateEngine Engine);

/// <summary>
/// Which claims to replay and how. Select by <c>claimIds</c>, or by <c>company</c>, <c>project</c> and/or
/// <c>domain</c> (combined with AND); with no selector every claim in the catalog is replayed.
/// </summary>
/// <param name="ClaimIds">Claim ids; each must exist. The scenarios are those the claims belong to, restricted to them.</param>
/// <param name="Company">Company slug; must exist.</param>
/// <param name="Project">Project slug; must exist.</param>
/// <param name="Domain">Domain slug (claims whose company or project is in it).</param>
/// <param name="Seed">Seed shared by every run of the replay (common random numbers). Default 1.</param>
/// <param name="Requests">Requests per reported run, 1 … 500 000; default 200 000. Calibration probes use at most 40 000.</param>
/// <param name="LoadFactor">What-if multiplier on the claimed traffic for the reported runs, 0.001 to 100; default 1. Calibration stays at the claimed load.</param>
/// <param name="Servers">What-if servers for both variants in the reported runs, 1 … 100 000.</param>
public sealed record ReplayRequest(
    IReadOnlyList<int>? ClaimIds,
    string? Company,
    string? Project,
    string? Domain,
    ulong? Seed,
    int? Requests,
    double? LoadFactor,
    int? Servers);

/// <summary>Work the engine did for this answer.</summary>
/// <param name="Runs">Simulation runs, calibration and headroom probes included; 0 for scenarios served from the cache.</param>
/// <param name="Events">Events processed by those runs.</param>
/// <param name="ElapsedMs">Wall-clock time of the replay, cache lookups included.</param>
/// <param name="CachedScenarios">Scenarios served from the cache.</param>
public sealed record ReplayEngine(int Runs, long Events, double ElapsedMs, int CachedScenarios);

/// <summary>
/// Scenarios built from the selected claims, each replayed before and after on common random numbers. Latencies the
/// model was calibrated to match their claims by construction: a verdict of model-consistent means the claims hold
/// together under the model, not that they were reproduced.
/// </summary>
public sealed record ReplayResponse(IReadOnlyList<Scenario> Scenarios, ReplayEngine Engine);

/// <summary>Replay options of <c>GET /api/v1/claims/{id}/replay</c>, as in the replay body.</summary>
public sealed record ReplayQuery
{
    /// <summary>Seed shared by every run. Default 1.</summary>
    [FromQuery(Name = "seed")]
    public ulong? Seed { get; set; }

    /// <summary>Requests per reported run, 1 … 500 000; default 200 000.</summary>
    [FromQuery(Name = "requests")]
    public int? Requests { get; set; }

    /// <summary>What-if traffic multiplier, 0.001 … 100; default 1.</summary>
    [FromQuery(Name = "loadFactor")]
    public double? LoadFactor { get; set; }

    /// <summary>What-if servers for both variants, 1 … 100 000.</summary>
    [FromQuery(Name = "servers")]
    public int? Servers { get; set; }
}
