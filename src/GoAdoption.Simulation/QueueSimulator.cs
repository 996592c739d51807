using System.Diagnostics;

namespace GoAdoption.Simulation;

/// <summary>
/// Discrete-event simulation of a G/G/c queue with one FIFO line: Poisson or bursty arrivals, c servers,
/// exponential, deterministic or lognormal service. Deterministic for a given parameter set, seed included.
/// </summary>
public static class QueueSimulator
{
    /// <summary>Upper bound on requests per run; keeps memory (8 bytes per request) and time bounded.</summary>
    public const int MaxRequests = 5_000_000;

    // A cancellation check every 4,096 events: a few microseconds apart, and free beside the event itself.
    private const long CancellationCheckMask = 4095;

    /// <summary>Upper bound on servers; the event heap holds one pending departure per server.</summary>
    public const int MaxServers = 100_000;

    /// <summary>
    /// Below this the time between arrivals, summed over a run, leaves the range of a double (1e-300 per second is
    /// 1e303 ms apart), and every figure of the run is infinite or undefined.
    /// </summary>
    public const double MinArrivalRatePerSecond = 1e-12;

    public static SimulationResult Run(SimulationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validate(parameters);

        var stopwatch = Stopwatch.StartNew();
        var requests = parameters.Requests;
        var warmup = parameters.WarmupRequests;
        var servers = parameters.Servers;

        var rng = new Xoshiro256StarStar(parameters.Seed);
        var arrivals = new ArrivalSampler(parameters, ref rng);
        var service = new ServiceTimeSampler(
            parameters.ServiceDistribution, parameters.ServiceTimeMs, parameters.CoefficientOfVariation);

        // One slot per request: its arrival time while it is in the system, its sojourn time once it has left.
        // FIFO means requests start service in arrival order, so the waiting line is just the index range
        // [started, arrived) and needs no storage of its own.
        var times = GC.AllocateUninitializedArray<double>(requests);
        var events = new EventQueue(servers + 1);

        long sequence = 0;
        long processed = 0;
        var arrived = 0;
        var started = 0;
        var completed = 0;
        var busy = 0;
        var maxQueue = 0;
        var waitSum = 0.0;
        var lastTime = 0.0;
        var queueArea = 0.0;
        var busyArea = 0.0;
        var window = default(WindowMark);
        var windowEnd = default(WindowMark);

        events.Push(new SimEvent(arrivals.NextGapMs(ref rng), sequence++, SimEvent.Arrival));
        while (events.Count > 0)
        {
            var now = events.Top.Time;
            var request = events.Top.Request;
            if ((++processed & CancellationCheckMask) == 0)
                parameters.CancellationToken.ThrowIfCancellationRequested();

            var dt = now - lastTime;
            queueArea += dt * (arrived - started);
            busyArea += dt * busy;
            lastTime = now;

            if (request == SimEvent.Arrival)
            {
                var index = arrived++;
                times[index] = now;
                if (index == warmup)
                {
                    window = new WindowMark(now, queueArea, busyArea, completed);
                }

                if (arrived < requests)
                {
                    events.ReplaceTop(new SimEvent(now + arrivals.NextGapMs(ref rng), sequence++, SimEvent.Arrival));
                }
                else
                {
                    events.RemoveTop();
                    windowEnd = new WindowMark(now, queueArea, busyArea, completed);
                }

                if (busy < servers)
                {
                    busy++;
                    started++;
                    events.Push(new SimEvent(now + service.Next(ref rng), sequence++, index));
                }
                else if (index >= warmup)
                {
                    maxQueue = Math.Max(maxQueue, arrived - started);
                }
            }
            else
            {
                times[request] = now - times[request];
                completed++;
                if (started < arrived)
                {
                    var next = started++;
                    if (next >= warmup)
                    {
                        waitSum += now - times[next];
                    }

                    events.ReplaceTop(new SimEvent(now + service.Next(ref rng), sequence++, next));
                }
                else
                {
                    busy--;
                    events.RemoveTop();
                }
            }
        }

        // A single measured request leaves no interval between first and last arrival; fall back to the drain.
        if (windowEnd.Time <= window.Time)
        {
            windowEnd = new WindowMark(lastTime, queueArea, busyArea, completed);
        }

        var measured = times.AsSpan(warmup);
        var (mean, stdDev, max) = Moments(measured);
        var p50Index = NearestRank.Index(measured.Length, 5_000);
        var p95Index = NearestRank.Index(measured.Length, 9_500);
        var p99Index = NearestRank.Index(measured.Length, 9_900);

        // Each selection leaves everything above its index no smaller, so the next one searches only that tail.
        var p50 = NearestRank.Select(measured, p50Index);
        var p95 = NearestRank.Select(measured[p50Index..], p95Index - p50Index);
        var p99 = NearestRank.Select(measured[p95Index..], p99Index - p95Index);

        var span = windowEnd.Time - window.Time;
        return new SimulationResult
        {
            ThroughputPerSecond = span > 0 ? (windowEnd.Completed - window.Completed) / span * 1000.0 : 0.0,
            Utilization = span > 0 ? (windowEnd.BusyArea - window.BusyArea) / span / servers : 0.0,
            OfferedLoad = parameters.OfferedLoad,
            MeanMs = mean,
            StdDevMs = stdDev,
            MeanWaitMs = waitSum / measured.Length,
            P50Ms = p50,
            P95Ms = p95,
            P99Ms = p99,
            MaxMs = max,
            MeanQueueLength = span > 0 ? (windowEnd.QueueArea - window.QueueArea) / span : 0.0,
            MaxQueueLength = maxQueue,
            Saturated = parameters.OfferedLoad >= 1.0,
            MeasuredRequests = measured.Length,
            Events = processed,
            Elapsed = stopwatch.Elapsed,
        };
    }

