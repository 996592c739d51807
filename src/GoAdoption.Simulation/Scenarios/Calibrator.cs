namespace GoAdoption.Simulation.Scenarios;

/// <summary>Runs the simulator with the scenario's fixed shape (lognormal service, Poisson arrivals) and counts the work.</summary>
internal sealed class ScenarioEngine(ulong seed, SimulationBudget? budget = null, CancellationToken cancellationToken = default)
{
    /// <summary>Requests per calibration probe: enough for a stable p99 (400 requests above it), cheap enough to repeat.</summary>
    public const int ProbeRequests = 40_000;

    /// <summary>Requests per headroom probe: only whether p99 has doubled is asked, which a shorter run answers.</summary>
    public const int HeadroomRequests = 20_000;

    public int Runs { get; private set; }

    public long Events { get; private set; }

    public SimulationResult Run(double arrivalRatePerSecond, int servers, double serviceTimeMs, double cv, int requests)
    {
        budget?.Charge(requests);
        var result = QueueSimulator.Run(new SimulationParameters
        {
            ArrivalRatePerSecond = arrivalRatePerSecond,
            Servers = servers,
            ServiceTimeMs = serviceTimeMs,
            ServiceDistribution = ServiceDistribution.LogNormal,
            CoefficientOfVariation = cv,
            Requests = requests,

            // The first tenth starts from an empty system and would bias every statistic low.
            WarmupRequests = requests / 10,

            // Every run of a replay draws from the same stream: before and after, calibration and report see the
            // same arrivals and the same service-time quantiles (common random numbers), so their differences come
            // from the parameters and not from sampling noise.
            Seed = seed,
            CancellationToken = cancellationToken,
        });
        Runs++;
        Events += result.Events;
        return result;
    }
}

/// <summary>A latency statistic the simulator reports and the model can be calibrated to.</summary>
internal enum Target
{
    Mean,
    P50,
    P95,
    P99,
}

/// <summary>
/// Fits the mean service time so that a simulated latency statistic equals a claimed figure. Calibrated numbers
/// match the claim by construction and are reported that way, never as a reproduction.
/// </summary>
internal static class Calibrator
{
    private const int MaxIterations = 14;
    private const double ProbeTolerance = 0.002;
    private const double FinalTolerance = 0.005;

    public static double Read(SimulationResult result, Target target) => target switch
    {
        Target.Mean => result.MeanMs,
        Target.P50 => result.P50Ms,
        Target.P95 => result.P95Ms,
        _ => result.P99Ms,
    };

    public static double Z(Target target) => target switch
    {
        Target.Mean => 0.0,
        Target.P50 => 0.0,
        Target.P95 => 1.6448536269514722,
        _ => 2.3263478740408408,
    };

    /// <summary>A lognormal quantile over its mean: e^(zσ − σ²/2) with σ² = ln(1 + CV²). 1 for the mean itself.</summary>
    public static double QuantileOverMean(double z, bool isMean, double cv)
    {
        if (isMean)
        {
            return 1.0;
        }

        var sigmaSquared = DeterministicMath.Ln(1.0 + cv * cv);
        return DeterministicMath.Exp(z * Math.Sqrt(sigmaSquared) - sigmaSquared / 2.0);
    }

    public static double QuantileOverMean(Target target, double cv) => QuantileOverMean(Z(target), target == Target.Mean, cv);

    /// <summary>
    /// The lognormal CV at which quantile z over the mean equals <paramref name="ratio"/>: the smaller root of
    /// zσ − σ²/2 = ln ratio. Null when no lognormal fits (ratio ≤ 1, or beyond the largest ratio e^(z²/2)).
    /// </summary>
    public static double? FitCoefficientOfVariation(double z, double ratio)
    {
        if (!(ratio > 1.0))
        {
            return null;
        }

        var lnRatio = DeterministicMath.Ln(ratio);
        var discriminant = z * z - 2.0 * lnRatio;
        if (discriminant < 0)
        {
            return null;
        }

        var sigma = z - Math.Sqrt(discriminant);
        return Math.Sqrt(DeterministicMath.Exp(sigma * sigma) - 1.0);
    }

