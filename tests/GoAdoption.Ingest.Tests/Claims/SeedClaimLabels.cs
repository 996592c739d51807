using GoAdoption.Domain.Claims;

namespace GoAdoption.Ingest.Tests.Claims;

/// <summary>One claim a careful reader finds in a seed, with its canonical values.</summary>
/// <param name="File">Seed file name.</param>
/// <param name="Line">1-based line of the sentence or row (for a table comparison, the result row).</param>
/// <param name="Subject">Company or project slug, when the text names one; null when no company owns the claim (a generic technique section, or a figure boasted for a list of companies), and then no company may be read.</param>
/// <param name="Metric">What is measured.</param>
/// <param name="Unit">Canonical unit.</param>
/// <param name="Baseline">Before, canonical; null for a single figure or a stated change alone.</param>
/// <param name="Result">After or only figure, canonical.</param>
/// <param name="StatedChange">Signed stated percent change.</param>
/// <param name="Statistic">Statistic, when the text names one.</param>
/// <param name="MigratedFrom">Language moved off, when stated where the claim is.</param>
/// <param name="Multiplier">Stated multiplier.</param>
/// <param name="Delta">Stated absolute change, canonical.</param>
/// <param name="Bound">Bound, when not exact.</param>
internal sealed record LabelledClaim(
    string File,
    int Line,
    string? Subject,
    ClaimMetric Metric,
    ClaimUnit Unit,
    double? Baseline = null,
    double? Result = null,
    double? StatedChange = null,
    ClaimStatistic? Statistic = null,
    string? MigratedFrom = null,
    double? Multiplier = null,
    double? Delta = null,
    ClaimBound? Bound = null);

/// <summary>
/// The performance claims in the five seeds, as read by hand. Scale statements with a number and a unit count
/// (services, nodes, connections, concurrent viewers, traffic share, availability) are claims with metric "other"
/// or "instances"; test loads in captions, configuration values, limits, timeouts, CLI flags, versions, years,
/// funding, GitHub stars and contributor counts are not.
/// </summary>
internal static class SeedClaimLabels
{
    public const string Ko = "000_47cddd82a3ebf027.txt";
    public const string ZhMd = "001_22b56112cc55f717.txt";
    public const string Web2 = "002_fc441899caaa3e5c.txt";
    public const string Web3 = "003_1a5a6f47d61ed29a.txt";
    public const string En = "004_6a682a0c77bf547d.txt";

    private const double MiB = 1024d * 1024d;
    private const double GiB = MiB * 1024d;

