using System.Globalization;
using GoAdoption.Domain.Claims;

namespace GoAdoption.Simulation.Scenarios;

/// <summary>A value for the model with its provenance, before it becomes a <see cref="ScenarioInput"/>.</summary>
internal sealed record Figure(double Value, InputLabel Label, string Basis, IReadOnlyList<long> ClaimIds, bool Paired, string Lines);

/// <summary>What the claims say about one side of the migration.</summary>
internal sealed class SideSpec
{
    /// <summary>Latency figures by statistic (unqualified latency already read as the mean).</summary>
    public Dictionary<ClaimStatistic, Figure> Latency { get; } = [];

    /// <summary>Offered load in requests per second at the busiest time.</summary>
    public Figure? Rate { get; set; }

    /// <summary>Whether <see cref="Rate"/> comes from a per-second figure (preferred over a per-day volume).</summary>
    public bool RateIsPerSecond { get; set; }

    public Figure? Instances { get; set; }
}

/// <summary>Everything the builder read from a group of claims; the replayer turns it into runs.</summary>
internal sealed class ScenarioPlan
{
    public required string Key { get; init; }

    public required IReadOnlyList<ClaimFact> Facts { get; init; }

    public SideSpec Before { get; } = new();

    public SideSpec After { get; } = new();

    /// <summary>After ÷ before, from a stated percent or multiplier without absolute figures on both sides.</summary>
    public Figure? RateRatio { get; set; }

    public Figure? InstanceRatio { get; set; }

    public Figure? LatencyRatio { get; set; }

    public List<ClaimedFigure> Claimed { get; } = [];

    public List<string> Inconsistencies { get; } = [];

    public List<string> Missing { get; } = [];

    /// <summary>Checks that passed, in the reader's order.</summary>
    public List<string> Observations { get; } = [];

    public List<string> NotModelled { get; } = [];

    /// <summary>True when the claims describe a change (some before figure or a stated change), not one operating point.</summary>
    public bool TwoSided =>
        Before.Latency.Count > 0 || Before.Rate is not null || Before.Instances is not null
        || RateRatio is not null || InstanceRatio is not null || LatencyRatio is not null;
}

/// <summary>
/// Groups claims into scenarios (one subject's system in one source passage) and reads what each claim contributes:
/// arrival rate from throughput or daily volume, latency targets for calibration, instance counts or ratios, stated
/// changes to fill what is missing, and the checks of stated percentages against the figures.
/// </summary>
public static class ScenarioBuilder
{
    private const double SecondsPerDay = 86_400.0;

    /// <summary>Two figures for the same thing agree when within this relative distance (rounding in the source).</summary>
    private const double SameFigureTolerance = 0.02;