    private static (double Mean, double StdDev, double Max) Moments(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        var max = double.NegativeInfinity;
        foreach (var value in values)
        {
            sum += value;
            max = Math.Max(max, value);
        }

        var mean = sum / values.Length;

        // Two passes: summing squared deviations from the mean avoids the cancellation of Σx² − n·mean².
        var squares = 0.0;
        foreach (var value in values)
        {
            var deviation = value - mean;
            squares += deviation * deviation;
        }

        var stdDev = values.Length > 1 ? Math.Sqrt(squares / (values.Length - 1)) : 0.0;
        return (mean, stdDev, max);
    }

    private static void Validate(SimulationParameters p)
    {
        RequirePositiveFinite(p.ArrivalRatePerSecond, nameof(p.ArrivalRatePerSecond));
        if (p.ArrivalRatePerSecond < MinArrivalRatePerSecond)
        {
            throw OutOfRange(nameof(p.ArrivalRatePerSecond), p.ArrivalRatePerSecond, $"The arrival rate must be at least {MinArrivalRatePerSecond} per second.");
        }

        RequirePositiveFinite(p.ServiceTimeMs, nameof(p.ServiceTimeMs));
        if (p.Servers is < 1 or > MaxServers)
        {
            throw OutOfRange(
                nameof(p.Servers), p.Servers, $"Servers must be between 1 and {MaxServers}.");
        }

        if (p.Requests is < 1 or > MaxRequests)
        {
            throw OutOfRange(
                nameof(p.Requests), p.Requests, $"Requests must be between 1 and {MaxRequests}.");
        }

        if (p.WarmupRequests < 0 || p.WarmupRequests >= p.Requests)
        {
            throw OutOfRange(
                nameof(p.WarmupRequests), p.WarmupRequests, "Warm-up must be at least 0 and less than Requests.");
        }

        if (!Enum.IsDefined(p.ServiceDistribution))
        {
            throw OutOfRange(nameof(p.ServiceDistribution), p.ServiceDistribution, "Not a defined value.");
        }

        if (!(p.CoefficientOfVariation >= 0.0) || double.IsInfinity(p.CoefficientOfVariation))
        {
            throw OutOfRange(
                nameof(p.CoefficientOfVariation), p.CoefficientOfVariation, "The coefficient of variation must be finite and at least 0.");
        }

        if (!Enum.IsDefined(p.Arrival))
        {
            throw OutOfRange(nameof(p.Arrival), p.Arrival, "Not a defined value.");
        }

        if (p.Arrival != ArrivalPattern.Bursty)
        {
            return;
        }

        if (!(p.BurstFraction > 0.0 && p.BurstFraction < 1.0))
        {
            throw OutOfRange(
                nameof(p.BurstFraction), p.BurstFraction, "The burst fraction must be strictly between 0 and 1.");
        }

        // Beyond 1/fraction the calm rate would have to be negative to keep the mean.
        if (!(p.BurstFactor >= 1.0 && p.BurstFactor * p.BurstFraction <= 1.0))
        {
            throw OutOfRange(
                nameof(p.BurstFactor), p.BurstFactor, "The burst factor must be at least 1 and at most 1 / BurstFraction.");
        }

        RequirePositiveFinite(p.BurstMeanDurationMs, nameof(p.BurstMeanDurationMs));
    }

    private static void RequirePositiveFinite(double value, string name)
    {
        if (!(value > 0.0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive and finite.");
        }
    }

    // Names a property of the parameters record rather than an argument of this method, which CA2208 cannot know.
    private static ArgumentOutOfRangeException OutOfRange(string property, object value, string message) =>
        new(property, value, message);

    private readonly record struct WindowMark(double Time, double QueueArea, double BusyArea, int Completed);
}
