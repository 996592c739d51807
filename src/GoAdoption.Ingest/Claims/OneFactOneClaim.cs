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
        var merged = new List<ExtractedClaim>(claims.Count);
        foreach (var claim in claims)
        {
            var index = merged.FindIndex(m => SameFact(m, claim));
            if (index < 0)
            {
                merged.Add(claim);
                continue;
            }

            merged[index] = Combine(merged[index], claim);
        }

        return merged;
    }

    private static bool SameFact(ExtractedClaim a, ExtractedClaim b) =>
        a.CompanySlug == b.CompanySlug && a.ProjectSlug == b.ProjectSlug && a.Metric == b.Metric && a.Statistic == b.Statistic
        && a.Unit == b.Unit && (a.Baseline is not null || a.Result is not null)
        && a.Baseline == b.Baseline && a.Result == b.Result
        && Agree(a.StatedChangePercent, b.StatedChangePercent) && Agree(a.StatedMultiplier, b.StatedMultiplier)
        && Agree(a.StatedDelta, b.StatedDelta)
        && (a.System is null || b.System is null || string.Equals(a.System, b.System, StringComparison.OrdinalIgnoreCase))
        && a.At != b.At;

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
