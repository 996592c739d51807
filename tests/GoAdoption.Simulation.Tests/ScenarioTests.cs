using System.Text.Json;
using System.Text.Json.Serialization;
using GoAdoption.Domain.Claims;
using GoAdoption.Simulation.Scenarios;

namespace GoAdoption.Simulation.Tests;

public sealed class ScenarioTests
{
    private const string Web3 = "003_1a5a6f47d61ed29a.txt";
    private const double GiB = 1024d * 1024d * 1024d;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    internal static readonly ReplayOptions Options = new() { Seed = 42, Requests = 200_000 };

    /// <summary>Uber's Geo-fence service as the seed states it: prose on line 438, the comparison table on 441–443.</summary>
    internal static IReadOnlyList<ClaimFact> UberFacts() =>
    [
        Fact(1, "uber", ClaimMetric.Latency, ClaimStatistic.P99, 120, 18, ClaimUnit.Milliseconds, line: 438),
        Fact(2, "uber", ClaimMetric.Instances, ClaimStatistic.Unspecified, null, null, ClaimUnit.Percent, percent: -62, line: 438),
        Fact(3, "uber", ClaimMetric.Volume, ClaimStatistic.Unspecified, null, 4.2e8, ClaimUnit.PerDay, line: 438),
        Fact(4, "uber", ClaimMetric.GcPause, ClaimStatistic.Unspecified, null, null, ClaimUnit.Percent, percent: -40, line: 438),
        Fact(5, "uber", ClaimMetric.Latency, ClaimStatistic.P99, 120, 18, ClaimUnit.Milliseconds, percent: -85, line: 441),
        Fact(6, "uber", ClaimMetric.Memory, ClaimStatistic.Unspecified, 2.4 * GiB, 0.6 * GiB, ClaimUnit.Bytes, percent: -75, line: 442),
        Fact(7, "uber", ClaimMetric.StartupTime, ClaimStatistic.Unspecified, 42_000, 300, ClaimUnit.Milliseconds, percent: -99, line: 443),
    ];

    private static ClaimFact Fact(
        long id, string? subject, ClaimMetric metric, ClaimStatistic statistic, double? baseline, double? result, ClaimUnit unit,
        double? percent = null, double? multiplier = null, int line = 1, string file = Web3, ClaimBound bound = ClaimBound.Exact) =>
        new(id, subject, subject is null ? null : char.ToUpperInvariant(subject[0]) + subject[1..], subject is null ? null : SubjectKind.Company,
            null, metric, statistic, baseline, result, unit, percent, multiplier, bound, file, line, line, $"line {line}");

    private static Scenario Single(IReadOnlyList<ClaimFact> facts, ReplayOptions? options = null)
    {
        var report = ScenarioReplayer.Replay(facts, options ?? Options);
        return Assert.Single(report.Scenarios);
    }

    [Fact]
    public void Uber_is_calibrated_to_its_claimed_p99_on_both_sides_and_implies_a_speedup()
    {
        var scenario = Single(UberFacts());

        Assert.Equal(ScenarioVerdict.ModelConsistent, scenario.Verdict);
        Assert.Equal("uber", scenario.SubjectSlug);
        Assert.Equal("438–443", scenario.Lines);
        Assert.InRange(scenario.Before!.P99Ms, 120 * 0.995, 120 * 1.005);
        Assert.InRange(scenario.After!.P99Ms, 18 * 0.995, 18 * 1.005);

        // Same traffic on 38 % of the instances: the before fleet is sized for the assumed ρ 0.5.
        Assert.Equal(scenario.Before.ArrivalRatePerSecond, scenario.After.ArrivalRatePerSecond);
        Assert.InRange(scenario.Before.ArrivalRatePerSecond, 14_583, 14_584);
        Assert.InRange(scenario.Before.OfferedLoad, 0.45, 0.55);
        Assert.Equal(Math.Round(scenario.Before.Instances * 0.38), scenario.After.Instances);
        Assert.True(scenario.After.OfferedLoad < 0.3, $"after ρ {scenario.After.OfferedLoad}");

        Assert.InRange(scenario.Implied.PerRequestSpeedup!.Value, 5.5, 8);
        Assert.InRange(scenario.Implied.LatencyChangePercent!.Value, -86, -84);
        Assert.InRange(scenario.Implied.BeforeHeadroom!.LoadFactorAtUtilization90, 1.6, 2.0);
        Assert.True(scenario.Implied.AfterHeadroom!.LoadFactorAtUtilization90 > scenario.Implied.BeforeHeadroom.LoadFactorAtUtilization90);

        Assert.All(scenario.Comparisons, c => Assert.Equal("calibrated", c.Relation));
        Assert.Contains(scenario.Reasons, r => r.Contains("agree by construction", StringComparison.Ordinal));
        Assert.Contains(scenario.Reasons, r => r.Contains("-85 % for p99 latency agrees", StringComparison.Ordinal));
        Assert.Contains(scenario.Reasons, r => r.StartsWith("Not modelled", StringComparison.Ordinal) && r.Contains("memory", StringComparison.Ordinal) && r.Contains("startup time", StringComparison.Ordinal));
        Assert.Contains(scenario.Reasons, r => r.StartsWith("Implied: each request is handled", StringComparison.Ordinal));
    }

