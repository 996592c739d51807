using System.Text.Json.Serialization;

namespace GoAdoption.Domain.Claims;

/// <summary>What a performance claim measures.</summary>
public enum ClaimMetric
{
    Latency,
    Throughput,
    Volume,
    Memory,
    Cpu,
    StartupTime,
    Instances,
    Cost,
    ErrorRate,
    GcPause,
    BuildTime,
    Other,
}

/// <summary>Which statistic of the metric the figure is; <see cref="Unspecified"/> when the text does not say.</summary>
public enum ClaimStatistic
{
    Unspecified,
    Mean,
    P50,
    P90,
    P95,
    P99,
    P999,
    Peak,
    Max,
    Min,
}

/// <summary>
/// Canonical unit of a claim's figures: time in ms, sizes in bytes, rates per second, volumes per day,
/// shares and stated changes in percent (42 means 42 %), plain counts.
/// </summary>
/// <remarks>The wire names are the design document's (ms, per_second), which no naming policy derives from these.</remarks>
public enum ClaimUnit
{
    [JsonStringEnumMemberName("ms")]
    Milliseconds,

    [JsonStringEnumMemberName("bytes")]
    Bytes,

    [JsonStringEnumMemberName("per_second")]
    PerSecond,

    [JsonStringEnumMemberName("per_day")]
    PerDay,

    [JsonStringEnumMemberName("percent")]
    Percent,

    [JsonStringEnumMemberName("count")]
    Count,

    /// <summary>A data rate (MB/s) in bytes per second; never read as request traffic.</summary>
    [JsonStringEnumMemberName("bytes_per_second")]
    BytesPerSecond,
}

/// <summary>How the figure was bounded in the text ("超过 700 万" is at least, "42ms 以内" at most, "about" approximately).</summary>
public enum ClaimBound
{
    Exact,
    AtLeast,
    AtMost,
    Approximately,
}

/// <summary>Whether a stated change agrees with the stated baseline and result.</summary>
public enum ClaimConsistency
{
    /// <summary>Nothing to check: no stated change, or no baseline/result pair.</summary>
    Unchecked,

    /// <summary>The stated change matches baseline→result within the rounding of the stated figure.</summary>
    Consistent,

    /// <summary>The stated change disagrees; the claim's computed change says by how much.</summary>
    Inconsistent,
}

/// <summary>Wire names for the enums, as the design document spells them (<c>startup-time</c>, <c>p99</c>, <c>per_second</c>).</summary>
public static class ClaimNames
{
    public static string ToSlug(this ClaimMetric metric) => metric switch
    {
        ClaimMetric.Latency => "latency",
        ClaimMetric.Throughput => "throughput",
        ClaimMetric.Volume => "volume",
        ClaimMetric.Memory => "memory",
        ClaimMetric.Cpu => "cpu",
        ClaimMetric.StartupTime => "startup-time",
        ClaimMetric.Instances => "instances",
        ClaimMetric.Cost => "cost",
        ClaimMetric.ErrorRate => "error-rate",
        ClaimMetric.GcPause => "gc-pause",
        ClaimMetric.BuildTime => "build-time",
        _ => "other",
    };

    public static string ToSlug(this ClaimStatistic statistic) => statistic switch
    {
        ClaimStatistic.Mean => "mean",
        ClaimStatistic.P50 => "p50",
        ClaimStatistic.P90 => "p90",
        ClaimStatistic.P95 => "p95",
        ClaimStatistic.P99 => "p99",
        ClaimStatistic.P999 => "p999",
        ClaimStatistic.Peak => "peak",
        ClaimStatistic.Max => "max",
        ClaimStatistic.Min => "min",
        _ => "unspecified",
    };

    public static string ToSlug(this ClaimUnit unit) => unit switch
    {
        ClaimUnit.Milliseconds => "ms",
        ClaimUnit.Bytes => "bytes",
        ClaimUnit.PerSecond => "per_second",
        ClaimUnit.PerDay => "per_day",
        ClaimUnit.Percent => "percent",
        ClaimUnit.BytesPerSecond => "bytes_per_second",
        _ => "count",
    };

    public static string ToSlug(this ClaimBound bound) => bound switch
    {
        ClaimBound.AtLeast => "at-least",
        ClaimBound.AtMost => "at-most",
        ClaimBound.Approximately => "approximately",
        _ => "exact",
    };

    public static string ToSlug(this ClaimConsistency consistency) => consistency switch
    {
        ClaimConsistency.Consistent => "consistent",
        ClaimConsistency.Inconsistent => "inconsistent",
        _ => "unchecked",
    };
}
