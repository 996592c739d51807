namespace GoAdoption.Simulation.Tests;

public sealed class SimulatorBehaviourTests
{
    private static readonly SimulationParameters Baseline = new()
    {
        ArrivalRatePerSecond = 300,
        Servers = 4,
        ServiceTimeMs = 10,
        ServiceDistribution = ServiceDistribution.LogNormal,
        CoefficientOfVariation = 0.8,
        Arrival = ArrivalPattern.Bursty,
        Requests = 50_000,
        Seed = 7,
    };

    [Fact]
    public void Same_inputs_and_seed_give_identical_results()
    {
        var first = QueueSimulator.Run(Baseline);
        var second = QueueSimulator.Run(Baseline);

        Assert.Equal(first with { Elapsed = TimeSpan.Zero }, second with { Elapsed = TimeSpan.Zero });
    }

    [Theory]
    [InlineData(ArrivalPattern.Bursty, ServiceDistribution.LogNormal, 0x408743E2815F1736L, 0x40A9069FECC580F0L)]
    [InlineData(ArrivalPattern.Poisson, ServiceDistribution.Exponential, 0x402E86B1CAD2E0A4L, 0x404D9896BAE46400L)]
    public void Results_are_pinned_to_the_bit(
        ArrivalPattern arrival, ServiceDistribution service, long meanBits, long p99Bits)
    {
        // Every operation on the sample path is IEEE-defined, so these bits hold on any machine and runtime. A change
        // here means the sample path changed, which has to be a deliberate decision, not a side effect.
        var result = QueueSimulator.Run(Baseline with { Arrival = arrival, ServiceDistribution = service, Requests = 10_000 });

        Assert.Equal(BitConverter.Int64BitsToDouble(meanBits), result.MeanMs);
        Assert.Equal(BitConverter.Int64BitsToDouble(p99Bits), result.P99Ms);
    }

    [Fact]
    public void Different_seeds_give_different_results()
    {
        var first = QueueSimulator.Run(Baseline);
        var second = QueueSimulator.Run(Baseline with { Seed = 8 });

        Assert.NotEqual(first.MeanMs, second.MeanMs);
        Assert.NotEqual(first.P99Ms, second.P99Ms);
    }

    [Fact]
    public void Overload_is_reported_as_saturated_with_bounded_work()
    {
        var parameters = new SimulationParameters
        {
            ArrivalRatePerSecond = 1_500, Servers = 2, ServiceTimeMs = 2, Requests = 200_000, Seed = 3,
        };

        var result = QueueSimulator.Run(parameters);

        Assert.True(result.Saturated);
        Assert.Equal(1.5, result.OfferedLoad, 12);
        Assert.Equal(2L * parameters.Requests, result.Events);
        Assert.True(result.Utilization > 0.99, $"utilization {result.Utilization}");

        // Capacity, not demand: 2 servers × 500/s. And the queue keeps growing: about a third of the arrivals wait.
        Assert.InRange(result.ThroughputPerSecond, 980, 1_020);
        Assert.InRange(result.MaxQueueLength, 60_000, 70_000);
    }

    [Fact]
    public void Exactly_full_load_counts_as_saturated()
    {
        var result = QueueSimulator.Run(new SimulationParameters
        {
            ArrivalRatePerSecond = 100, Servers = 1, ServiceTimeMs = 10, Requests = 1_000,
        });

        Assert.True(result.Saturated);
    }