    /// <summary>
    /// Splits claims into scenarios: same subject (or both unattributed), same source, same system where both name
    /// one, and lines no more than <see cref="ScenarioAssumptions.PassageLineGap"/> apart. Deterministic order:
    /// source file, first line, subject.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<ClaimFact>> Group(IEnumerable<ClaimFact> facts, ScenarioAssumptions? assumptions = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var gap = (assumptions ?? ScenarioAssumptions.Default).PassageLineGap;
        var ordered = facts
            .OrderBy(f => f.SubjectSlug ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(f => f.SourceFile, StringComparer.Ordinal)
            .ThenBy(f => f.LineStart)
            .ThenBy(f => f.Id);

        var groups = new List<List<ClaimFact>>();
        List<ClaimFact>? current = null;
        var currentEnd = 0;
        foreach (var fact in ordered)
        {
            var joins = current is not null
                        && string.Equals(current[0].SubjectSlug, fact.SubjectSlug, StringComparison.Ordinal)
                        && string.Equals(current[0].SourceFile, fact.SourceFile, StringComparison.Ordinal)
                        && fact.LineStart - currentEnd <= gap
                        && SameSystem(current, fact);
            if (!joins)
            {
                current = [];
                groups.Add(current);
                currentEnd = 0;
            }

            current!.Add(fact);
            currentEnd = Math.Max(currentEnd, fact.LineEnd);
        }

        return groups
            .OrderBy(g => g[0].SourceFile, StringComparer.Ordinal)
            .ThenBy(g => g[0].LineStart)
            .ThenBy(g => g[0].SubjectSlug ?? string.Empty, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<ClaimFact>)g)
            .ToList();
    }

    /// <summary>Stable scenario key: subject, source and first line ("uber@003_….txt:438").</summary>
    public static string KeyOf(IReadOnlyList<ClaimFact> group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var first = group[0];
        return (first.SubjectSlug ?? "unattributed") + "@" + first.SourceFile + ":"
               + group.Min(f => f.LineStart).ToString(CultureInfo.InvariantCulture);
    }

    internal static ScenarioPlan Plan(IReadOnlyList<ClaimFact> group, ScenarioAssumptions assumptions)
    {
        var plan = new ScenarioPlan { Key = KeyOf(group), Facts = group };
        var operatingPoints = new List<string>();
        foreach (var fact in group)
        {
            CheckStatedChange(plan, fact);
            var use = fact.Metric switch
            {
                ClaimMetric.Latency => ReadLatency(plan, fact, operatingPoints),
                ClaimMetric.Throughput or ClaimMetric.Volume => ReadRate(plan, fact, assumptions, operatingPoints),
                ClaimMetric.Instances => ReadInstances(plan, fact, operatingPoints),
                _ => NotModelled(plan, fact),
            };
            plan.Claimed.Add(new ClaimedFigure(
                fact.Id, fact.Metric, fact.Statistic, fact.Baseline, fact.Result, fact.Unit, fact.StatedChangePercent,
                fact.StatedMultiplier, Round(fact.ComputedChangePercent), use, Wording.Lines(fact.LineStart, fact.LineEnd), fact.Quote));
        }

        if (operatingPoints.Count > 0)
        {
            plan.Missing.Add("The passage gives several operating points rather than a before and an after: "
                             + string.Join("; ", operatingPoints) + ".");
        }

        var anyLatency = plan.Before.Latency.Count > 0 || plan.After.Latency.Count > 0;
        var latencyPoints = operatingPoints.Any(p => p.Contains("latency", StringComparison.Ordinal));
        if (!anyLatency && !latencyPoints)
        {
            plan.Missing.Add(plan.LatencyRatio is { } ratio
                ? $"No absolute latency figure: only a relative change ({Wording.Percent((ratio.Value - 1) * 100)}), so there is nothing to calibrate the service time to."
                : "No latency figure: the service time cannot be calibrated, so neither variant can be simulated.");
            if (plan.Before.Rate is null && plan.After.Rate is null)
            {
                plan.Missing.Add(plan.RateRatio is { } rateRatio
                    ? $"No absolute throughput or daily volume: only a relative change ({Wording.Factor(rateRatio.Value)})."
                    : "No throughput or daily volume figure.");
            }
        }
        else if (!plan.TwoSided)
        {
            plan.Missing.Add("One operating point only: the passage states no before figures or change, so there is nothing to compare; the stated state is replayed alone as the after variant.");
        }

        if (plan.NotModelled.Count > 0)
        {
            plan.Observations.Add("Not modelled (a queue of requests says nothing about them): " + string.Join("; ", plan.NotModelled) + ".");
        }

        return plan;
    }

    private static bool SameSystem(List<ClaimFact> group, ClaimFact fact)
    {
        if (fact.System is null)
        {
            return true;
        }

        var named = group.FirstOrDefault(f => f.System is not null)?.System;
        return named is null || string.Equals(named.Trim(), fact.System.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static void CheckStatedChange(ScenarioPlan plan, ClaimFact fact)
    {
        if (fact.Baseline is not { } b || fact.Result is not { } r)
        {
            return;
        }

        var what = Wording.Describe(fact.Metric, fact.Statistic);
        var figures = $"{Wording.WithUnit(b, fact.Unit)} → {Wording.WithUnit(r, fact.Unit)}";
        var lines = Wording.Lines(fact.LineStart, fact.LineEnd);
        if (fact.StatedChangePercent is { } stated && fact.ComputedChangePercent is { } computed)
        {
            if (ConsistencyChecker.ChangeAgrees(computed, stated))
            {
                plan.Observations.Add($"The stated {Wording.Percent(stated)} for {what} agrees with {figures} ({Wording.Percent(computed)}, line {lines}).");
            }
            else
            {
                plan.Inconsistencies.Add($"The stated percentage contradicts the figures: {Wording.Percent(stated)} for {what}, but {figures} is {Wording.Percent(computed)} (line {lines}).");
            }
        }

        if (fact.StatedMultiplier is { } multiplier && multiplier > 0 && b > 0 && r > 0)
        {
            var ratio = r / b;
            if (ConsistencyChecker.MultiplierAgrees(ratio, multiplier))
            {
                plan.Observations.Add($"The stated factor {Wording.Factor(multiplier)} for {what} agrees with {figures} (line {lines}).");
            }
            else
            {
                plan.Inconsistencies.Add($"The stated multiplier contradicts the figures: {Wording.Factor(multiplier)} for {what}, but {figures} is {Wording.Factor(ratio)} (line {lines}).");
            }
        }
    }

    private static string ReadLatency(ScenarioPlan plan, ClaimFact fact, List<string> operatingPoints)
    {
        var lines = Wording.Lines(fact.LineStart, fact.LineEnd);
        if (fact.Unit == ClaimUnit.Percent || (fact.Baseline is null && fact.Result is null))
        {
            if (Ratio(fact) is { } ratio)
            {
                plan.LatencyRatio ??= new Figure(ratio, InputLabel.Claimed, $"stated change {Describe(fact)} (line {lines})", [fact.Id], true, lines);
                return "relative latency change: fills a missing before or after figure";
            }

            return "ignored: no figure";
        }

        if (fact.Unit != ClaimUnit.Milliseconds)
        {
            return "ignored: latency not in milliseconds";
        }

        if (fact.Statistic is ClaimStatistic.Min or ClaimStatistic.Peak)
        {
            return $"not modelled: a {Wording.Statistic(fact.Statistic)} latency does not constrain the service time";
        }

        // A ceiling ("within 80 ms") bounds nearly every request, which is what a tail percentile says; an
        // unqualified figure otherwise describes the typical request.
        var ceiling = fact.Statistic == ClaimStatistic.Unspecified && fact.Bound == ClaimBound.AtMost;
        var statistic = fact.Statistic != ClaimStatistic.Unspecified ? fact.Statistic : ceiling ? ClaimStatistic.P99 : ClaimStatistic.Mean;
        var readAs = fact.Statistic != ClaimStatistic.Unspecified ? string.Empty
            : ceiling ? " (no statistic stated: an upper bound read as p99, assumed)"
            : " (no statistic stated: read as the mean, assumed)";
        var bound = BoundNote(fact.Bound);
        if (fact.Baseline is { } before && fact.Result is { } after)
        {
            AddLatency(plan, plan.Before, Variant.Before, statistic, new Figure(before, InputLabel.Claimed, $"claimed {Wording.Describe(ClaimMetric.Latency, statistic)} before, line {lines}{readAs}{bound}", [fact.Id], true, lines), operatingPoints);
            AddLatency(plan, plan.After, Variant.After, statistic, new Figure(after, InputLabel.Claimed, $"claimed {Wording.Describe(ClaimMetric.Latency, statistic)} after, line {lines}{readAs}{bound}", [fact.Id], true, lines), operatingPoints);
        }
        else if (fact.Result is { } only)
        {
            AddLatency(plan, plan.After, Variant.After, statistic, new Figure(only, InputLabel.Claimed, $"claimed {Wording.Describe(ClaimMetric.Latency, statistic)}, line {lines}{readAs}{bound}", [fact.Id], Ratio(fact) is not null, lines), operatingPoints);
            if (Ratio(fact) is { } ratio)
            {
                AddLatency(plan, plan.Before, Variant.Before, statistic, new Figure(only / ratio, InputLabel.Derived, $"{Wording.WithUnit(only, ClaimUnit.Milliseconds)} undone by the stated change {Describe(fact)} (line {lines})", [fact.Id], true, lines), operatingPoints);
            }
        }
        else if (fact.Baseline is { } baseOnly)
        {
            AddLatency(plan, plan.Before, Variant.Before, statistic, new Figure(baseOnly, InputLabel.Claimed, $"claimed {Wording.Describe(ClaimMetric.Latency, statistic)} before, line {lines}{readAs}{bound}", [fact.Id], true, lines), operatingPoints);
        }

        return fact.Statistic != ClaimStatistic.Unspecified
            ? "service time: calibration target"
            : $"service time: calibration target (read as the {Wording.Statistic(statistic)})";
    }

    private static void AddLatency(ScenarioPlan plan, SideSpec side, Variant variant, ClaimStatistic statistic, Figure figure, List<string> operatingPoints)
    {
        if (!side.Latency.TryGetValue(statistic, out var existing))
        {
            side.Latency[statistic] = figure;
            return;
        }

        if (SameFigure(existing.Value, figure.Value))
        {
            // The same figure twice (prose and its table): one input resting on both claims.
            side.Latency[statistic] = existing with { ClaimIds = existing.ClaimIds.Concat(figure.ClaimIds).Distinct().ToList() };
            return;
        }

        var what = Wording.Describe(ClaimMetric.Latency, statistic);
        if (existing.Paired || figure.Paired)
        {
            plan.Inconsistencies.Add($"Two different figures for the {what} {Wording.Side(variant)}: {Wording.WithUnit(existing.Value, ClaimUnit.Milliseconds)} (line {existing.Lines}) and {Wording.WithUnit(figure.Value, ClaimUnit.Milliseconds)} (line {figure.Lines}).");
        }
        else
        {
            operatingPoints.Add($"{what} {Wording.WithUnit(existing.Value, ClaimUnit.Milliseconds)} (line {existing.Lines}) and {Wording.WithUnit(figure.Value, ClaimUnit.Milliseconds)} (line {figure.Lines})");
            side.Latency.Remove(statistic);
        }
    }

    private static string ReadRate(ScenarioPlan plan, ClaimFact fact, ScenarioAssumptions assumptions, List<string> operatingPoints)
    {
        var lines = Wording.Lines(fact.LineStart, fact.LineEnd);
        if (fact.Unit == ClaimUnit.Percent || (fact.Baseline is null && fact.Result is null))
        {
            if (Ratio(fact) is { } ratio)
            {
                plan.RateRatio ??= new Figure(ratio, InputLabel.Claimed, $"stated change {Describe(fact)} (line {lines})", [fact.Id], true, lines);
                return "relative traffic change: fills a missing before or after rate";
            }

            return "ignored: no figure";
        }

        if (fact.Unit is not (ClaimUnit.PerSecond or ClaimUnit.PerDay))
        {
            return $"ignored: {Wording.Metric(fact.Metric)} in {fact.Unit.ToString().ToLowerInvariant()} is not a request rate";
        }

        var perSecond = fact.Unit == ClaimUnit.PerSecond;
        var bound = BoundNote(fact.Bound);
        Figure ToRate(double value, string side, InputLabel label, bool paired)
        {
            if (perSecond)
            {
                var stat = fact.Statistic == ClaimStatistic.Peak ? "peak " : string.Empty;
                return new Figure(value, label, $"claimed {stat}rate{(side.Length > 0 ? " " + side : string.Empty)}, line {lines}{bound}; taken as the offered load", [fact.Id], paired, lines);
            }

            var average = value / SecondsPerDay;
            return new Figure(
                average * assumptions.PeakFactor,
                InputLabel.Derived,
                $"claimed {Wording.WithUnit(value, ClaimUnit.PerDay)}{(side.Length > 0 ? " " + side : string.Empty)} (line {lines}{bound}) ÷ 86,400 s = {Wording.Num(average)}/s on average, × peak factor {Wording.Num(assumptions.PeakFactor)} (assumed: the busiest hour carries about three times the daily mean)",
                [fact.Id],
                paired,
                lines);
        }

        if (fact.Baseline is { } before && fact.Result is { } after)
        {
            AddRate(plan.Before, Variant.Before, ToRate(before, "before", InputLabel.Claimed, true), perSecond, plan, operatingPoints);
            AddRate(plan.After, Variant.After, ToRate(after, "after", InputLabel.Claimed, true), perSecond, plan, operatingPoints);
        }
        else if (fact.Result is { } only)
        {
            AddRate(plan.After, Variant.After, ToRate(only, string.Empty, InputLabel.Claimed, Ratio(fact) is not null), perSecond, plan, operatingPoints);
            if (Ratio(fact) is { } ratio)
            {
                var current = plan.After.Rate!;
                AddRate(plan.Before, Variant.Before, new Figure(current.Value / ratio, InputLabel.Derived, $"after rate undone by the stated change {Describe(fact)} (line {lines})", [fact.Id], true, lines), perSecond, plan, operatingPoints);
            }
        }

        return perSecond ? "arrival rate" : "arrival rate (daily average × peak factor)";
    }

    private static void AddRate(SideSpec side, Variant variant, Figure figure, bool perSecond, ScenarioPlan plan, List<string> operatingPoints)
    {
        if (side.Rate is not { } existing)
        {
            side.Rate = figure;
            side.RateIsPerSecond = perSecond;
            return;
        }

        if (side.RateIsPerSecond != perSecond)
        {
            // A per-second figure says what the peak is; a daily volume only bounds the average. Keep the former and
            // report how far apart the two are.
            var (rate, volume) = perSecond ? (figure, existing) : (existing, figure);
            side.Rate = rate;
            side.RateIsPerSecond = true;
            plan.Observations.Add($"The per-second rate (line {rate.Lines}) is used for the {Wording.Side(variant)} load; the daily volume (line {volume.Lines}) would give {Wording.Num(volume.Value)}/s with the assumed peak factor.");
            return;
        }

        if (SameFigure(existing.Value, figure.Value))
        {
            side.Rate = existing with { ClaimIds = existing.ClaimIds.Concat(figure.ClaimIds).Distinct().ToList() };
            return;
        }

        if (existing.Paired || figure.Paired)
        {
            plan.Inconsistencies.Add($"Two different traffic figures {Wording.Side(variant)}: {Wording.Num(existing.Value)}/s (line {existing.Lines}) and {Wording.Num(figure.Value)}/s (line {figure.Lines}).");
        }
        else
        {
            operatingPoints.Add($"rates {Wording.Num(existing.Value)}/s (line {existing.Lines}) and {Wording.Num(figure.Value)}/s (line {figure.Lines})");
            side.Rate = null;
        }
    }

    private static string ReadInstances(ScenarioPlan plan, ClaimFact fact, List<string> operatingPoints)
    {
        var lines = Wording.Lines(fact.LineStart, fact.LineEnd);
        if (fact.Unit == ClaimUnit.Percent || (fact.Baseline is null && fact.Result is null))
        {
            if (Ratio(fact) is { } ratio)
            {
                plan.InstanceRatio ??= new Figure(ratio, InputLabel.Claimed, $"stated change {Describe(fact)} (line {lines})", [fact.Id], true, lines);
                return "servers: after = before × the stated change";
            }

            return "ignored: no figure";
        }

        if (fact.Unit != ClaimUnit.Count)
        {
            return "ignored: instances not a count";
        }

        if (fact.Baseline is { } before && fact.Result is { } after)
        {
            plan.Before.Instances = new Figure(before, InputLabel.Claimed, $"claimed instances before, line {lines}", [fact.Id], true, lines);
            plan.After.Instances = new Figure(after, InputLabel.Claimed, $"claimed instances after, line {lines}", [fact.Id], true, lines);
        }
        else if (fact.Result is { } only)
        {
            if (plan.After.Instances is { } existing && !SameFigure(existing.Value, only))
            {
                operatingPoints.Add($"instances {Wording.Num(existing.Value)} (line {existing.Lines}) and {Wording.Num(only)} (line {lines})");
                plan.After.Instances = null;
                return "servers";
            }

            plan.After.Instances = new Figure(only, InputLabel.Claimed, $"claimed instances, line {lines}{BoundNote(fact.Bound)}", [fact.Id], false, lines);
            if (Ratio(fact) is { } ratio)
            {
                plan.Before.Instances = new Figure(only / ratio, InputLabel.Derived, $"after count undone by the stated change {Describe(fact)} (line {lines})", [fact.Id], true, lines);
            }
        }

        return "servers (instances × workers per instance)";
    }

    private static string NotModelled(ScenarioPlan plan, ClaimFact fact)
    {
        var what = Wording.Describe(fact.Metric, fact.Statistic);
        var figures = fact.Baseline is { } b && fact.Result is { } r
            ? $"{Wording.WithUnit(b, fact.Unit)} → {Wording.WithUnit(r, fact.Unit)}"
            : fact.Result is { } only ? Wording.WithUnit(only, fact.Unit)
            : Ratio(fact) is not null ? Describe(fact)
            : "no figure";
        if (fact.Baseline is not null && fact.Result is not null && Ratio(fact) is not null)
        {
            figures += " (" + Describe(fact) + ")";
        }

        plan.NotModelled.Add($"{what} {figures}");
        return "not modelled: " + what;
    }

    /// <summary>After ÷ before from a stated multiplier or percent; null when neither is stated or the result is not positive.</summary>
    private static double? Ratio(ClaimFact fact)
    {
        if (fact.StatedMultiplier is { } multiplier && multiplier > 0)
        {
            return multiplier;
        }

        return fact.StatedChangePercent is { } percent && percent > -100 ? 1 + percent / 100 : null;
    }

    private static string Describe(ClaimFact fact) =>
        fact.StatedMultiplier is { } m && m > 0 ? Wording.Factor(m)
        : fact.StatedChangePercent is { } p ? Wording.Percent(p)
        : "none";

    private static string BoundNote(ClaimBound bound) => bound switch
    {
        ClaimBound.AtLeast => ", stated as a lower bound",
        ClaimBound.AtMost => ", stated as an upper bound",
        ClaimBound.Approximately => ", stated as approximate",
        _ => string.Empty,
    };

    private static bool SameFigure(double a, double b) =>
        Math.Abs(a - b) <= SameFigureTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
