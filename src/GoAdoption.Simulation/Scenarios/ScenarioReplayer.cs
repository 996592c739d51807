using System.Diagnostics;
using GoAdoption.Domain.Claims;

namespace GoAdoption.Simulation.Scenarios;

/// <summary>
/// Turns grouped claims into before/after queueing models, calibrates each to its claimed latency, replays both on
/// common random numbers, derives what the claims imply and gives a verdict with reasons. Deterministic for given
/// claims, options and assumptions; only <see cref="EngineStats.ElapsedMs"/> varies between runs.
/// </summary>
public static class ScenarioReplayer
{
    /// <summary>Above this calibrated utilization the claimed latency is mostly waiting in line, worth telling the reader.</summary>
    private const double QueueingDominated = 0.95;

    /// <summary>A predicted statistic further than this from its claimed value is reported.</summary>
    private const double PredictionTolerance = 0.25;

    /// <summary>Groups the claims into scenarios and replays each, in the order of <see cref="ScenarioBuilder.Group"/>.</summary>
    public static ReplayReport Replay(IEnumerable<ClaimFact> facts, ReplayOptions options, ScenarioAssumptions? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(options);
        assumptions ??= ScenarioAssumptions.Default;
        Validate(options);
        var stopwatch = Stopwatch.StartNew();
        var groups = ScenarioBuilder.Group(facts, assumptions);
        var scenarios = new Scenario[groups.Count];
        var engines = new ScenarioEngine[groups.Count];

        // Scenarios share nothing and each has its own engine and stream, so running them side by side changes
        // only the elapsed time, never a result.
        Parallel.For(0, groups.Count, i =>
        {
            engines[i] = new ScenarioEngine(options.Seed, options.Budget, options.CancellationToken);
            scenarios[i] = ReplayGroup(groups[i], options, assumptions, engines[i]);
        });

        return new ReplayReport(scenarios, new EngineStats(engines.Sum(e => e.Runs), engines.Sum(e => e.Events), stopwatch.Elapsed.TotalMilliseconds));
    }

    /// <summary>Replays one group as returned by <see cref="ScenarioBuilder.Group"/>.</summary>
    public static (Scenario Scenario, EngineStats Engine) ReplayGroup(IReadOnlyList<ClaimFact> group, ReplayOptions options, ScenarioAssumptions? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(options);
        if (group.Count == 0)
        {
            throw new ArgumentException("A scenario needs at least one claim.", nameof(group));
        }

        Validate(options);
        var stopwatch = Stopwatch.StartNew();
        var engine = new ScenarioEngine(options.Seed, options.Budget, options.CancellationToken);
        var scenario = ReplayGroup(group, options, assumptions ?? ScenarioAssumptions.Default, engine);
        return (scenario, new EngineStats(engine.Runs, engine.Events, stopwatch.Elapsed.TotalMilliseconds));
    }

