namespace GoAdoption.Simulation;

/// <summary>
/// Statistics of one run. Latencies (sojourn time: queueing plus service) cover requests after the warm-up;
/// percentiles are exact nearest-rank values over those requests (the ⌈p·n⌉-th smallest). Time averages
/// (utilization, queue length, throughput) cover the interval from the first measured arrival to the last arrival,
/// so the drain after arrivals stop does not dilute them.
/// </summary>
public sealed record SimulationResult
{
    /// <summary>Completions per second over the measurement interval; at saturation this is the capacity.</summary>
    public required double ThroughputPerSecond { get; init; }

    /// <summary>Time-averaged fraction of servers busy.</summary>
    public required double Utilization { get; init; }

    /// <summary>Offered load per server ρ = λ·S/c, from the parameters.</summary>
    public required double OfferedLoad { get; init; }

    public required double MeanMs { get; init; }

    public required double StdDevMs { get; init; }

    /// <summary>Mean time spent queueing before service started.</summary>
    public required double MeanWaitMs { get; init; }

    public required double P50Ms { get; init; }

    public required double P95Ms { get; init; }

    public required double P99Ms { get; init; }

    public required double MaxMs { get; init; }

    /// <summary>Time-averaged number of requests waiting (not in service).</summary>
    public required double MeanQueueLength { get; init; }

    public required int MaxQueueLength { get; init; }

    /// <summary>
    /// True when ρ ≥ 1: the system has no steady state, so latencies and queue lengths grow with the number of
    /// requests simulated and describe this finite run only.
    /// </summary>
    public required bool Saturated { get; init; }

    public required int MeasuredRequests { get; init; }

    /// <summary>Arrival and departure events processed.</summary>
    public required long Events { get; init; }

    /// <summary>Wall-clock time of the whole run, statistics included. Differs between runs of the same input.</summary>
    public required TimeSpan Elapsed { get; init; }

    public double EventsPerSecond => Elapsed > TimeSpan.Zero ? Events / Elapsed.TotalSeconds : 0.0;
}
