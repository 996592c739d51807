using GoAdoption.Domain.Claims;

namespace GoAdoption.Ingest.Tests.Claims;

public sealed class ConsistencyCheckerTests
{
    [Theory]
    [InlineData(120, 18, -85, ClaimConsistency.Consistent)]
    [InlineData(42_000, 300, -99, ClaimConsistency.Consistent)]
    [InlineData(2.4, 0.6, -75, ClaimConsistency.Consistent)]
    [InlineData(12.7, 5.3, -58, ClaimConsistency.Consistent)]
    [InlineData(18, 4.2, -76, ClaimConsistency.Inconsistent)]
    [InlineData(120, 18, -80, ClaimConsistency.Inconsistent)]
    [InlineData(120, 18, 85, ClaimConsistency.Inconsistent)]
    [InlineData(100, 62.5, -37.5, ClaimConsistency.Consistent)]
    [InlineData(100, 62.4, -37.5, ClaimConsistency.Inconsistent)]
    public void Check_StatedPercent_AgreesWithinTheRoundingOfTheStatedFigure(double baseline, double result, double stated, ClaimConsistency expected) =>
        Assert.Equal(expected, ConsistencyChecker.Check(baseline, result, stated, null, null));

    [Theory]
    [InlineData(1000, 5000, 5, ClaimConsistency.Consistent)]
    [InlineData(1000, 4000, 5, ClaimConsistency.Inconsistent)]
    [InlineData(800, 100, 0.125, ClaimConsistency.Consistent)]
    [InlineData(100, 40, 0.4, ClaimConsistency.Consistent)]
    [InlineData(100, 500, 0.2, ClaimConsistency.Inconsistent)]
    public void Check_StatedMultiplier_ComparesTheRatio(double baseline, double result, double multiplier, ClaimConsistency expected) =>
        Assert.Equal(expected, ConsistencyChecker.Check(baseline, result, null, multiplier, null));

    [Fact]
    public void Check_StatedDelta_ComparesTheDifference()
    {
        Assert.Equal(ClaimConsistency.Consistent, ConsistencyChecker.Check(0.5, 0.32, null, null, -0.18));
        Assert.Equal(ClaimConsistency.Inconsistent, ConsistencyChecker.Check(0.5, 0.45, null, null, -0.18));
    }

    [Fact]
    public void Check_NothingStatedOrNoPair_IsUnchecked()
    {
        Assert.Equal(ClaimConsistency.Unchecked, ConsistencyChecker.Check(120, 18, null, null, null));
        Assert.Equal(ClaimConsistency.Unchecked, ConsistencyChecker.Check(null, 18, -85, null, null));
    }

    [Fact]
    public void ChangePercent_IsSignedAndNullForZeroBaseline()
    {
        Assert.Equal(-85, ConsistencyChecker.ChangePercent(120, 18)!.Value, 9);
        Assert.Equal(400, ConsistencyChecker.ChangePercent(1, 5)!.Value, 9);
        Assert.Null(ConsistencyChecker.ChangePercent(0, 180_000));
    }

    [Fact]
    public void Names_AreTheDesignSpellings()
    {
        Assert.Equal("startup-time", ClaimMetric.StartupTime.ToSlug());
        Assert.Equal("gc-pause", ClaimMetric.GcPause.ToSlug());
        Assert.Equal("p999", ClaimStatistic.P999.ToSlug());
        Assert.Equal("per_second", ClaimUnit.PerSecond.ToSlug());
        Assert.Equal("at-least", ClaimBound.AtLeast.ToSlug());
    }
}
