using GoAdoption.Domain.Claims;
namespace GoAdoption.Ingest.Claims;

/// <summary>
/// The same fact stated twice in one document (in prose and again in its table, in the intro and again in the body) is
/// one claim with every place it is stated. Two statements are the same fact when they are about the same company and
/// project, measure the same metric and statistic in the same unit, and give the same figures; where one of them says
/// more (the stated change, the system, the language moved off), the claim keeps it.
/// </summary>
internal static class OneFactOneClaim
{
    public static List<ExtractedClaim> Merge(IReadOnlyList<ExtractedClaim> claims)
    {
        // Claims that can be one fact share their owner, measure and figures: only those are compared with each other.
        var merged = new List<ExtractedClaim>(claims.Count);
        var byFigures = new Dictionary<(string?, string?, ClaimMetric, ClaimStatistic, ClaimUnit, double?, double?), List<int>>();
        foreach (var claim in claims)
        {
            ReadBudget.Check();
            var key = (claim.CompanySlug, claim.ProjectSlug, claim.Metric, claim.Statistic, claim.Unit, claim.Baseline, claim.Result);
            if (!byFigures.TryGetValue(key, out var candidates))
            {
                byFigures[key] = candidates = [];
            }

            var index = candidates.FindIndex(i => SameFact(merged[i], claim));
            if (index < 0)
            {
                candidates.Add(merged.Count);
                merged.Add(claim);
            }
            else if (merged[candidates[index]].At != claim.At)
            {
                merged[candidates[index]] = Combine(merged[candidates[index]], claim);
            }

            // The same statement read twice at the same place is one statement: nothing to add.
        }

        return merged;
    }

    private static bool SameFact(ExtractedClaim a, ExtractedClaim b) =>
        a.CompanySlug == b.CompanySlug && a.ProjectSlug == b.ProjectSlug && a.Metric == b.Metric && a.Statistic == b.Statistic
        && a.Unit == b.Unit && (a.Baseline is not null || a.Result is not null)
        && a.Baseline == b.Baseline && a.Result == b.Result
        && Agree(a.StatedChangePercent, b.StatedChangePercent) && Agree(a.StatedMultiplier, b.StatedMultiplier)
        && Agree(a.StatedDelta, b.StatedDelta)
        && (a.System is null || b.System is null || string.Equals(a.System, b.System, StringComparison.OrdinalIgnoreCase));

    // Figures are canonical (see CanonicalNumbers), so equal facts have equal numbers; a figure one statement leaves out agrees.
    private static bool Agree(double? a, double? b) => a is null || b is null || a == b;

    private static ExtractedClaim Combine(ExtractedClaim first, ExtractedClaim again)
    {
        var stated = first.StatedChangePercent ?? again.StatedChangePercent;
        var multiplier = first.StatedMultiplier ?? again.StatedMultiplier;
        var delta = first.StatedDelta ?? again.StatedDelta;
        return first with
        {
            System = first.System ?? again.System,
            StatedChangePercent = stated,
            StatedMultiplier = multiplier,
            StatedDelta = delta,
            Consistency = ConsistencyChecker.Check(first.Baseline, first.Result, stated, multiplier, delta),
            MigratedFrom = first.MigratedFrom ?? again.MigratedFrom,
            RestatedAt = [.. first.RestatedAt ?? [], .. again.Statements],
        };
    }
}