    [Fact]
    public void Deterministic_service_without_queueing_has_zero_spread()
    {
        // 200 servers for 10 erlangs: nobody ever waits, so every latency is the service time itself.
        var result = QueueSimulator.Run(new SimulationParameters
        {
            ArrivalRatePerSecond = 1_000,
            Servers = 200,
            ServiceTimeMs = 10,
            ServiceDistribution = ServiceDistribution.Deterministic,
            Requests = 100_000,
        });

        // Latency is (t + 10) − t in floating point, exact up to the rounding of t + 10.
        Assert.Equal(0.0, result.MeanWaitMs);
        Assert.Equal(0, result.MaxQueueLength);
        Assert.True(result.StdDevMs < 1e-9, $"standard deviation {result.StdDevMs}");
        Assert.Equal(10.0, result.P50Ms, 9);
        Assert.Equal(10.0, result.P99Ms, 9);
        Assert.Equal(10.0, result.MaxMs, 9);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void LogNormal_service_has_the_requested_mean_and_coefficient_of_variation(double cv)
    {
        var result = QueueSimulator.Run(new SimulationParameters
        {
            ArrivalRatePerSecond = 1_000,
            Servers = 400,
            ServiceTimeMs = 10,
            ServiceDistribution = ServiceDistribution.LogNormal,
            CoefficientOfVariation = cv,
            Requests = 1_000_000,
            Seed = 17,
        });

        // No queueing, so latencies are the sampled service times; the median of a lognormal is m / √(1 + CV²).
        Assert.Equal(0, result.MaxQueueLength);
        Assert.Equal(10.0, result.MeanMs, 0.03 * 10.0);
        Assert.Equal(cv, result.StdDevMs / result.MeanMs, 0.05 * cv);
        Assert.Equal(10.0 / Math.Sqrt(1 + cv * cv), result.P50Ms, 0.01 * 10.0);
    }

    [Fact]
    public void LogNormal_with_zero_variation_is_deterministic()
    {
        var parameters = new SimulationParameters
        {
            ArrivalRatePerSecond = 100, Servers = 50, ServiceTimeMs = 7.25, Requests = 10_000,
        };

        var deterministic = QueueSimulator.Run(parameters with { ServiceDistribution = ServiceDistribution.Deterministic });
        var logNormal = QueueSimulator.Run(parameters with
        {
            ServiceDistribution = ServiceDistribution.LogNormal, CoefficientOfVariation = 0,
        });

        Assert.Equal(deterministic with { Elapsed = TimeSpan.Zero }, logNormal with { Elapsed = TimeSpan.Zero });
    }

    [Fact]
    public void Bursty_arrivals_keep_the_mean_rate_but_raise_p99()
    {
        var poisson = new SimulationParameters
        {
            ArrivalRatePerSecond = 50,
            Servers = 1,
            ServiceTimeMs = 10,
            Requests = 1_000_000,
            WarmupRequests = 10_000,
            Seed = 23,
        };
        var bursty = poisson with
        {
            Arrival = ArrivalPattern.Bursty, BurstFactor = 3, BurstFraction = 0.2, BurstMeanDurationMs = 500,
        };

        var smooth = QueueSimulator.Run(poisson);
        var bursts = QueueSimulator.Run(bursty);

        // Same ρ = 0.5 on average, but bursts run at 1.5× capacity for half a second at a time.
        Assert.Equal(50, smooth.ThroughputPerSecond, 0.02 * 50);
        Assert.Equal(50, bursts.ThroughputPerSecond, 0.02 * 50);
        Assert.Equal(0.5, bursts.Utilization, 0.02);
        Assert.True(bursts.P99Ms > 3 * smooth.P99Ms, $"bursty p99 {bursts.P99Ms} ms vs Poisson {smooth.P99Ms} ms");
    }

    [Fact]
    public void Memory_grows_with_requests_only_by_the_latency_array()
    {
        // Allocation per event would show up as more than 8 bytes (one double) per extra request: 400 000 more
        // events of even one small object each would add megabytes. The slack covers the allocation counter's
        // granularity (it moves in allocation-context quanta, so a GC started by another thread can shift it).
        var parameters = Baseline with { Requests = 20_000 };
        QueueSimulator.Run(parameters);

        var small = AllocatedBy(() => QueueSimulator.Run(parameters));
        var large = AllocatedBy(() => QueueSimulator.Run(parameters with { Requests = 220_000 }));

        Assert.InRange(large - small, 8 * 200_000 - 64 * 1_024, 8 * 200_000 + 64 * 1_024);
    }

    [Fact]
    public void Statistics_skip_the_warm_up()
    {
        var result = QueueSimulator.Run(Baseline with { Requests = 1_000, WarmupRequests = 400 });

        Assert.Equal(600, result.MeasuredRequests);
        Assert.Equal(2_000, result.Events);
    }

    [Fact]
    public void A_single_request_is_served_at_once()
    {
        var result = QueueSimulator.Run(new SimulationParameters
        {
            ArrivalRatePerSecond = 10, Servers = 1, ServiceTimeMs = 5,
            ServiceDistribution = ServiceDistribution.Deterministic, Requests = 1,
        });

        Assert.Equal(5.0, result.MeanMs, 9);
        Assert.Equal(5.0, result.P99Ms, 9);
        Assert.Equal(1, result.MeasuredRequests);
        Assert.Equal(2, result.Events);
    }

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    public static TheoryData<SimulationParameters, string> InvalidParameters => new()
    {
        { Baseline with { Requests = 0 }, "Requests" },
        { Baseline with { Requests = QueueSimulator.MaxRequests + 1 }, "Requests" },
        { Baseline with { WarmupRequests = -1 }, "WarmupRequests" },
        { Baseline with { WarmupRequests = Baseline.Requests }, "WarmupRequests" },
        { Baseline with { Servers = 0 }, "Servers" },
        { Baseline with { Servers = QueueSimulator.MaxServers + 1 }, "Servers" },
        { Baseline with { ArrivalRatePerSecond = 0 }, "ArrivalRatePerSecond" },
        { Baseline with { ArrivalRatePerSecond = double.NaN }, "ArrivalRatePerSecond" },
        { Baseline with { ServiceTimeMs = -1 }, "ServiceTimeMs" },
        { Baseline with { ServiceTimeMs = double.PositiveInfinity }, "ServiceTimeMs" },
        { Baseline with { CoefficientOfVariation = -0.1 }, "CoefficientOfVariation" },
        { Baseline with { ServiceDistribution = (ServiceDistribution)9 }, "ServiceDistribution" },
        { Baseline with { Arrival = (ArrivalPattern)9 }, "Arrival" },
        { Baseline with { BurstFraction = 1 }, "BurstFraction" },
        { Baseline with { BurstFactor = 0.5 }, "BurstFactor" },
        { Baseline with { BurstFactor = 6 }, "BurstFactor" },
        { Baseline with { BurstMeanDurationMs = 0 }, "BurstMeanDurationMs" },
    };

    [Theory]
    [MemberData(nameof(InvalidParameters))]
    public void Invalid_parameters_are_rejected_by_name(SimulationParameters parameters, string name)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => QueueSimulator.Run(parameters));
        Assert.Equal(name, error.ParamName);
    }

    [Fact]
    public void Burst_settings_are_ignored_for_Poisson_arrivals()
    {
        var result = QueueSimulator.Run(Baseline with { Arrival = ArrivalPattern.Poisson, BurstFactor = 100 });

        Assert.False(result.Saturated);
    }
}