    [Fact]
    public void Uber_inputs_are_labelled_with_their_claims_and_assumptions()
    {
        var scenario = Single(UberFacts());

        ScenarioInput Input(string name, Variant variant) => Assert.Single(scenario.Inputs, i => i.Name == name && i.Variant == variant);

        var rateAfter = Input("arrivalRatePerSecond", Variant.After);
        Assert.Equal(InputLabel.Derived, rateAfter.Label);
        Assert.Equal([3L], rateAfter.ClaimIds);
        Assert.Contains("peak factor 3", rateAfter.Basis, StringComparison.Ordinal);
        Assert.Equal(InputLabel.Assumed, Input("arrivalRatePerSecond", Variant.Before).Label);
        Assert.Equal(InputLabel.Assumed, Input("utilization", Variant.Before).Label);
        Assert.Equal(InputLabel.Derived, Input("instances", Variant.Before).Label);

        var instancesAfter = Input("instances", Variant.After);
        Assert.Equal(InputLabel.Derived, instancesAfter.Label);
        Assert.Equal([2L], instancesAfter.ClaimIds);

        var target = Input("targetP99Ms", Variant.Before);
        Assert.Equal(InputLabel.Claimed, target.Label);
        Assert.Equal(120, target.Value);
        Assert.Equal([1L, 5L], target.ClaimIds);

        Assert.Equal(InputLabel.Derived, Input("serviceTimeMs", Variant.After).Label);
        Assert.Equal(InputLabel.Assumed, Input("workersPerInstance", Variant.Both).Label);
        Assert.Equal(InputLabel.Assumed, Input("coefficientOfVariation", Variant.Before).Label);
        Assert.All(scenario.Inputs, i => Assert.False(string.IsNullOrWhiteSpace(i.Basis)));
    }

