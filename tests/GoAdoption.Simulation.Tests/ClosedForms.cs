namespace GoAdoption.Simulation.Tests;

/// <summary>
/// Percentiles computed here independently of the library, by direct numeric integration and root-finding, so that
/// the library's own formulas are checked rather than reused.
/// </summary>
internal static class ClosedForms
{
    /// <summary>
    /// M/M/c sojourn quantile from the convolution of the waiting time (0 with probability 1 − C, else Exp(cμ − λ))
    /// with Exp(μ) service, integrated by Simpson's rule.
    /// </summary>
    public static double MMcSojournQuantileByConvolution(double lambdaPerSecond, int servers, double serviceMs, double quantile)
    {
        var mu = 1.0 / serviceMs;
        var lambda = lambdaPerSecond / 1000.0;
        var a = lambda / mu;
        var c = ErlangCBySum(servers, a);
        var theta = servers * mu - lambda;

        double Cdf(double t)
        {
            // ∫₀ᵗ θe^(−θw) (1 − e^(−μ(t−w))) dw
            const int intervals = 2_000;
            var h = t / intervals;
            var sum = 0.0;
            for (var i = 0; i <= intervals; i++)
            {
                var w = i * h;
                var f = theta * Math.Exp(-theta * w) * (1.0 - Math.Exp(-mu * (t - w)));
                sum += f * (i == 0 || i == intervals ? 1 : i % 2 == 1 ? 4 : 2);
            }

            return (1.0 - c) * (1.0 - Math.Exp(-mu * t)) + c * sum * h / 3.0;
        }

        return Bisect(Cdf, quantile, serviceMs);
    }

    /// <summary>
    /// M/D/1 sojourn quantile from Erlang's exact waiting-time distribution,
    /// P(Wq ≤ t) = (1 − ρ) Σ_{k=0}^{⌊t/D⌋} (λ(kD − t))^k / k! · e^(−λ(kD − t)), plus the fixed service time.
    /// </summary>
    public static double MD1SojournQuantile(double lambdaPerSecond, double serviceMs, double quantile)
    {
        var lambda = lambdaPerSecond / 1000.0;
        var rho = lambda * serviceMs;

        double WaitCdf(double t)
        {
            var sum = 0.0;
            for (var k = 0; k <= (int)Math.Floor(t / serviceMs); k++)
            {
                var x = lambda * (k * serviceMs - t);
                var term = Math.Exp(-x);
                for (var j = 1; j <= k; j++)
                {
                    term *= x / j;
                }

                sum += term;
            }

            return (1.0 - rho) * sum;
        }

        return Bisect(WaitCdf, quantile, serviceMs) + serviceMs;
    }

    public static double ErlangCBySum(int servers, double a)
    {
        var term = 1.0;
        var sum = 0.0;
        for (var k = 0; k < servers; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }

        var last = term * servers / (servers - a);
        return last / (sum + last);
    }

    private static double Bisect(Func<double, double> cdf, double quantile, double scale)
    {
        var lo = 0.0;
        var hi = scale;
        while (cdf(hi) < quantile)
        {
            lo = hi;
            hi *= 2;
        }

        for (var i = 0; i < 100; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (cdf(mid) < quantile)
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
}