    public static readonly IReadOnlyList<LabelledClaim> All =
    [
        // 000: Korean Markdown quoting English.
        new(Ko, 29, "uber", ClaimMetric.Other, ClaimUnit.Count, Result: 100, Bound: ClaimBound.AtLeast),
        new(Ko, 41, "fabric", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 5e9, Bound: ClaimBound.Approximately),
        new(Ko, 41, "fabric", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 1e6, Bound: ClaimBound.AtLeast),

        // 001: Chinese Markdown.
        new(ZhMd, 18, "toutiao", ClaimMetric.Other, ClaimUnit.Percent, Result: 80, Bound: ClaimBound.AtLeast),
        new(ZhMd, 18, "toutiao", ClaimMetric.Other, ClaimUnit.Count, Result: 100, Bound: ClaimBound.AtLeast),
        new(ZhMd, 18, "toutiao", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 7e6, Statistic: ClaimStatistic.Peak, Bound: ClaimBound.AtLeast),
        new(ZhMd, 18, "toutiao", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 3e11, Bound: ClaimBound.AtLeast),

        // 004: English plain text.
        new(En, 7, "nsq", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 1e9, Bound: ClaimBound.AtLeast),

        // 002: flattened Chinese web page.
        new(Web2, 12, "uber", ClaimMetric.Throughput, ClaimUnit.Percent, Multiplier: 5),
        new(Web2, 12, "uber", ClaimMetric.Latency, ClaimUnit.Percent, StatedChange: -40),
        new(Web2, 13, "twitch", ClaimMetric.Other, ClaimUnit.Count, Result: 1e6, Bound: ClaimBound.Approximately),
        new(Web2, 35, null, ClaimMetric.Volume, ClaimUnit.PerDay, Result: 1e11, Bound: ClaimBound.Approximately),
        new(Web2, 88, null, ClaimMetric.GcPause, ClaimUnit.Percent, StatedChange: -32),
        new(Web2, 89, null, ClaimMetric.Latency, ClaimUnit.Milliseconds, Delta: -0.18, Statistic: ClaimStatistic.P99),
        new(Web2, 181, "prometheus", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 1e6, Bound: ClaimBound.Approximately),
        new(Web2, 205, null, ClaimMetric.Memory, ClaimUnit.Count, Baseline: 4, Result: 0),
        new(Web2, 205, null, ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 1.8, Result: 0.3, Statistic: ClaimStatistic.Mean),
        new(Web2, 302, null, ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 120e-6, Result: 85e-6),
        new(Web2, 313, null, ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 1e4, Bound: ClaimBound.Approximately),
        new(Web2, 345, null, ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 8.2, Result: 0.9, Statistic: ClaimStatistic.Mean),
        new(Web2, 345, null, ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 24, Result: 3.1, Statistic: ClaimStatistic.P99),
        new(Web2, 345, null, ClaimMetric.Cpu, ClaimUnit.Percent, Baseline: 78, Result: 42),
        new(Web2, 429, null, ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 0.084, Result: 0.0093, Statistic: ClaimStatistic.P99),
        new(Web2, 429, null, ClaimMetric.Memory, ClaimUnit.PerSecond, Baseline: 0, Result: 180_000),
        new(Web2, 440, null, ClaimMetric.Volume, ClaimUnit.PerDay, Result: 1e6, Bound: ClaimBound.Approximately),
        new(Web2, 468, null, ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 8200, Result: 1900, Bound: ClaimBound.Approximately),
        new(Web2, 482, "google", ClaimMetric.Other, ClaimUnit.Count, Result: 1e5, Bound: ClaimBound.AtLeast),
        new(Web2, 486, "bytedance", ClaimMetric.Memory, ClaimUnit.Percent, StatedChange: -37),
        new(Web2, 486, "bytedance", ClaimMetric.StartupTime, ClaimUnit.Milliseconds, Baseline: 820, Result: 190),
        new(Web2, 486, "tencent", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 2.4e8),
        new(Web2, 486, "tencent", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 42, Statistic: ClaimStatistic.P99, Bound: ClaimBound.AtMost),
        new(Web2, 493, "kubernetes", ClaimMetric.Instances, ClaimUnit.Count, Result: 5000, Bound: ClaimBound.AtLeast),
        new(Web2, 495, "prometheus", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 1.2e6),
        new(Web2, 496, "etcd", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 2e4, Bound: ClaimBound.AtLeast),
        new(Web2, 496, "etcd", ClaimMetric.Other, ClaimUnit.Percent, Result: 91),
        new(Web2, 500, "tidb", ClaimMetric.Other, ClaimUnit.Count, Result: 1200, Bound: ClaimBound.AtLeast),
        new(Web2, 514, "stripe", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 4.7e8, Bound: ClaimBound.AtLeast),
        new(Web2, 514, "stripe", ClaimMetric.Cpu, ClaimUnit.Percent, StatedChange: -32),
        new(Web2, 514, "stripe", ClaimMetric.GcPause, ClaimUnit.Milliseconds, Baseline: 18, Result: 2.3, Statistic: ClaimStatistic.Mean),

        // 003: flattened Chinese web page.
        new(Web3, 11, "cloudflare", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 1e6, Bound: ClaimBound.AtLeast),
        new(Web3, 11, "twitch", ClaimMetric.Latency, ClaimUnit.Percent, StatedChange: -60, MigratedFrom: "Node.js"),
        new(Web3, 11, "twitch", ClaimMetric.Cost, ClaimUnit.Percent, StatedChange: -40),
        new(Web3, 25, "netflix", ClaimMetric.StartupTime, ClaimUnit.Milliseconds, Baseline: 12_000, Result: 400, MigratedFrom: "Java"),
        new(Web3, 32, "dropbox", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 200, Bound: ClaimBound.AtMost),
        new(Web3, 59, "didi", ClaimMetric.Throughput, ClaimUnit.PerSecond, Baseline: 8000, Result: 120_000, Statistic: ClaimStatistic.Peak),
        new(Web3, 71, "meituan", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 1e7, MigratedFrom: "Java"),
        new(Web3, 107, "bytedance", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 1e11, Bound: ClaimBound.AtLeast),
        new(Web3, 130, "bytedance", ClaimMetric.GcPause, ClaimUnit.Milliseconds, Baseline: 18, Result: 4.2, StatedChange: -76, Statistic: ClaimStatistic.P99),
        new(Web3, 131, "bytedance", ClaimMetric.Cpu, ClaimUnit.Percent, Baseline: 12.7, Result: 5.3, StatedChange: -58),
        new(Web3, 152, "kuaishou", ClaimMetric.Throughput, ClaimUnit.BytesPerSecond, Result: 182 * MiB),
        new(Web3, 152, "kuaishou", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 12.3, Statistic: ClaimStatistic.P99),
        new(Web3, 152, "kuaishou", ClaimMetric.Cpu, ClaimUnit.Percent, Result: 68),
        new(Web3, 153, "kuaishou", ClaimMetric.Throughput, ClaimUnit.BytesPerSecond, Result: 695 * MiB),
        new(Web3, 153, "kuaishou", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 41.7, Statistic: ClaimStatistic.P99),
        new(Web3, 153, "kuaishou", ClaimMetric.Cpu, ClaimUnit.Percent, Result: 92),
        new(Web3, 161, "tencent", ClaimMetric.StartupTime, ClaimUnit.Percent, StatedChange: -37),
        new(Web3, 179, "tencent", ClaimMetric.StartupTime, ClaimUnit.Milliseconds, Baseline: 128, Result: 81, Statistic: ClaimStatistic.Mean),
        new(Web3, 179, "tencent", ClaimMetric.Memory, ClaimUnit.Bytes, Baseline: 1.4 * MiB, Result: 0.6 * MiB),
        new(Web3, 220, "china-merchants-bank", ClaimMetric.ErrorRate, ClaimUnit.Percent, Baseline: 0.18, Result: 0.002),
        new(Web3, 259, "citic-securities", ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 0.085, Result: 0.023, Statistic: ClaimStatistic.Mean, MigratedFrom: "Java"),
        new(Web3, 260, "citic-securities", ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 0.21, Result: 0.067, Statistic: ClaimStatistic.P99, MigratedFrom: "Java"),
        new(Web3, 261, "citic-securities", ClaimMetric.Cpu, ClaimUnit.Percent, Baseline: 68, Result: 41, MigratedFrom: "Java"),
        new(Web3, 390, "huawei", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 8.2, Statistic: ClaimStatistic.Max, Bound: ClaimBound.AtMost),
        new(Web3, 391, "huawei", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 3.7, Statistic: ClaimStatistic.Max, Bound: ClaimBound.AtMost),
        new(Web3, 434, "prometheus", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 1e6),
        new(Web3, 438, "uber", ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 120, Result: 18, Statistic: ClaimStatistic.P99),
        new(Web3, 438, "uber", ClaimMetric.Instances, ClaimUnit.Percent, StatedChange: -62),
        new(Web3, 438, "uber", ClaimMetric.Volume, ClaimUnit.PerDay, Result: 4.2e8),
        new(Web3, 438, "uber", ClaimMetric.GcPause, ClaimUnit.Percent, StatedChange: -40),
        new(Web3, 441, "uber", ClaimMetric.Latency, ClaimUnit.Milliseconds, Baseline: 120, Result: 18, StatedChange: -85, Statistic: ClaimStatistic.P99, MigratedFrom: "Java"),
        new(Web3, 442, "uber", ClaimMetric.Memory, ClaimUnit.Bytes, Baseline: 2.4 * GiB, Result: 0.6 * GiB, StatedChange: -75, MigratedFrom: "Java"),
        new(Web3, 443, "uber", ClaimMetric.StartupTime, ClaimUnit.Milliseconds, Baseline: 42_000, Result: 300, StatedChange: -99, MigratedFrom: "Java"),
        new(Web3, 447, "paypal", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 1200, Bound: ClaimBound.AtLeast),
        new(Web3, 447, "paypal", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 80, Bound: ClaimBound.AtMost),
        new(Web3, 455, "docker", ClaimMetric.StartupTime, ClaimUnit.Milliseconds, Baseline: 300, Result: 40, MigratedFrom: "Python"),
        new(Web3, 459, "twitch", ClaimMetric.Other, ClaimUnit.Count, Result: 1.5e7),
        new(Web3, 459, "twitch", ClaimMetric.Other, ClaimUnit.Percent, Result: 99.999),
        new(Web3, 459, "twitch", ClaimMetric.Throughput, ClaimUnit.PerSecond, Result: 2.7e5),
        new(Web3, 459, "twitch", ClaimMetric.Latency, ClaimUnit.Milliseconds, Result: 9.3, Statistic: ClaimStatistic.Mean),
        new(Web3, 459, "twitch", ClaimMetric.ErrorRate, ClaimUnit.Percent, Result: 0.002, Bound: ClaimBound.AtMost),
    ];