    [Fact]
    public void Nothing_in_a_scenario_claims_to_reproduce_a_figure()
    {
        var text = JsonSerializer.Serialize(ScenarioReplayer.Replay(UberFacts(), Options).Scenarios, Json);

        Assert.DoesNotContain("reproduc", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Same_seed_twice_gives_byte_identical_scenarios_and_another_seed_does_not()
    {
        var facts = UberFacts();
        var first = JsonSerializer.Serialize(ScenarioReplayer.Replay(facts, Options).Scenarios, Json);
        var second = JsonSerializer.Serialize(ScenarioReplayer.Replay(facts, Options).Scenarios, Json);
        var other = JsonSerializer.Serialize(ScenarioReplayer.Replay(facts, Options with { Seed = 43 }).Scenarios, Json);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_stated_percentage_that_contradicts_the_figures_makes_the_scenario_inconsistent()
    {
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "acme", ClaimMetric.Latency, ClaimStatistic.P99, 120, 18, ClaimUnit.Milliseconds, percent: -60, line: 10),
            Fact(2, "acme", ClaimMetric.Throughput, ClaimStatistic.Unspecified, null, 5_000, ClaimUnit.PerSecond, line: 10),
        ];

        var scenario = Single(facts);

        Assert.Equal(ScenarioVerdict.Inconsistent, scenario.Verdict);
        Assert.StartsWith("The stated percentage contradicts the figures: -60 % for p99 latency, but 120 ms → 18 ms is -85 %", scenario.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Five_times_the_traffic_on_fewer_instances_at_an_unchanged_service_time_saturates()
    {
        // Only the before latency is known; nothing says requests got faster, so the after side keeps the
        // calibrated service time and cannot carry five times the traffic on 40 % of the instances.
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "acme", ClaimMetric.Latency, ClaimStatistic.P99, 50, null, ClaimUnit.Milliseconds, line: 20),
            Fact(2, "acme", ClaimMetric.Throughput, ClaimStatistic.Unspecified, 1_000, 5_000, ClaimUnit.PerSecond, line: 20),
            Fact(3, "acme", ClaimMetric.Instances, ClaimStatistic.Unspecified, 10, 4, ClaimUnit.Count, line: 21),
        ];

        var scenario = Single(facts);

        Assert.Equal(ScenarioVerdict.Inconsistent, scenario.Verdict);
        Assert.Contains(scenario.Reasons, r => r.StartsWith("ρ ≥ 1 after", StringComparison.Ordinal) && r.Contains("at least", StringComparison.Ordinal));
        Assert.True(scenario.After!.Saturated);
        Assert.False(scenario.Before!.Saturated);
        Assert.InRange(scenario.Before.P99Ms, 49.7, 50.3);
        Assert.Equal(InputLabel.Assumed, Assert.Single(scenario.Inputs, i => i.Name == "serviceTimeMs" && i.Variant == Variant.After).Label);
        Assert.Null(scenario.Implied.AfterHeadroom!.LoadFactorAtP99Double);
    }

    [Fact]
    public void Throughput_times_latency_beyond_what_the_stated_instances_hold_is_inconsistent()
    {
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "acme", ClaimMetric.Latency, ClaimStatistic.Mean, 120, 100, ClaimUnit.Milliseconds, line: 30),
            Fact(2, "acme", ClaimMetric.Throughput, ClaimStatistic.Peak, null, 2_000_000, ClaimUnit.PerSecond, line: 30),
            Fact(3, "acme", ClaimMetric.Instances, ClaimStatistic.Unspecified, 20, 10, ClaimUnit.Count, line: 30),
        ];

        var scenario = Single(facts, Options with { Requests = 50_000 });

