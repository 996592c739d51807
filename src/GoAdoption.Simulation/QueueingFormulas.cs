namespace GoAdoption.Simulation;

/// <summary>
/// Closed-form steady-state results for the models the simulator runs. Rates are per second and times in
/// milliseconds, as in <see cref="SimulationParameters"/>. Unstable inputs (ρ ≥ 1) give +∞ rather than an
/// exception, because "this cannot hold" is a legitimate answer when checking claims.
/// </summary>
public static class QueueingFormulas
{
    /// <summary>Offered load in erlangs, a = λ·S: the mean number of busy servers it takes.</summary>
    public static double OfferedLoadErlangs(double arrivalRatePerSecond, double serviceTimeMs)
    {
        RequirePositive(arrivalRatePerSecond, nameof(arrivalRatePerSecond));
        RequirePositive(serviceTimeMs, nameof(serviceTimeMs));
        return arrivalRatePerSecond * serviceTimeMs / 1000.0;
    }

    /// <summary>Erlang C: the probability that an arrival to M/M/c has to wait. 1 when a ≥ c.</summary>
    public static double ErlangC(int servers, double offeredLoadErlangs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(servers, 1);
        RequirePositive(offeredLoadErlangs, nameof(offeredLoadErlangs));
        if (offeredLoadErlangs >= servers)
        {
            return 1.0;
        }

        // Erlang B by its recursion, then C from B: the textbook sum of a^k/k! overflows for large c.
        var a = offeredLoadErlangs;
        var b = 1.0;
        for (var k = 1; k <= servers; k++)
        {
            b = a * b / (k + a * b);
        }

        return servers * b / (servers - a * (1.0 - b));
    }

    /// <summary>Mean time in queue for M/M/c: C / (cμ − λ).</summary>
    public static double MMcMeanWaitMs(double arrivalRatePerSecond, int servers, double serviceTimeMs)
    {
        var a = OfferedLoadErlangs(arrivalRatePerSecond, serviceTimeMs);
        return a >= servers ? double.PositiveInfinity : ErlangC(servers, a) * serviceTimeMs / (servers - a);
    }

    /// <summary>Mean sojourn time (wait plus service) for M/M/c.</summary>
    public static double MMcMeanSojournMs(double arrivalRatePerSecond, int servers, double serviceTimeMs) =>
        MMcMeanWaitMs(arrivalRatePerSecond, servers, serviceTimeMs) + serviceTimeMs;

    /// <summary>Mean sojourn time for M/M/1: 1 / (μ − λ).</summary>
    public static double MM1MeanSojournMs(double arrivalRatePerSecond, double serviceTimeMs) =>
        MMcMeanSojournMs(arrivalRatePerSecond, 1, serviceTimeMs);

    /// <summary>
    /// Pollaczek–Khinchine mean wait for M/G/1: Wq = ρ·S·(1 + CV²) / (2(1 − ρ)), where CV is the service time's
    /// coefficient of variation (1 exponential, 0 deterministic).
    /// </summary>
    public static double MG1MeanWaitMs(double arrivalRatePerSecond, double serviceTimeMs, double serviceCoefficientOfVariation)
    {
        if (!(serviceCoefficientOfVariation >= 0.0))
        {
            throw new ArgumentOutOfRangeException(nameof(serviceCoefficientOfVariation), serviceCoefficientOfVariation, "Must be at least 0.");
        }

        var rho = OfferedLoadErlangs(arrivalRatePerSecond, serviceTimeMs);
        var cv2 = serviceCoefficientOfVariation * serviceCoefficientOfVariation;
        return rho >= 1.0 ? double.PositiveInfinity : rho * serviceTimeMs * (1.0 + cv2) / (2.0 * (1.0 - rho));
    }

    /// <summary>Mean sojourn time for M/D/1 by Pollaczek–Khinchine: S + ρS / (2(1 − ρ)).</summary>
    public static double MD1MeanSojournMs(double arrivalRatePerSecond, double serviceTimeMs) =>
        MG1MeanWaitMs(arrivalRatePerSecond, serviceTimeMs, 0.0) + serviceTimeMs;

    /// <summary>
    /// Sojourn-time percentile for M/M/1 at a quantile in (0, 1) such as 0.99; the sojourn time is exponential
    /// with rate μ − λ.
    /// </summary>
    public static double MM1SojournPercentileMs(double arrivalRatePerSecond, double serviceTimeMs, double quantile)
    {
        RequireQuantile(quantile);
        var rho = OfferedLoadErlangs(arrivalRatePerSecond, serviceTimeMs);
        return rho >= 1.0 ? double.PositiveInfinity : -Math.Log(1.0 - quantile) * serviceTimeMs / (1.0 - rho);
    }

    /// <summary>
    /// Sojourn-time percentile for M/M/c. The wait is 0 with probability 1 − C and exponential with rate cμ − λ
    /// otherwise; adding exponential service gives a closed-form tail, inverted here by bisection at a quantile
    /// in (0, 1) such as 0.99.
    /// </summary>
    public static double MMcSojournPercentileMs(double arrivalRatePerSecond, int servers, double serviceTimeMs, double quantile)
    {
        RequireQuantile(quantile);
        var a = OfferedLoadErlangs(arrivalRatePerSecond, serviceTimeMs);
        if (a >= servers)
        {
            return double.PositiveInfinity;
        }

        var c = ErlangC(servers, a);
        var mu = 1.0 / serviceTimeMs;
        var theta = (servers - a) / serviceTimeMs;
        var target = 1.0 - quantile;

        double Tail(double t)
        {
            // P(Exp(θ) + Exp(μ) > t); the two-rate form is 0/0 when θ = μ, where the Erlang-2 tail applies.
            var both = Math.Abs(mu - theta) < 1e-12 * mu
                ? (1.0 + mu * t) * Math.Exp(-mu * t)
                : (mu * Math.Exp(-theta * t) - theta * Math.Exp(-mu * t)) / (mu - theta);
            return (1.0 - c) * Math.Exp(-mu * t) + c * both;
        }

        var lo = 0.0;
        var hi = serviceTimeMs;
        while (Tail(hi) > target)
        {
            lo = hi;
            hi *= 2.0;
        }

        for (var i = 0; i < 200 && hi - lo > 1e-12 * hi; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Tail(mid) > target)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return 0.5 * (lo + hi);
    }

    /// <summary>Little's law L = λ·W: the mean number of requests in flight.</summary>
    public static double LittlesLawConcurrency(double throughputPerSecond, double meanLatencyMs) =>
        throughputPerSecond * meanLatencyMs / 1000.0;

    private static void RequirePositive(double value, string name)
    {
        if (!(value > 0.0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be positive and finite.");
        }
    }

    private static void RequireQuantile(double quantile)
    {
        if (!(quantile > 0.0 && quantile < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(quantile), quantile, "Must be strictly between 0 and 1.");
        }
    }
}
