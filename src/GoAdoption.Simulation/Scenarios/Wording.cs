using System.Globalization;
using GoAdoption.Domain.Claims;

namespace GoAdoption.Simulation.Scenarios;

/// <summary>Numbers and names for reasons and input bases: invariant culture, so a scenario reads the same everywhere.</summary>
internal static class Wording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Three significant digits below 1 000, grouped integers above: "18.1", "0.0093", "14,583".</summary>
    public static string Num(double value)
    {
        if (double.IsInfinity(value) || double.IsNaN(value))
        {
            return "∞";
        }

        var magnitude = Math.Abs(value);
        if (magnitude >= 1_000)
        {
            return Math.Round(value).ToString("#,0", Invariant);
        }

        if (magnitude == 0)
        {
            return "0";
        }

        var decimals = Math.Clamp(2 - (int)Math.Floor(Math.Log10(magnitude)), 0, 12);
        return Math.Round(value, decimals).ToString("0.############", Invariant);
    }

    public static string Percent(double value) => (value > 0 ? "+" : string.Empty) + Num(value) + " %";

    public static string Factor(double value) => Num(value) + "×";

    public static string WithUnit(double value, ClaimUnit unit) => unit switch
    {
        ClaimUnit.Milliseconds => Num(value) + " ms",
        ClaimUnit.Bytes => Bytes(value),
        ClaimUnit.PerSecond => Num(value) + "/s",
        ClaimUnit.PerDay => Num(value) + "/day",
        ClaimUnit.Percent => Num(value) + " %",
        _ => Num(value),
    };

    public static string Lines(int start, int end) =>
        end > start ? start.ToString(Invariant) + "–" + end.ToString(Invariant) : start.ToString(Invariant);

    public static string Metric(ClaimMetric metric) => metric switch
    {
        ClaimMetric.Latency => "latency",
        ClaimMetric.Throughput => "throughput",
        ClaimMetric.Volume => "daily volume",
        ClaimMetric.Memory => "memory",
        ClaimMetric.Cpu => "CPU",
        ClaimMetric.StartupTime => "startup time",
        ClaimMetric.Instances => "instances",
        ClaimMetric.Cost => "cost",
        ClaimMetric.ErrorRate => "error rate",
        ClaimMetric.GcPause => "GC pause",
        ClaimMetric.BuildTime => "build time",
        _ => "other figure",
    };

    public static string Statistic(ClaimStatistic statistic) => statistic switch
    {
        ClaimStatistic.Mean => "mean",
        ClaimStatistic.P50 => "p50",
        ClaimStatistic.P90 => "p90",
        ClaimStatistic.P95 => "p95",
        ClaimStatistic.P99 => "p99",
        ClaimStatistic.P999 => "p99.9",
        ClaimStatistic.Peak => "peak",
        ClaimStatistic.Max => "maximum",
        ClaimStatistic.Min => "minimum",
        _ => string.Empty,
    };

    /// <summary>"p99 latency", "latency", "peak throughput".</summary>
    public static string Describe(ClaimMetric metric, ClaimStatistic statistic)
    {
        var stat = Statistic(statistic);
        return stat.Length == 0 ? Metric(metric) : stat + " " + Metric(metric);
    }

    public static string Side(Variant variant) => variant switch
    {
        Variant.Before => "before",
        Variant.After => "after",
        _ => "both",
    };

    private static string Bytes(double value)
    {
        const double MiB = 1024d * 1024d;
        const double GiB = MiB * 1024d;
        return Math.Abs(value) >= GiB / 2 ? Num(value / GiB) + " GB"
            : Math.Abs(value) >= MiB ? Num(value / MiB) + " MB"
            : Math.Abs(value) >= 1024 ? Num(value / 1024) + " KB"
            : Num(value) + " bytes";
    }
}