    /// <summary>
    /// Service time at which the simulated statistic at rate λ on c servers equals <paramref name="claimedMs"/>.
    /// With common random numbers every latency grows with the service time, so the statistic is monotone in it
    /// and a bracketed search converges; proportional steps get there in a few probes because the statistic is
    /// nearly linear in the service time until queueing dominates.
    /// </summary>
    public static (double ServiceTimeMs, SimulationResult Result) AtRate(
        ScenarioEngine engine, double arrivalRatePerSecond, int servers, Target target, double claimedMs, double cv, int requests)
    {
        var saturating = 1000.0 * servers / arrivalRatePerSecond;
        var probe = Math.Min(requests, ScenarioEngine.ProbeRequests);
        var lo = 0.0;
        var hi = saturating;
        var service = Math.Min(claimedMs / QuantileOverMean(target, cv), 0.9 * saturating);
        var best = (Service: service, Error: double.PositiveInfinity, Result: (SimulationResult?)null);
        for (var i = 0; i < MaxIterations; i++)
        {
            var result = engine.Run(arrivalRatePerSecond, servers, service, cv, probe);
            var value = Read(result, target);
            var error = Math.Abs(value - claimedMs) / claimedMs;
            if (error < best.Error)
            {
                best = (service, error, result);
            }

            if (error <= ProbeTolerance)
            {
                break;
            }

            if (value < claimedMs)
            {
                lo = service;
            }
            else
            {
                hi = service;
            }

            var next = service * claimedMs / value;
            service = next > lo && next < hi ? next : 0.5 * (lo + hi);
        }

        service = best.Service;
        if (probe == requests)
        {
            return (service, best.Result!);
        }

        // The probe is a prefix of the full run's stream, so one proportional correction on the full run is enough.
        var full = engine.Run(arrivalRatePerSecond, servers, service, cv, requests);
        var fullValue = Read(full, target);
        if (Math.Abs(fullValue - claimedMs) / claimedMs <= FinalTolerance)
        {
            return (service, full);
        }

        var corrected = service * claimedMs / fullValue;
        if (corrected >= saturating)
        {
            corrected = 0.5 * (service + saturating);
        }

        return (corrected, engine.Run(arrivalRatePerSecond, servers, corrected, cv, requests));
    }

    /// <summary>
    /// Service time and rate at a fixed utilization ρ on c servers: with ρ and c fixed every time in the model
    /// scales with the service time, so one run at 1 ms gives the exact factor, and a second run at the fitted
    /// scale gives the reported result.
    /// </summary>
    public static (double ServiceTimeMs, double ArrivalRatePerSecond, SimulationResult Result) AtUtilization(
        ScenarioEngine engine, double utilization, int servers, Target target, double claimedMs, double cv, int requests)
    {
        var unit = engine.Run(1000.0 * utilization * servers, servers, 1.0, cv, requests);
        var service = claimedMs / Read(unit, target);
        var rate = 1000.0 * utilization * servers / service;
        return (service, rate, engine.Run(rate, servers, service, cv, requests));
    }

    /// <summary>
    /// Traffic multiplier at which the simulated p99 is twice its value at the claimed load: geometric bisection
    /// between 1 and saturation. Null when the system is saturated already or p99 does not double short of it.
    /// </summary>
    public static double? LoadFactorAtP99Double(ScenarioEngine engine, double arrivalRatePerSecond, int servers, double serviceTimeMs, double cv, int requests)
    {
        var rho = arrivalRatePerSecond * serviceTimeMs / 1000.0 / servers;
        if (rho >= 1.0)
        {
            return null;
        }

        var probe = Math.Min(requests, ScenarioEngine.HeadroomRequests);
        var reference = engine.Run(arrivalRatePerSecond, servers, serviceTimeMs, cv, probe).P99Ms;
        var saturation = 1.0 / rho;
        var lo = 1.0;
        var hi = saturation;
        var doubled = false;
        for (var i = 0; i < 8; i++)
        {
            var mid = Math.Sqrt(lo * hi);
            var p99 = engine.Run(arrivalRatePerSecond * mid, servers, serviceTimeMs, cv, probe).P99Ms;
            if (p99 >= 2.0 * reference)
            {
                hi = mid;
                doubled = true;
            }
            else
            {
                lo = mid;
            }
        }

        return doubled ? Math.Sqrt(lo * hi) : null;
    }
}
