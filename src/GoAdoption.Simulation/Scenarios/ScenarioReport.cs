using GoAdoption.Domain.Claims;
namespace GoAdoption.Simulation.Scenarios;

/// <summary>Where a scenario input comes from.</summary>
public enum InputLabel
{
    /// <summary>A figure the source states, in canonical units.</summary>
    Claimed,

    /// <summary>Computed from claimed figures and, where said, from assumptions (for example by calibration).</summary>
    Derived,

    /// <summary>Not in the source: a documented default the model needs.</summary>
    Assumed,
}

/// <summary>Which side of the migration an input or figure belongs to.</summary>
public enum Variant
{
    Before,
    After,
    Both,
}

public enum ScenarioVerdict
{
    /// <summary>The claims hold together under the model; says nothing about whether they are true.</summary>
    ModelConsistent,

    /// <summary>The claims contradict each other or the model (see the reasons).</summary>
    Inconsistent,

    /// <summary>The claims lack what the model needs (see the reasons).</summary>
    InsufficientData,
}

/// <summary>One model input with its provenance.</summary>
/// <param name="Name">Parameter name, as in the simulate request (arrivalRatePerSecond, servers, serviceTimeMs…).</param>
/// <param name="Variant">Before, after or both.</param>
/// <param name="Value">The value used.</param>
/// <param name="Unit">Unit of <paramref name="Value"/>.</param>
/// <param name="Label">Claimed, derived or assumed.</param>
/// <param name="Basis">How the value was obtained, with the assumption stated where there is one.</param>
/// <param name="ClaimIds">Claims the value rests on.</param>
public sealed record ScenarioInput(
    string Name,
    Variant Variant,
    double Value,
    string Unit,
    InputLabel Label,
    string Basis,
    IReadOnlyList<long> ClaimIds);

/// <summary>The simulated statistics of one variant, at the requested load factor and servers.</summary>
public sealed record VariantStats
{
    public required double ArrivalRatePerSecond { get; init; }

    public required int Instances { get; init; }

    public required int Servers { get; init; }

    public required double ServiceTimeMs { get; init; }

    public required double CoefficientOfVariation { get; init; }

    /// <summary>Offered load per server ρ = λ·S/c.</summary>
    public required double OfferedLoad { get; init; }

    public required bool Saturated { get; init; }

    public required double Throughput { get; init; }

    public required double Utilization { get; init; }

    public required double MeanMs { get; init; }

    public required double P50Ms { get; init; }

    public required double P95Ms { get; init; }

    public required double P99Ms { get; init; }

    public required double MaxMs { get; init; }

    public required double MeanQueueLength { get; init; }

    /// <summary>Requests in flight by Little's law, λ × mean latency.</summary>
    public required double Concurrency { get; init; }
}

/// <summary>A figure the source states, and what the model does with it.</summary>
/// <param name="ClaimId">The claim.</param>
/// <param name="Metric">Metric slug.</param>
/// <param name="Statistic">Statistic slug.</param>
/// <param name="Baseline">Before, canonical.</param>
/// <param name="Result">After or only figure, canonical.</param>
/// <param name="Unit">Canonical unit slug.</param>
/// <param name="StatedChangePercent">Change as written.</param>
/// <param name="StatedMultiplier">Factor as written.</param>
/// <param name="ComputedChangePercent">Change computed from baseline→result.</param>
/// <param name="Use">What the model does with it ("service time (calibrated)", "not modelled: memory").</param>
/// <param name="Lines">Source lines, "438" or "441–443".</param>
/// <param name="Quote">The sentence or row.</param>
public sealed record ClaimedFigure(
    long ClaimId,
    ClaimMetric Metric,
    ClaimStatistic Statistic,
    double? Baseline,
    double? Result,
    ClaimUnit Unit,
    double? StatedChangePercent,
    double? StatedMultiplier,
    double? ComputedChangePercent,
    string Use,
    string Lines,
    string Quote);

/// <summary>How much more traffic a variant takes, relative to the claimed load, before it degrades.</summary>
/// <param name="LoadFactorAtUtilization90">Load factor at which ρ reaches 0.9 (closed form, 0.9/ρ).</param>
/// <param name="LoadFactorAtSaturation">Load factor at which ρ reaches 1; null when already saturated.</param>
/// <param name="LoadFactorAtP99Double">Load factor at which the simulated p99 is twice its value at the claimed load; null when it does not double before saturation.</param>
public sealed record Headroom(double LoadFactorAtUtilization90, double? LoadFactorAtSaturation, double? LoadFactorAtP99Double);

/// <summary>What the claims imply once the model holds them together. All derived, none claimed.</summary>
public sealed record ImpliedFigures
{
    /// <summary>Before ÷ after mean service time: how much faster one request is handled.</summary>
    public double? PerRequestSpeedup { get; init; }

    /// <summary>After ÷ before requests per second the whole system can serve at ρ = 1 (servers ÷ service time).</summary>
    public double? CapacityRatio { get; init; }

    /// <summary>Simulated change of the calibrated latency statistic, in percent.</summary>
    public double? LatencyChangePercent { get; init; }

    public Headroom? BeforeHeadroom { get; init; }

    public Headroom? AfterHeadroom { get; init; }
}

/// <summary>A claimed figure set against the model: calibrated ones match by construction, predicted ones are a test.</summary>
/// <param name="Quantity">What is compared ("p99 latency, before").</param>
/// <param name="Claimed">The figure from the source (or derived from it).</param>
/// <param name="Simulated">The model's value at the claimed load.</param>
/// <param name="Relation">"calibrated" when the model was fitted to this figure, "predicted" when not.</param>
public sealed record Comparison(string Quantity, double Claimed, double Simulated, string Relation);

/// <summary>One subject's system in one source passage, replayed before and after.</summary>
public sealed record Scenario
{
    /// <summary>Stable key: subject, source file and first line.</summary>
    public required string Key { get; init; }

    public required string Subject { get; init; }

    public string? SubjectSlug { get; init; }

    public SubjectKind? SubjectKind { get; init; }

    public string? System { get; init; }

    public required string SourceFile { get; init; }

    public required string Lines { get; init; }

    public required IReadOnlyList<ScenarioInput> Inputs { get; init; }

    public VariantStats? Before { get; init; }

    public VariantStats? After { get; init; }

    public required IReadOnlyList<ClaimedFigure> Claimed { get; init; }

    public required IReadOnlyList<Comparison> Comparisons { get; init; }

    public required ImpliedFigures Implied { get; init; }

    public required ScenarioVerdict Verdict { get; init; }

    /// <summary>Why the verdict, in the order a reader should check them.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }
}

/// <summary>Work the engine did for one replay. Elapsed time differs between runs; everything else does not.</summary>
/// <param name="Runs">Simulation runs, calibration and headroom searches included.</param>
/// <param name="Events">Events processed over all runs.</param>
/// <param name="ElapsedMs">Wall-clock time of the replay.</param>
public sealed record EngineStats(int Runs, long Events, double ElapsedMs);

public sealed record ReplayReport(IReadOnlyList<Scenario> Scenarios, EngineStats Engine);