        Assert.Equal(ScenarioVerdict.Inconsistent, scenario.Verdict);
        Assert.Contains(scenario.Reasons, r => r.StartsWith("Throughput × latency is impossible for the stated instances after: 2,000,000/s × 100 ms mean is 200,000 requests in flight", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lone_throughput_multiplier_is_insufficient_data_and_says_what_is_missing()
    {
        var scenario = Single([Fact(1, "uber", ClaimMetric.Throughput, ClaimStatistic.Unspecified, null, null, ClaimUnit.Percent, multiplier: 5, line: 12)]);

        Assert.Equal(ScenarioVerdict.InsufficientData, scenario.Verdict);
        Assert.Null(scenario.Before);
        Assert.Null(scenario.After);
        Assert.Contains(scenario.Reasons, r => r.StartsWith("No latency figure", StringComparison.Ordinal));
        Assert.Contains(scenario.Reasons, r => r.StartsWith("No absolute throughput or daily volume: only a relative change (5×)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_latency_change_without_figures_is_insufficient_data()
    {
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "uber", ClaimMetric.Throughput, ClaimStatistic.Unspecified, null, null, ClaimUnit.Percent, multiplier: 5, line: 12),
            Fact(2, "uber", ClaimMetric.Latency, ClaimStatistic.Unspecified, null, null, ClaimUnit.Percent, percent: -40, line: 12),
        ];

        var scenario = Single(facts);

        Assert.Equal(ScenarioVerdict.InsufficientData, scenario.Verdict);
        Assert.StartsWith("No absolute latency figure: only a relative change (-40 %)", scenario.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void One_operating_point_is_replayed_alone_and_called_insufficient()
    {
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "tencent", ClaimMetric.Volume, ClaimStatistic.Unspecified, null, 2.4e8, ClaimUnit.PerDay, line: 486, file: "002.txt"),
            Fact(2, "tencent", ClaimMetric.Latency, ClaimStatistic.P99, null, 42, ClaimUnit.Milliseconds, line: 486, file: "002.txt", bound: ClaimBound.AtMost),
        ];

        var scenario = Single(facts);

        Assert.Equal(ScenarioVerdict.InsufficientData, scenario.Verdict);
        Assert.Null(scenario.Before);
        Assert.InRange(scenario.After!.P99Ms, 41.7, 42.3);
        Assert.Contains(scenario.Reasons, r => r.StartsWith("One operating point only", StringComparison.Ordinal));
        Assert.Contains("upper bound", Assert.Single(scenario.Inputs, i => i.Name == "targetP99Ms").Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void Mean_and_p99_together_fit_the_spread_and_the_mean_is_then_predicted_closely()
    {
        // CITIC Securities' table: mean 85 → 23 μs, p99 210 → 67 μs.
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "citic-securities", ClaimMetric.Latency, ClaimStatistic.Mean, 0.085, 0.023, ClaimUnit.Milliseconds, line: 259),
            Fact(2, "citic-securities", ClaimMetric.Latency, ClaimStatistic.P99, 0.21, 0.067, ClaimUnit.Milliseconds, line: 260),
            Fact(3, "citic-securities", ClaimMetric.Cpu, ClaimStatistic.Unspecified, 68, 41, ClaimUnit.Percent, line: 261),
        ];

        var scenario = Single(facts);

        Assert.Equal(ScenarioVerdict.ModelConsistent, scenario.Verdict);
        var cv = Assert.Single(scenario.Inputs, i => i.Name == "coefficientOfVariation" && i.Variant == Variant.Before);
        Assert.Equal(InputLabel.Derived, cv.Label);
        Assert.True(cv.Value < 1, $"CV {cv.Value}");
        var means = scenario.Comparisons.Where(c => c.Relation == "predicted").ToList();
        Assert.Equal(2, means.Count);
        Assert.All(means, m => Assert.InRange(m.Simulated, m.Claimed * 0.85, m.Claimed * 1.15));
        Assert.InRange(scenario.Implied.PerRequestSpeedup!.Value, 3, 4.5);
    }

    [Fact]
    public void A_p99_below_the_mean_is_inconsistent()
    {
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "acme", ClaimMetric.Latency, ClaimStatistic.Mean, 30, 20, ClaimUnit.Milliseconds, line: 5),
            Fact(2, "acme", ClaimMetric.Latency, ClaimStatistic.P99, 25, 40, ClaimUnit.Milliseconds, line: 6),
        ];

        var scenario = Single(facts);

        Assert.Equal(ScenarioVerdict.Inconsistent, scenario.Verdict);
        Assert.Contains(scenario.Reasons, r => r.StartsWith("The p99 latency before (25 ms) is not above the mean (30 ms)", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_operating_points_are_not_taken_for_a_before_and_an_after()
    {
        // Kuaishou's load table: two concurrency levels of the same system.
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "kuaishou", ClaimMetric.Latency, ClaimStatistic.P99, null, 12.3, ClaimUnit.Milliseconds, line: 152),
            Fact(2, "kuaishou", ClaimMetric.Latency, ClaimStatistic.P99, null, 41.7, ClaimUnit.Milliseconds, line: 153),
        ];

        var scenario = Single(facts);

        Assert.Equal(ScenarioVerdict.InsufficientData, scenario.Verdict);
        Assert.StartsWith("The passage gives several operating points", scenario.Reasons[0], StringComparison.Ordinal);
        Assert.DoesNotContain(scenario.Reasons, r => r.StartsWith("No latency figure", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unqualified_latency_ceiling_is_read_as_p99()
    {
        // PayPal: "风控路径耗时严格控制在 80ms 内" with 1,200+ payments per second.
        IReadOnlyList<ClaimFact> facts =
        [
            Fact(1, "paypal", ClaimMetric.Throughput, ClaimStatistic.Unspecified, null, 1_200, ClaimUnit.PerSecond, line: 447, bound: ClaimBound.AtLeast),
            Fact(2, "paypal", ClaimMetric.Latency, ClaimStatistic.Unspecified, null, 80, ClaimUnit.Milliseconds, line: 447, bound: ClaimBound.AtMost),
        ];

        var scenario = Single(facts);

        var target = Assert.Single(scenario.Inputs, i => i.Name == "targetP99Ms");
        Assert.Contains("upper bound read as p99", target.Basis, StringComparison.Ordinal);
        Assert.InRange(scenario.After!.P99Ms, 79.6, 80.4);
    }

    [Fact]
    public void Claims_group_by_subject_source_and_passage()
    {
        var facts = UberFacts().Concat(
        [
            Fact(8, "uber", ClaimMetric.Latency, ClaimStatistic.P99, 50, 10, ClaimUnit.Milliseconds, line: 470),
            Fact(9, "paypal", ClaimMetric.Latency, ClaimStatistic.Unspecified, null, 80, ClaimUnit.Milliseconds, line: 447),
            Fact(10, "uber", ClaimMetric.Latency, ClaimStatistic.P99, 120, 18, ClaimUnit.Milliseconds, line: 438, file: "other.txt"),
        ]).ToList();

        var groups = ScenarioBuilder.Group(facts);

        Assert.Equal(4, groups.Count);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], groups[0].Select(f => f.Id).Order());
        Assert.Equal("uber@003_1a5a6f47d61ed29a.txt:438", ScenarioBuilder.KeyOf(groups[0]));
        Assert.Equal([9L], groups[1].Select(f => f.Id));
        Assert.Equal([8L], groups[2].Select(f => f.Id));
        Assert.Equal("other.txt", groups[3][0].SourceFile);
    }

    [Fact]
    public void A_what_if_load_factor_saturates_the_before_variant_without_changing_the_verdict()
    {
        var scenario = Single(UberFacts(), Options with { LoadFactor = 2.5 });

        Assert.Equal(ScenarioVerdict.ModelConsistent, scenario.Verdict);
        Assert.True(scenario.Before!.Saturated);
        Assert.False(scenario.After!.Saturated);
        Assert.Contains(scenario.Reasons, r => r.StartsWith("What-if (2.5× the claimed traffic", StringComparison.Ordinal) && r.Contains("saturates", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void Fitting_the_spread_inverts_the_lognormal_quantile_ratio(double cv)
    {
        var ratio = Calibrator.QuantileOverMean(Target.P99, cv);

        Assert.Equal(cv, Calibrator.FitCoefficientOfVariation(Calibrator.Z(Target.P99), ratio)!.Value, 9);
    }

    [Fact]
    public void Lognormal_p99_over_mean_at_cv_1_is_the_closed_form()
    {
        // σ² = ln 2; p99/mean = e^(2.3263σ − σ²/2).
        var sigma = Math.Sqrt(Math.Log(2));
        Assert.Equal(Math.Exp(2.3263478740408408 * sigma - sigma * sigma / 2), Calibrator.QuantileOverMean(Target.P99, 1.0), 12);
    }

    [Fact]
    public void At_light_load_the_calibrated_service_time_is_the_closed_form_one()
    {
        // 400 servers at 2 % load: nobody waits, so p99 latency is the service-time p99, mean × the quantile ratio.
        var engine = new ScenarioEngine(5);
        var (service, result) = Calibrator.AtRate(engine, 100, 400, Target.P99, 50, 1.0, 200_000);

        Assert.InRange(result.P99Ms, 50 * 0.995, 50 * 1.005);
        Assert.InRange(service, 50 / Calibrator.QuantileOverMean(Target.P99, 1.0) * 0.97, 50 / Calibrator.QuantileOverMean(Target.P99, 1.0) * 1.03);
    }

    [Fact]
    public void At_a_fixed_utilization_the_model_scales_exactly_with_the_service_time()
    {
        var engine = new ScenarioEngine(9);
        var (service, rate, result) = Calibrator.AtUtilization(engine, 0.7, 16, Target.P99, 37.5, 1.0, 50_000);

        Assert.Equal(37.5, result.P99Ms, 9);
        Assert.Equal(0.7, rate * service / 1000 / 16, 12);
        Assert.Equal(2, engine.Runs);
    }
}
