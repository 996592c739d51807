using System.Globalization;
using System.Text;
using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Claims;
using Xunit.Abstractions;

namespace GoAdoption.Ingest.Tests.Claims;

public sealed class SeedClaimRecallTests(ITestOutputHelper output)
{
    private static readonly string[] Files =
        [SeedClaimLabels.Ko, SeedClaimLabels.ZhMd, SeedClaimLabels.Web2, SeedClaimLabels.Web3, SeedClaimLabels.En];

    private static readonly Lazy<Dictionary<string, IReadOnlyList<ExtractedClaim>>> Extracted = new(() =>
        Files.ToDictionary(f => f, f => Seeds.Get(f).Claims));

    internal static bool Matches(LabelledClaim label, ExtractedClaim claim) =>
        StatedOn(claim, label.Line)
        && claim.Metric == label.Metric
        && claim.Unit == label.Unit
        && Close(label.Baseline, claim.Baseline)
        && Close(label.Result, claim.Result)
        && (label.StatedChange is null || Close(label.StatedChange, claim.StatedChangePercent))
        && (label.Multiplier is null || Close(label.Multiplier, claim.StatedMultiplier))
        && (label.Delta is null || Close(label.Delta, claim.StatedDelta))
        && (label.Statistic is null || label.Statistic == claim.Statistic)
        && (label.MigratedFrom is null || label.MigratedFrom == claim.MigratedFrom)
        && (label.Bound is null || label.Bound == claim.Bound)
        && (label.Subject is null ? claim.CompanySlug is null : label.Subject == claim.CompanySlug || label.Subject == claim.ProjectSlug);

    /// <summary>Whether the claim is stated on the line, first or again (one fact, one claim).</summary>
    private static bool StatedOn(ExtractedClaim claim, int line) => claim.Statements.Any(s => s.LineStart <= line && line <= s.LineEnd);

    private static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null : actual is { } a && Math.Abs(a - expected.Value) <= Math.Max(1e-9, Math.Abs(expected.Value) * 1e-6);

    [Fact]
    public void Seeds_EveryLabelledClaim_IsExtractedWithItsValues()
    {
        var missed = new StringBuilder();
        var found = 0;
        foreach (var label in SeedClaimLabels.All)
        {
            if (Extracted.Value[label.File].Any(c => Matches(label, c)))
            {
                found++;
            }
            else
            {
                var near = Extracted.Value[label.File].Where(c => StatedOn(c, label.Line));
                missed.AppendLine(CultureInfo.InvariantCulture, $"MISSED {label}");
                foreach (var c in near)
                {
                    missed.AppendLine(CultureInfo.InvariantCulture, $"    got {Describe(c)}");
                }
            }
        }

        var recall = (double)found / SeedClaimLabels.All.Count;
        output.WriteLine($"recall {recall:P1} ({found}/{SeedClaimLabels.All.Count})\n{missed}");
        Assert.True(found == SeedClaimLabels.All.Count, $"recall {recall:P1} ({found}/{SeedClaimLabels.All.Count})\n{missed}");
    }

    [Fact]
    public void Seeds_CodeConfigurationAndCaptionLines_YieldNoClaims()
    {
        var offending = new StringBuilder();
        foreach (var (file, lines) in SeedClaimLabels.NegativeLines)
        {
            foreach (var claim in Extracted.Value[file])
            {
                if (lines.Any(l => StatedOn(claim, l)))
                {
                    offending.AppendLine(CultureInfo.InvariantCulture, $"{file}: {Describe(claim)}");
                }
            }
        }

        Assert.True(offending.Length == 0, offending.ToString());
    }

    [Fact]
    public void Seeds_StarsContributorsGogcAndModuleCounts_AreNotClaims()
    {
        foreach (var (file, line, value) in SeedClaimLabels.NegativeValues)
        {
            Assert.DoesNotContain(Extracted.Value[file], c => StatedOn(c, line)
                                                             && (Close(value, c.Result) || Close(value, c.Baseline)));
        }
    }

    [Fact]
    public void Seed003_UberGeoFence_IsReadWithSubjectSystemAndConsistency()
    {
        var claims = Extracted.Value[SeedClaimLabels.Web3];
        var prose = Assert.Single(claims, c => c.At.LineStart == 438 && c.Metric == ClaimMetric.Latency);
        Assert.Equal("uber", prose.CompanySlug);
        Assert.Equal("Geo-fence Service", prose.System);
        Assert.Equal(ClaimStatistic.P99, prose.Statistic);
        Assert.Equal(120, prose.Baseline);
        Assert.Equal(18, prose.Result);
        Assert.Equal(-85, prose.ChangePercent!.Value, 6);

        // The table's row under it states the same fact: one claim, stated twice, with what each statement adds.
        Assert.DoesNotContain(claims, c => c.At.LineStart == 441);
        Assert.Equal([441], prose.RestatedAt!.Select(r => r.LineStart));
        Assert.Equal(-85, prose.StatedChangePercent);
        Assert.Equal(ClaimConsistency.Consistent, prose.Consistency);
        Assert.Equal("Java", prose.MigratedFrom);

        var startup = Assert.Single(claims, c => c.At.LineStart == 443);
        Assert.Equal(ClaimMetric.StartupTime, startup.Metric);
        Assert.Equal(-99, startup.StatedChangePercent);
        Assert.Equal(ClaimConsistency.Consistent, startup.Consistency);

        var memory = Assert.Single(claims, c => c.At.LineStart == 442);
        Assert.Equal(ClaimConsistency.Consistent, memory.Consistency);
    }

    [Fact]
    public void Seed003_ByteDanceGcTable_RoundedDownChangeIsInconsistentWithComputedShown()
    {
        var stw = Assert.Single(Extracted.Value[SeedClaimLabels.Web3], c => c.At.LineStart == 130);
        Assert.Equal(ClaimConsistency.Inconsistent, stw.Consistency);
        Assert.Equal(-76.67, stw.ChangePercent!.Value, 2);

        var cpu = Assert.Single(Extracted.Value[SeedClaimLabels.Web3], c => c.At.LineStart == 131);
        Assert.Equal(ClaimConsistency.Consistent, cpu.Consistency);
    }

    [Fact]
    public void Seed003_TwitchMetadataSystem_CarriesToTheSentenceThatRefersBackToIt()
    {
        var claims = Extracted.Value[SeedClaimLabels.Web3].Where(c => c.At.LineStart == 459).ToList();
        Assert.Equal(5, claims.Count);
        Assert.All(claims, c => Assert.Equal(("twitch", "直播流元数据分发系统"), (c.CompanySlug, c.System)));
    }

    internal static string Describe(ExtractedClaim c) => string.Create(
        CultureInfo.InvariantCulture,
        $"L{c.At.LineStart}-{c.At.LineEnd} {c.CompanySlug ?? "-"}/{c.ProjectSlug ?? "-"} [{c.System}] {c.Metric} {c.Statistic} {c.Baseline}→{c.Result} {c.Unit} Δ%={c.StatedChangePercent} ×={c.StatedMultiplier} δ={c.StatedDelta} {c.Bound} from={c.MigratedFrom} {c.Consistency} «{c.At.Quote}»");
}
