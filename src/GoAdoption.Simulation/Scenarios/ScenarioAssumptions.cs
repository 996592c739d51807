namespace GoAdoption.Simulation.Scenarios;

/// <summary>
/// The defaults a scenario falls back on where the sources are silent. Each one that is used appears among the
/// scenario's inputs, labelled assumed, with its reason.
/// </summary>
public sealed record ScenarioAssumptions
{
    /// <summary>
    /// Peak-hour arrival rate over the daily average, for volumes stated per day. Request-serving systems commonly
    /// see a busiest hour two to four times the daily mean; 3 sits in the middle, and sizing for the peak is what
    /// instance counts and latency figures describe.
    /// </summary>
    public double PeakFactor { get; init; } = 3.0;

    /// <summary>Requests one instance serves at once (cores or worker slots). Go services are usually CPU-bound per request at this grain.</summary>
    public int WorkersPerInstance { get; init; } = 8;

    /// <summary>Server utilization assumed at the claimed load when no figure fixes it: a service provisioned with headroom.</summary>
    public double Utilization { get; init; } = 0.5;

    /// <summary>Service time spread when the sources give only one statistic: lognormal with CV 1, right-skewed like real handlers.</summary>
    public double CoefficientOfVariation { get; init; } = 1.0;

    /// <summary>Instances assumed when neither a count nor a traffic figure fixes the size of the system.</summary>
    public int Instances { get; init; } = 4;

    /// <summary>
    /// Requests one instance can plausibly hold in flight (Little's law: throughput × mean latency ÷ instances).
    /// Goroutines make tens of thousands of connections cheap, but beyond this the stated instances cannot carry
    /// the stated throughput at the stated latency.
    /// </summary>
    public double MaxInFlightPerInstance { get; init; } = 10_000;

    /// <summary>Claims about one subject in one source belong to the same passage when no more than this many lines apart.</summary>
    public int PassageLineGap { get; init; } = 8;

    public static ScenarioAssumptions Default { get; } = new();
}

/// <summary>How to replay: seed, run length and the what-if traffic and servers.</summary>
public sealed record ReplayOptions
{
    public const int MaxRequests = 1_000_000;

    public const double MaxLoadFactor = 100.0;

    /// <summary>A thousandth of the claimed traffic: below it a replay says nothing, and the smallest claimed rates times it
    /// would fall under <see cref="QueueSimulator.MinArrivalRatePerSecond"/>.</summary>
    public const double MinLoadFactor = 0.001;

    public ulong Seed { get; init; } = 1;

    /// <summary>Requests per reported run, 1 … <see cref="MaxRequests"/>.</summary>
    public int Requests { get; init; } = 200_000;

    /// <summary>
    /// Multiplier on the claimed traffic for the reported runs (what-if), <see cref="MinLoadFactor"/> … <see cref="MaxLoadFactor"/>;
    /// calibration stays at the claimed load.
    /// </summary>
    public double LoadFactor { get; init; } = 1.0;

    /// <summary>Servers for both variants in the reported runs instead of the derived ones.</summary>
    public int? Servers { get; init; }

    /// <summary>The requests all runs of the replay may simulate together; none for no bound.</summary>
    public SimulationBudget? Budget { get; init; }

    /// <summary>Stops every run of the replay when its caller no longer wants the answer.</summary>
    public CancellationToken CancellationToken { get; init; }
}