    private static void Validate(ReplayOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Requests, 1, nameof(options.Requests));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Requests, ReplayOptions.MaxRequests, nameof(options.Requests));
        if (!(options.LoadFactor >= ReplayOptions.MinLoadFactor && options.LoadFactor <= ReplayOptions.MaxLoadFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LoadFactor,
                $"LoadFactor must be in [{ReplayOptions.MinLoadFactor}, {ReplayOptions.MaxLoadFactor}].");
        }

        if (options.Servers is { } servers)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1, nameof(options.Servers));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(servers, QueueSimulator.MaxServers, nameof(options.Servers));
        }
    }

    private static Scenario ReplayGroup(IReadOnlyList<ClaimFact> group, ReplayOptions options, ScenarioAssumptions assumptions, ScenarioEngine engine)
    {
        var plan = ScenarioBuilder.Plan(group, assumptions);
        var run = new ReplayRun(plan, options, assumptions, engine);
        run.Execute();
        var first = group[0];
        var verdict = plan.Inconsistencies.Count > 0 || run.Inconsistencies.Count > 0 ? ScenarioVerdict.Inconsistent
            : plan.Missing.Count > 0 ? ScenarioVerdict.InsufficientData
            : ScenarioVerdict.ModelConsistent;
        var reasons = new List<string>();
        reasons.AddRange(plan.Inconsistencies);
        reasons.AddRange(run.Inconsistencies);
        reasons.AddRange(plan.Missing);
        reasons.AddRange(run.Findings);
        reasons.AddRange(plan.Observations);
        reasons.AddRange(run.WhatIf);
        return new Scenario
        {
            Key = plan.Key,
            Subject = first.SubjectName ?? first.SubjectSlug ?? "Unattributed (" + first.SourceFile + ")",
            SubjectSlug = first.SubjectSlug,
            SubjectKind = first.SubjectKind,
            System = group.Select(f => f.System).FirstOrDefault(s => s is not null),
            SourceFile = first.SourceFile,
            Lines = Wording.Lines(group.Min(f => f.LineStart), group.Max(f => f.LineEnd)),
            Inputs = run.Inputs,
            Before = run.BeforeStats,
            After = run.AfterStats,
            Claimed = plan.Claimed,
            Comparisons = run.Comparisons,
            Implied = run.Implied,
            Verdict = verdict,
            Reasons = reasons,
        };
    }

    /// <summary>The latency a side is calibrated to, with the service-time spread that goes with it.</summary>
    private sealed record Calibration(Target Target, double ClaimedMs, double Cv, Figure Source, string TargetBasis, InputLabel TargetLabel, Figure? Mean);

    /// <summary>A resolved variant: its model parameters and the run at the claimed load.</summary>
    private sealed record Resolved(Variant Variant, double Rate, int Instances, int Servers, double ServiceMs, double Cv, SimulationResult AtClaim, bool Calibrated);

    /// <summary>One replay of one plan: resolves inputs side by side, runs, compares and collects findings.</summary>
    private sealed class ReplayRun(ScenarioPlan plan, ReplayOptions options, ScenarioAssumptions assumptions, ScenarioEngine engine)
    {
        public List<ScenarioInput> Inputs { get; } = [];

        public List<Comparison> Comparisons { get; } = [];

        public List<string> Inconsistencies { get; } = [];

        public List<string> Findings { get; } = [];

        public List<string> WhatIf { get; } = [];

        public VariantStats? BeforeStats { get; private set; }

        public VariantStats? AfterStats { get; private set; }

        public ImpliedFigures Implied { get; private set; } = new();

        public void Execute()
        {
            var twoSided = plan.TwoSided;
            var before = twoSided ? CalibrationFor(plan.Before, Variant.Before) : null;
            var after = CalibrationFor(plan.After, Variant.After);
            if (twoSided && plan.LatencyRatio is { } ratio)
            {
                // A stated relative change supplies the side that has no absolute figure.
                if (before is null && after is not null)
                {
                    before = Scaled(after, 1.0 / ratio.Value, ratio, Variant.Before);
                }
                else if (after is null && before is not null)
                {
                    after = Scaled(before, ratio.Value, ratio, Variant.After);
                }
            }

            if (before is null && after is null)
            {
                return;
            }

            AddInput("workersPerInstance", Variant.Both, assumptions.WorkersPerInstance, "count", InputLabel.Assumed,
                $"requests one instance serves at once (assumed {assumptions.WorkersPerInstance}: cores or worker slots); servers = instances × workers", []);

            // Resolve the side with a latency figure first; the other follows from it and the stated changes.
            var firstVariant = before is not null ? Variant.Before : Variant.After;
            var first = ResolveFirst(firstVariant == Variant.Before ? plan.Before : plan.After, firstVariant, (firstVariant == Variant.Before ? before : after)!);
            Resolved? second = null;
            if (twoSided)
            {
                var secondVariant = firstVariant == Variant.Before ? Variant.After : Variant.Before;
                second = ResolveSecond(secondVariant == Variant.Before ? plan.Before : plan.After, secondVariant, secondVariant == Variant.Before ? before : after, first);
            }

            var resolvedBefore = firstVariant == Variant.Before ? first : second;
            var resolvedAfter = firstVariant == Variant.After ? first : second;
            Judge(resolvedBefore, resolvedAfter, before, after);
        }

        private Calibration? CalibrationFor(SideSpec side, Variant variant)
        {
            if (side.Latency.Count == 0)
            {
                return null;
            }

            var latency = side.Latency;
            latency.TryGetValue(ClaimStatistic.Mean, out var mean);

            // The tail is what the sources quote and what queueing moves; calibrate to the most extreme percentile
            // the simulator reports, convert the others under the lognormal.
            (Target Target, Figure Figure, ClaimStatistic Statistic)? direct =
                latency.TryGetValue(ClaimStatistic.P99, out var p99) ? (Target.P99, p99, ClaimStatistic.P99)
                : latency.TryGetValue(ClaimStatistic.P95, out var p95) ? (Target.P95, p95, ClaimStatistic.P95)
                : null;
            var cv = assumptions.CoefficientOfVariation;
            var cvBasis = $"lognormal service times with CV {Wording.Num(cv)} (assumed: right-skewed like real request handlers; one statistic cannot fix the spread)";
            var cvLabel = InputLabel.Assumed;
            if (direct is { } d && mean is not null)
            {
                var fitted = Calibrator.FitCoefficientOfVariation(Calibrator.Z(d.Target), d.Figure.Value / mean.Value);
                if (fitted is { } f)
                {
                    cv = f;
                    cvLabel = InputLabel.Derived;
                    cvBasis = $"lognormal CV fitted so that the claimed {Wording.Statistic(d.Statistic)} ({Wording.WithUnit(d.Figure.Value, ClaimUnit.Milliseconds)}) over the claimed mean ({Wording.WithUnit(mean.Value, ClaimUnit.Milliseconds)}) holds for the service time at light load";
                }
                else if (d.Figure.Value <= mean.Value)
                {
                    Inconsistencies.Add($"The {Wording.Statistic(d.Statistic)} latency {Wording.Side(variant)} ({Wording.WithUnit(d.Figure.Value, ClaimUnit.Milliseconds)}) is not above the mean ({Wording.WithUnit(mean.Value, ClaimUnit.Milliseconds)}): no right-skewed latency distribution has that shape.");
                }
                else
                {
                    cv = CvForLargestRatio(Calibrator.Z(d.Target));
                    cvLabel = InputLabel.Derived;
                    cvBasis = $"the claimed {Wording.Statistic(d.Statistic)} is more than any lognormal service time puts above the claimed mean; CV set to {Wording.Num(cv)}, the widest that comes closest, and queueing has to supply the rest";
                }
            }

            AddInput("coefficientOfVariation", variant, cv, "ratio", cvLabel, cvBasis, cvLabel == InputLabel.Derived ? IdsOf(latency.Values) : []);
            if (direct is { } chosen)
            {
                return new Calibration(chosen.Target, chosen.Figure.Value, cv, chosen.Figure, chosen.Figure.Basis, chosen.Figure.Label, chosen.Target == Target.Mean ? null : mean);
            }

            // p90, p99.9 and a stated maximum are not among the simulator's statistics: carry them to p99 under the
            // lognormal (a stated maximum read as p99.9, since the maximum of a finite run is no stable statistic).
            foreach (var (statistic, z) in new[] { (ClaimStatistic.P999, 3.090232306167813), (ClaimStatistic.Max, 3.090232306167813), (ClaimStatistic.P90, 1.2815515655446004) })
            {
                if (latency.TryGetValue(statistic, out var figure))
                {
                    var p99Ms = figure.Value * Calibrator.QuantileOverMean(Target.P99, cv) / Calibrator.QuantileOverMean(z, false, cv);
                    var readAs = statistic == ClaimStatistic.Max ? " (a stated maximum read as p99.9, assumed)" : string.Empty;
                    return new Calibration(Target.P99, p99Ms, cv, figure,
                        $"{figure.Basis}: {Wording.Statistic(statistic)} {Wording.WithUnit(figure.Value, ClaimUnit.Milliseconds)}{readAs} carried to p99 under the lognormal",
                        InputLabel.Derived, mean);
                }
            }

            if (latency.TryGetValue(ClaimStatistic.P50, out var p50))
            {
                return new Calibration(Target.P50, p50.Value, cv, p50, p50.Basis, p50.Label, mean);
            }

            return new Calibration(Target.Mean, mean!.Value, cv, mean, mean.Basis, mean.Label, null);
        }

        private static double CvForLargestRatio(double z) => Math.Sqrt(DeterministicMath.Exp(z * z) - 1.0);

        private Calibration Scaled(Calibration source, double factor, Figure ratio, Variant variant)
        {
            AddInput("coefficientOfVariation", variant, source.Cv, "ratio", InputLabel.Assumed, "same service-time spread as the other variant (assumed)", []);
            return source with
            {
                ClaimedMs = source.ClaimedMs * factor,
                TargetLabel = InputLabel.Derived,
                TargetBasis = $"the other variant's {Name(source.Target)} {Wording.WithUnit(source.ClaimedMs, ClaimUnit.Milliseconds)} × the {ratio.Basis}",
                Source = ratio,
                Mean = null,
            };
        }

        private Resolved ResolveFirst(SideSpec side, Variant variant, Calibration calibration)
        {
            var other = variant == Variant.Before ? plan.After : plan.Before;
            var rate = side.Rate ?? Carried(other.Rate, plan.RateRatio, variant, "traffic");
            var instances = side.Instances ?? Carried(other.Instances, plan.InstanceRatio, variant, "instance count");
            AddTarget(variant, calibration);
            if (rate is not null)
            {
                AddInput("arrivalRatePerSecond", variant, rate.Value, "per_second", rate.Label, rate.Basis, rate.ClaimIds);
                int count;
                if (instances is not null)
                {
                    count = RoundInstances(instances.Value);
                    AddInput("instances", variant, count, "count", instances.Label, instances.Basis, instances.ClaimIds);
                }
                else
                {
                    // Size the system so the claimed traffic loads it to the assumed utilization at the service time
                    // the latency figure suggests; calibration then fixes the service time on that many servers.
                    var guess = calibration.ClaimedMs / Calibrator.QuantileOverMean(calibration.Target, calibration.Cv);
                    var servers = rate.Value * guess / 1000.0 / assumptions.Utilization;
                    count = RoundInstances(Math.Ceiling(servers / assumptions.WorkersPerInstance));
                    AddInput("utilization", variant, assumptions.Utilization, "ratio", InputLabel.Assumed,
                        $"no instance count stated: the system is sized so the claimed traffic keeps its servers about {Wording.Num(assumptions.Utilization * 100)} % busy (assumed headroom)", []);
                    AddInput("instances", variant, count, "count", InputLabel.Derived,
                        $"{Wording.Num(rate.Value)}/s × {Wording.WithUnit(guess, ClaimUnit.Milliseconds)} estimated service ÷ {Wording.Num(assumptions.Utilization)} utilization ÷ {assumptions.WorkersPerInstance} workers, rounded up", []);
                }

                var serverCount = Servers(count);
                AddServers(variant, count, serverCount);
                var (service, result) = Calibrator.AtRate(engine, rate.Value, serverCount, calibration.Target, calibration.ClaimedMs, calibration.Cv, options.Requests);
                AddService(variant, service, calibration);
                return new Resolved(variant, rate.Value, count, serverCount, service, calibration.Cv, result, true);
            }
            else
            {
                int count;
                if (instances is not null)
                {
                    count = RoundInstances(instances.Value);
                    AddInput("instances", variant, count, "count", instances.Label, instances.Basis, instances.ClaimIds);
                }
                else
                {
                    count = assumptions.Instances;
                    AddInput("instances", variant, count, "count", InputLabel.Assumed,
                        $"no instance count or traffic figure: {count} instances assumed; only ratios between the variants carry meaning", []);
                }

                var serverCount = Servers(count);
                AddServers(variant, count, serverCount);
                AddInput("utilization", variant, assumptions.Utilization, "ratio", InputLabel.Assumed,
                    $"no traffic figure: servers assumed {Wording.Num(assumptions.Utilization * 100)} % busy at the claimed load", []);
                var (service, arrival, result) = Calibrator.AtUtilization(engine, assumptions.Utilization, serverCount, calibration.Target, calibration.ClaimedMs, calibration.Cv, options.Requests);
                AddInput("arrivalRatePerSecond", variant, arrival, "per_second", InputLabel.Derived,
                    $"the rate that keeps {serverCount} servers {Wording.Num(assumptions.Utilization * 100)} % busy at the calibrated service time", []);
                AddService(variant, service, calibration);
                return new Resolved(variant, arrival, count, serverCount, service, calibration.Cv, result, true);
            }
        }

        private Resolved ResolveSecond(SideSpec side, Variant variant, Calibration? calibration, Resolved first)
        {
            var toward = variant == Variant.After;
            Figure rate = side.Rate ?? FromResolved(first.Rate, plan.RateRatio, toward, "traffic", "unchanged by the migration: the same requests are served either way");
            Figure instances = side.Instances ?? FromResolved(first.Instances, plan.InstanceRatio, toward, "instance count", "unchanged: no change in instances is stated");
            var count = RoundInstances(instances.Value);
            AddInput("arrivalRatePerSecond", variant, rate.Value, "per_second", rate.Label, rate.Basis, rate.ClaimIds);
            AddInput("instances", variant, count, "count", instances.Label, instances.Basis, instances.ClaimIds);
            var servers = Servers(count);
            AddServers(variant, count, servers);
            if (calibration is not null)
            {
                AddTarget(variant, calibration);
                var (service, result) = Calibrator.AtRate(engine, rate.Value, servers, calibration.Target, calibration.ClaimedMs, calibration.Cv, options.Requests);
                AddService(variant, service, calibration);
                return new Resolved(variant, rate.Value, count, servers, service, calibration.Cv, result, true);
            }

            AddInput("coefficientOfVariation", variant, first.Cv, "ratio", InputLabel.Assumed, "same service-time spread as the other variant (assumed)", []);
            AddInput("serviceTimeMs", variant, first.ServiceMs, "ms", InputLabel.Assumed,
                $"no latency figure {Wording.Side(variant)}: the other variant's calibrated service time, i.e. requests assumed no faster or slower", []);
            var fixedResult = engine.Run(rate.Value, servers, first.ServiceMs, first.Cv, options.Requests);
            return new Resolved(variant, rate.Value, count, servers, first.ServiceMs, first.Cv, fixedResult, false);
        }

        /// <summary>The other side's claimed figure carried over by a stated ratio, or unchanged (assumed).</summary>
        private static Figure? Carried(Figure? other, Figure? ratio, Variant variant, string what)
        {
            if (other is null)
            {
                return null;
            }

            if (ratio is not null)
            {
                var factor = variant == Variant.After ? ratio.Value : 1.0 / ratio.Value;
                return new Figure(other.Value * factor, InputLabel.Derived, $"the other variant's {what} ({Wording.Num(other.Value)}) × the {ratio.Basis}", [.. other.ClaimIds, .. ratio.ClaimIds], true, other.Lines);
            }

            return new Figure(other.Value, InputLabel.Assumed, $"the other variant's {what} ({Wording.Num(other.Value)}, see its input), assumed unchanged by the migration", other.ClaimIds, true, other.Lines);
        }

        private static Figure FromResolved(double value, Figure? ratio, bool toward, string what, string unchanged)
        {
            if (ratio is not null)
            {
                var factor = toward ? ratio.Value : 1.0 / ratio.Value;
                return new Figure(value * factor, InputLabel.Derived, $"the other variant's {what} ({Wording.Num(value)}) × the {ratio.Basis}", ratio.ClaimIds, true, ratio.Lines);
            }

            return new Figure(value, InputLabel.Assumed, $"{what} {Wording.Num(value)}, {unchanged} (assumed)", [], true, string.Empty);
        }

        private void Judge(Resolved? before, Resolved? after, Calibration? beforeCalibration, Calibration? afterCalibration)
        {
            var loadFactor = options.LoadFactor;
            var whatIf = loadFactor != 1.0 || options.Servers is not null;
            VariantStats? Report(Resolved? side)
            {
                if (side is null)
                {
                    return null;
                }

                var servers = options.Servers ?? side.Servers;
                var result = whatIf ? engine.Run(side.Rate * loadFactor, servers, side.ServiceMs, side.Cv, options.Requests) : side.AtClaim;
                return Stats(side, side.Rate * loadFactor, servers, result);
            }

            BeforeStats = Report(before);
            AfterStats = Report(after);

            foreach (var (side, calibration) in new[] { (before, beforeCalibration), (after, afterCalibration) })
            {
                if (side is null)
                {
                    continue;
                }

                var name = Wording.Side(side.Variant);
                var rho = side.Rate * side.ServiceMs / 1000.0 / side.Servers;
                if (side.Calibrated && calibration is not null)
                {
                    Comparisons.Add(new Comparison($"{Name(calibration.Target)} latency, {name}", Sig(calibration.ClaimedMs), Sig(Calibrator.Read(side.AtClaim, calibration.Target)), "calibrated"));
                    if (calibration.Mean is { } mean)
                    {
                        var simulated = side.AtClaim.MeanMs;
                        Comparisons.Add(new Comparison($"mean latency, {name}", Sig(mean.Value), Sig(simulated), "predicted"));
                        if (Math.Abs(simulated - mean.Value) > PredictionTolerance * mean.Value)
                        {
                            Findings.Add($"Under the fitted distribution the model's mean latency {name} is {Wording.WithUnit(simulated, ClaimUnit.Milliseconds)} against the claimed {Wording.WithUnit(mean.Value, ClaimUnit.Milliseconds)}: queueing at ρ = {Wording.Num(rho)} widens the spread beyond the service time's.");
                        }
                    }

                    if (rho > QueueingDominated)
                    {
                        Findings.Add($"To match the claimed latency {name} the servers must run at ρ = {Wording.Num(rho)}: most of that latency is waiting in line, so the stated instances are barely enough for the stated traffic.");
                    }
                }

                if (rho >= 1.0)
                {
                    Inconsistencies.Add($"ρ ≥ 1 {name}: {Wording.Num(side.Rate)}/s on {side.Servers} servers at {Wording.WithUnit(side.ServiceMs, ClaimUnit.Milliseconds)} per request is ρ = {Wording.Num(rho)}, an ever-growing queue. "
                                        + $"The claims could hold only if each request became at least {Wording.Factor(rho)} faster, which no claim states.");
                }

                // Little's law on the claimed mean where there is one: the model cannot carry more than its servers,
                // so its own mean would hide exactly the overload this check looks for.
                var instancesClaimed = Inputs.Any(i => i.Name == "instances" && i.Variant == side.Variant && i.Label == InputLabel.Claimed);
                var meanMs = calibration is { Target: Target.Mean } ? calibration.ClaimedMs : calibration?.Mean?.Value ?? side.AtClaim.MeanMs;
                var inFlight = side.Rate * meanMs / 1000.0;
                if (instancesClaimed && inFlight / side.Instances > assumptions.MaxInFlightPerInstance)
                {
                    Inconsistencies.Add($"Throughput × latency is impossible for the stated instances {name}: {Wording.Num(side.Rate)}/s × {Wording.WithUnit(meanMs, ClaimUnit.Milliseconds)} mean is {Wording.Num(inFlight)} requests in flight (Little's law), {Wording.Num(inFlight / side.Instances)} per instance, above the {Wording.Num(assumptions.MaxInFlightPerInstance)} one instance can plausibly hold.");
                }
            }

            var calibrated = new[] { before, after }.Where(s => s is { Calibrated: true }).ToList();
            if (calibrated.Count > 0)
            {
                var targets = new[] { (before, beforeCalibration), (after, afterCalibration) }
                    .Where(t => t.Item1 is { Calibrated: true } && t.Item2 is not null)
                    .Select(t => $"{Wording.WithUnit(t.Item2!.ClaimedMs, ClaimUnit.Milliseconds)} {Wording.Side(t.Item1!.Variant)}")
                    .ToList();
                var target = (beforeCalibration ?? afterCalibration)!.Target;
                Findings.Add($"Service time calibrated so the simulated {Name(target)} matches the claimed {string.Join(" and ", targets)}: these figures agree by construction and are not evidence for the claims.");
            }

            var stable = new[] { before, after }.Where(s => s is not null).Select(s => (s!.Variant, Rho: s.Rate * s.ServiceMs / 1000.0 / s.Servers)).ToList();
            if (stable.All(s => s.Rho < 1.0))
            {
                Findings.Add((stable.Count == 2 ? "Both variants are stable at the claimed load: " : "The variant is stable at the claimed load: ")
                             + string.Join(", ", stable.Select(s => $"ρ = {Wording.Num(s.Rho)} {Wording.Side(s.Variant)}")) + ".");
            }

            ImpliedFigures implied = new();
            if (before is not null && after is not null)
            {
                var speedup = before.ServiceMs / after.ServiceMs;
                var capacity = (after.Servers / after.ServiceMs) / (before.Servers / before.ServiceMs);
                double? latencyChange = null;
                if (beforeCalibration is not null && afterCalibration is not null && beforeCalibration.Target == afterCalibration.Target && before.Calibrated && after.Calibrated)
                {
                    var b = Calibrator.Read(before.AtClaim, beforeCalibration.Target);
                    var a = Calibrator.Read(after.AtClaim, afterCalibration.Target);
                    latencyChange = Sig((a - b) / b * 100.0);
                }

                implied = implied with { PerRequestSpeedup = Sig(speedup), CapacityRatio = Sig(capacity), LatencyChangePercent = latencyChange };
                if (before.Calibrated && after.Calibrated)
                {
                    Findings.Add($"Implied: each request is handled {Wording.Factor(speedup)} faster (mean service time {Wording.WithUnit(before.ServiceMs, ClaimUnit.Milliseconds)} → {Wording.WithUnit(after.ServiceMs, ClaimUnit.Milliseconds)}), "
                                 + $"and the after system can serve {Wording.Factor(capacity)} the traffic of the before system ({before.Servers} → {after.Servers} servers).");
                }
            }

            var beforeHeadroom = Headroom(before);
            var afterHeadroom = Headroom(after);
            Implied = implied with { BeforeHeadroom = beforeHeadroom, AfterHeadroom = afterHeadroom };
            foreach (var (side, headroom) in new[] { (before, beforeHeadroom), (after, afterHeadroom) })
            {
                if (side is not null && headroom is not null)
                {
                    var doubling = headroom.LoadFactorAtP99Double is { } f
                        ? $" and its p99 doubles at {Wording.Factor(f)}"
                        : headroom.LoadFactorAtSaturation is { } saturation
                            ? $"; its p99 does not double before saturation at {Wording.Factor(saturation)} (many servers absorb load until they are nearly all busy)"
                            : string.Empty;
                    Findings.Add($"Headroom {Wording.Side(side.Variant)}: ρ reaches 0.9 at {Wording.Factor(headroom.LoadFactorAtUtilization90)} the claimed traffic{doubling}.");
                }
            }

            if (whatIf)
            {
                foreach (var stats in new[] { (Variant.Before, BeforeStats), (Variant.After, AfterStats) })
                {
                    if (stats.Item2 is not { } s)
                    {
                        continue;
                    }

                    var where = $"What-if ({Wording.Factor(loadFactor)} the claimed traffic on {s.Servers} servers): the {Wording.Side(stats.Item1)} variant runs at ρ = {Wording.Num(s.OfferedLoad)}";
                    WhatIf.Add(s.Saturated
                        ? where + " and saturates: its latencies grow with the length of the run and describe this run only."
                        : where + $", p99 {Wording.WithUnit(s.P99Ms, ClaimUnit.Milliseconds)}.");
                }
            }
        }

        private Headroom? Headroom(Resolved? side)
        {
            if (side is null)
            {
                return null;
            }

            var servers = options.Servers ?? side.Servers;
            var rho = side.Rate * side.ServiceMs / 1000.0 / servers;
            var doubling = Calibrator.LoadFactorAtP99Double(engine, side.Rate, servers, side.ServiceMs, side.Cv, options.Requests);
            return new Headroom(Sig(0.9 / rho), rho < 1.0 ? Sig(1.0 / rho) : null, doubling is { } d ? Sig(d, 3) : null);
        }

        private static VariantStats Stats(Resolved side, double rate, int servers, SimulationResult result) => new()
        {
            ArrivalRatePerSecond = Sig(rate),
            Instances = side.Instances,
            Servers = servers,
            ServiceTimeMs = Sig(side.ServiceMs),
            CoefficientOfVariation = Sig(side.Cv),
            OfferedLoad = Sig(result.OfferedLoad),
            Saturated = result.Saturated,
            Throughput = Sig(result.ThroughputPerSecond),
            Utilization = Sig(result.Utilization),
            MeanMs = Sig(result.MeanMs),
            P50Ms = Sig(result.P50Ms),
            P95Ms = Sig(result.P95Ms),
            P99Ms = Sig(result.P99Ms),
            MaxMs = Sig(result.MaxMs),
            MeanQueueLength = Sig(result.MeanQueueLength),
            Concurrency = Sig(rate * result.MeanMs / 1000.0),
        };

        private void AddTarget(Variant variant, Calibration calibration) =>
            AddInput("target" + (calibration.Target == Target.Mean ? "Mean" : calibration.Target.ToString()) + "Ms", variant, calibration.ClaimedMs, "ms",
                calibration.TargetLabel, calibration.TargetBasis, calibration.Source.ClaimIds);

        private void AddService(Variant variant, double service, Calibration calibration) =>
            AddInput("serviceTimeMs", variant, service, "ms", InputLabel.Derived,
                $"mean service time calibrated (same seed, common random numbers) so that the simulated {Name(calibration.Target)} is {Wording.WithUnit(calibration.ClaimedMs, ClaimUnit.Milliseconds)}",
                calibration.Source.ClaimIds);

        private void AddServers(Variant variant, int instances, int servers) =>
            AddInput("servers", variant, servers, "count", InputLabel.Derived, $"{instances} instances × {assumptions.WorkersPerInstance} workers", []);

        private void AddInput(string name, Variant variant, double value, string unit, InputLabel label, string basis, IEnumerable<long> claimIds) =>
            Inputs.Add(new ScenarioInput(name, variant, Sig(value), unit, label, basis, claimIds.Distinct().Order().ToList()));

        private int Servers(int instances) =>
            (int)Math.Min((long)instances * assumptions.WorkersPerInstance, QueueSimulator.MaxServers);

        private int RoundInstances(double value) =>
            (int)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), 1, QueueSimulator.MaxServers / assumptions.WorkersPerInstance);

        private static IEnumerable<long> IdsOf(IEnumerable<Figure> figures) => figures.SelectMany(f => f.ClaimIds);
    }

    private static string Name(Target target) => target switch
    {
        Target.Mean => "mean",
        Target.P50 => "p50",
        Target.P95 => "p95",
        _ => "p99",
    };

    /// <summary>Rounds to significant digits so reports read cleanly; deterministic because the input is.</summary>
    private static double Sig(double value, int digits = 6)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        var scale = digits - 1 - (int)Math.Floor(Math.Log10(Math.Abs(value)));
        return scale >= 0
            ? Math.Round(value, Math.Min(scale, 15))
            : Math.Round(value / Math.Pow(10, -scale)) * Math.Pow(10, -scale);
    }
}
