namespace GoAdoption.Simulation.Tests;

public sealed class PrimitivesTests
{
    [Fact]
    public void SplitMix64_matches_the_reference_sequence()
    {
        ulong state = 0;

        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256StarStar.SplitMix64(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, Xoshiro256StarStar.SplitMix64(ref state));
        Assert.Equal(0x06C45D188009454FUL, Xoshiro256StarStar.SplitMix64(ref state));
    }

    [Fact]
    public void Xoshiro256StarStar_matches_the_reference_steps()
    {
        // From state {1, 2, 3, 4}: rotl(2·5, 7)·9 = 11520, then s1 becomes 0 so the next output is 0.
        var rng = new Xoshiro256StarStar(1, 2, 3, 4);

        Assert.Equal(11520UL, rng.NextUInt64());
        Assert.Equal(0UL, rng.NextUInt64());
        Assert.Equal(1509978240UL, rng.NextUInt64());
    }

    [Fact]
    public void Uniforms_stay_in_their_intervals()
    {
        var rng = new Xoshiro256StarStar(99);
        for (var i = 0; i < 100_000; i++)
        {
            Assert.InRange(rng.NextDouble(), 0.0, Math.BitDecrement(1.0));
            var nonZero = rng.NextDoubleNonZero();
            Assert.True(nonZero is > 0.0 and <= 1.0);
        }
    }

    [Fact]
    public void Ln_agrees_with_the_platform_to_a_few_ulp()
    {
        var rng = new Xoshiro256StarStar(5);
        for (var i = 0; i < 200_000; i++)
        {
            // Spread over the whole exponent range the samplers use, down to 2^-53.
            var x = rng.NextDoubleNonZero() * Math.ScaleB(1.0, (int)(rng.NextUInt64() % 120) - 60);
            AssertUlps(Math.Log(x), DeterministicMath.Ln(x), 4);
        }

        Assert.Equal(0.0, DeterministicMath.Ln(1.0));
        AssertUlps(Math.Log(Math.ScaleB(1.0, -53)), DeterministicMath.Ln(Math.ScaleB(1.0, -53)), 1);
    }

    [Fact]
    public void Exp_agrees_with_the_platform_to_a_few_ulp()
    {
        var rng = new Xoshiro256StarStar(6);
        for (var i = 0; i < 200_000; i++)
        {
            var x = (rng.NextDouble() - 0.5) * 1400.0;
            AssertUlps(Math.Exp(x), DeterministicMath.Exp(x), 4);
        }

        Assert.Equal(1.0, DeterministicMath.Exp(0.0));
        Assert.Equal(double.PositiveInfinity, DeterministicMath.Exp(710.0));
        Assert.Equal(0.0, DeterministicMath.Exp(-746.0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(10_001)]
    public void Selection_gives_the_nearest_rank_value_of_a_sort(int count)
    {
        var rng = new Xoshiro256StarStar((ulong)count);

        // Many ties and a sorted run stress the partition more than distinct random values do.
        var values = Enumerable.Range(0, count)
            .Select(i => i % 3 == 0 ? i : Math.Floor(rng.NextDouble() * 10.0))
            .ToArray();
        var sorted = values.Order().ToArray();

        foreach (var basisPoints in new[] { 1, 5_000, 9_500, 9_900, 9_999, 10_000 })
        {
            var k = NearestRank.Index(count, basisPoints);
            Assert.Equal(sorted[k], NearestRank.Select(values.ToArray(), k));
        }
    }

    [Fact]
    public void Nearest_rank_index_is_the_ceiling_rank()
    {
        // p99 of 100 values is the 99th smallest; of 101 values the 100th (⌈99.99⌉).
        Assert.Equal(98, NearestRank.Index(100, 9_900));
        Assert.Equal(99, NearestRank.Index(101, 9_900));
        Assert.Equal(989_999, NearestRank.Index(1_000_000, 9_900));
        Assert.Equal(0, NearestRank.Index(1, 5_000));
    }

    private static void AssertUlps(double expected, double actual, long ulps)
    {
        var distance = Math.Abs(BitConverter.DoubleToInt64Bits(expected) - BitConverter.DoubleToInt64Bits(actual));
        Assert.True(distance <= ulps, $"expected {expected:R}, got {actual:R}: {distance} ulp apart");
    }
}
