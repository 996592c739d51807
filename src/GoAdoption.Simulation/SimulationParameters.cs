namespace GoAdoption.Simulation;

public enum ServiceDistribution
{
    /// <summary>Memoryless service: the M in M/M/c.</summary>
    Exponential,

    /// <summary>Every request takes exactly the mean: M/D/c.</summary>
    Deterministic,

    /// <summary>Right-skewed service with a given coefficient of variation: typical of real request handlers.</summary>
    LogNormal,
}

public enum ArrivalPattern
{
    /// <summary>Independent arrivals at a constant rate.</summary>
    Poisson,

    /// <summary>
    /// A two-state Markov-modulated Poisson process: bursts at <see cref="SimulationParameters.BurstFactor"/> times
    /// the mean rate for a fraction <see cref="SimulationParameters.BurstFraction"/> of the time, a calmer rate
    /// otherwise, with the same long-run mean rate as Poisson.
    /// </summary>
    Bursty,
}

/// <summary>
/// An open queueing system: requests arrive at a mean rate, wait in one FIFO queue and are served by
/// <see cref="Servers"/> identical servers (instances × workers per instance).
/// </summary>
public sealed record SimulationParameters
{
    public required double ArrivalRatePerSecond { get; init; }

    public required int Servers { get; init; }

    /// <summary>Mean service time of one request.</summary>
    public required double ServiceTimeMs { get; init; }

    public ServiceDistribution ServiceDistribution { get; init; } = ServiceDistribution.Exponential;

    /// <summary>Standard deviation over mean of service times; used by <see cref="ServiceDistribution.LogNormal"/> only.</summary>
    public double CoefficientOfVariation { get; init; } = 1.0;

    public ArrivalPattern Arrival { get; init; } = ArrivalPattern.Poisson;

    /// <summary>Arrival rate during a burst relative to the mean rate (≥ 1; BurstFactor × BurstFraction ≤ 1).</summary>
    public double BurstFactor { get; init; } = 3.0;

    /// <summary>Long-run fraction of time spent in bursts, in (0, 1).</summary>
    public double BurstFraction { get; init; } = 0.2;

    /// <summary>Mean length of one burst; the calm periods between bursts scale to keep <see cref="BurstFraction"/>.</summary>
    public double BurstMeanDurationMs { get; init; } = 1000.0;

    /// <summary>Requests to simulate, 1 … <see cref="QueueSimulator.MaxRequests"/>; bounds the work of any run.</summary>
    public int Requests { get; init; } = 100_000;

    /// <summary>
    /// Leading requests left out of every statistic, so that the empty system at time zero does not bias the
    /// results low. Must be less than <see cref="Requests"/>.
    /// </summary>
    public int WarmupRequests { get; init; }

    public ulong Seed { get; init; } = 1;

    /// <summary>Stops the run (checked every few thousand events) when its caller no longer wants the answer.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Offered load per server, ρ = λ·S / c. At ρ ≥ 1 the queue grows without bound.</summary>
    public double OfferedLoad => ArrivalRatePerSecond * ServiceTimeMs / 1000.0 / Servers;
}
