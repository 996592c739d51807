namespace GoAdoption.Simulation.Tests;

public sealed class QueueingFormulasTests
{
    [Fact]
    public void ErlangC_matches_the_design_check_value()
    {
        Assert.Equal(0.457645, QueueingFormulas.ErlangC(8, 6.4), 6);
        Assert.Equal(23.149, QueueingFormulas.MMcMeanSojournMs(6.4 / 18.0 * 1000.0, 8, 18.0), 3);
    }

    [Theory]
    [InlineData(1, 0.5)]
    [InlineData(8, 6.4)]
    [InlineData(50, 45.0)]
    public void ErlangC_recursion_matches_the_direct_sum(int servers, double load)
    {
        Assert.Equal(ClosedForms.ErlangCBySum(servers, load), QueueingFormulas.ErlangC(servers, load), 12);
    }

    [Fact]
    public void ErlangC_stays_finite_for_many_servers()
    {
        var c = QueueingFormulas.ErlangC(2_000, 1_950.0);

        Assert.InRange(c, 0.0, 1.0);
    }

    [Fact]
    public void One_server_formulas_agree()
    {
        // ρ = 0.8 at 10 ms: W = 1 / (μ − λ) = 50 ms; M/G/1 with CV 1 is M/M/1.
        Assert.Equal(50.0, QueueingFormulas.MM1MeanSojournMs(80, 10), 9);
        Assert.Equal(40.0, QueueingFormulas.MG1MeanWaitMs(80, 10, 1.0), 9);
        Assert.Equal(30.0, QueueingFormulas.MD1MeanSojournMs(80, 10), 9);
        Assert.Equal(0.8, QueueingFormulas.ErlangC(1, 0.8), 12);
        Assert.Equal(
            QueueingFormulas.MM1SojournPercentileMs(80, 10, 0.99),
            QueueingFormulas.MMcSojournPercentileMs(80, 1, 10, 0.99),
            6);
    }

    [Theory]
    [InlineData(8, 18.0, 6.4)]
    [InlineData(4, 20.0, 3.4)]
    [InlineData(2, 10.0, 1.0)]
    public void MMc_percentile_matches_numeric_convolution(int servers, double serviceMs, double load)
    {
        var lambda = load / serviceMs * 1000.0;

        var closedForm = QueueingFormulas.MMcSojournPercentileMs(lambda, servers, serviceMs, 0.99);

        Assert.Equal(ClosedForms.MMcSojournQuantileByConvolution(lambda, servers, serviceMs, 0.99), closedForm, 1e-4 * closedForm);
    }

    [Fact]
    public void Unstable_systems_have_no_finite_answer()
    {
        Assert.Equal(1.0, QueueingFormulas.ErlangC(4, 4.0));
        Assert.Equal(double.PositiveInfinity, QueueingFormulas.MM1MeanSojournMs(100, 10));
        Assert.Equal(double.PositiveInfinity, QueueingFormulas.MMcMeanSojournMs(500, 4, 10));
        Assert.Equal(double.PositiveInfinity, QueueingFormulas.MD1MeanSojournMs(120, 10));
        Assert.Equal(double.PositiveInfinity, QueueingFormulas.MMcSojournPercentileMs(500, 4, 10, 0.99));
    }

    [Fact]
    public void Littles_law_converts_rate_and_latency_to_concurrency()
    {
        Assert.Equal(5.0, QueueingFormulas.LittlesLawConcurrency(100, 50), 12);
    }

    [Fact]
    public void Invalid_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueingFormulas.ErlangC(0, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueingFormulas.MM1MeanSojournMs(0, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueingFormulas.MG1MeanWaitMs(10, 10, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => QueueingFormulas.MM1SojournPercentileMs(10, 10, 1.0));
    }
}