    /// <summary>Lines of code, configuration, CLI commands, diagrams, captions of test loads and non-performance figures: no claim may come from them.</summary>
    public static readonly IReadOnlyDictionary<string, int[]> NegativeLines = new Dictionary<string, int[]>
    {
        [ZhMd] = [11, 25],
        [Web2] = [3, 20, 21, 22, 23, 24, 31, 33, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 130, 131, 132, 186, 189, 190, 191, 192, 193, 194, 195, 196, 197,
            216, 220, 221, 222, 223, 224, 225, 226, 228, 233, 234, 235, 239, 240, 241, 242, 243, 246, 318, 323, 324, 325, 326, 327, 328, 329, 330, 331, 332, 333,
            334, 335, 336, 337, 341, 402, 403, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 419, 420, 424, 444, 445, 446, 447, 448, 449, 450, 451, 452,
            453, 454, 455, 456, 457, 458, 459],
        [Web3] = [3, 17, 18, 19, 28, 29, 30, 42, 43, 44, 45, 46, 47, 48, 49, 50, 115, 116, 117, 118, 119, 120, 121, 122, 123, 125, 133, 143, 144, 145, 147, 170,
            171, 175, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 283, 284, 285, 286, 351, 352, 357, 358, 359, 360, 361, 362, 363, 381, 382, 383, 384, 405,
            406, 407, 408, 409, 418, 449, 450, 451],
    };

    /// <summary>Figures on claim-bearing lines that are not claims: stars, contributors, module counts, GOGC, months, shares of projects.</summary>
    public static readonly IReadOnlyList<(string File, int Line, double Value)> NegativeValues =
    [
        (Web2, 482, 9200), (Web2, 482, 450), (Web2, 500, 20), (Web2, 500, 18), (Web2, 514, 135),
        (Web3, 434, 300), (Web3, 3, 92),
    ];
}
