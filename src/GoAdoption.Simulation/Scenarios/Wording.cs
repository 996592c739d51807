using System.Globalization;

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

    public static string WithUnit(double value, FactUnit unit) => unit switch
    {
        FactUnit.Milliseconds => Num(value) + " ms",
        FactUnit.Bytes => Bytes(value),
        FactUnit.PerSecond => Num(value) + "/s",
        FactUnit.PerDay => Num(value) + "/day",
        FactUnit.Percent => Num(value) + " %",
        _ => Num(value),
    };

    public static string Lines(int start, int end) =>
        end > start ? start.ToString(Invariant) + "–" + end.ToString(Invariant) : start.ToString(Invariant);

    public static string Metric(FactMetric metric) => metric switch
    {
        FactMetric.Latency => "latency",
        FactMetric.Throughput => "throughput",
        FactMetric.Volume => "daily volume",
        FactMetric.Memory => "memory",
        FactMetric.Cpu => "CPU",
        FactMetric.StartupTime => "startup time",
        FactMetric.Instances => "instances",
        FactMetric.Cost => "cost",
        FactMetric.ErrorRate => "error rate",
        FactMetric.GcPause => "GC pause",
        FactMetric.BuildTime => "build time",
        _ => "other figure",
    };

    public static string Statistic(FactStatistic statistic) => statistic switch
    {
        FactStatistic.Mean => "mean",
        FactStatistic.P50 => "p50",
        FactStatistic.P90 => "p90",
        FactStatistic.P95 => "p95",
        FactStatistic.P99 => "p99",
        FactStatistic.P999 => "p99.9",
        FactStatistic.Peak => "peak",
        FactStatistic.Max => "maximum",
        FactStatistic.Min => "minimum",
        _ => string.Empty,
    };

    /// <summary>"p99 latency", "latency", "peak throughput".</summary>
    public static string Describe(FactMetric metric, FactStatistic statistic)
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
