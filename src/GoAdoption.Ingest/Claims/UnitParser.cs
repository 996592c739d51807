namespace GoAdoption.Ingest.Claims;

/// <summary>What kind of figure a number is, once its unit and context are read.</summary>
public enum QuantityKind
{
    /// <summary>A bare number (a version, a code, a label): never a claim on its own.</summary>
    Plain,

    /// <summary>Time, canonical milliseconds.</summary>
    Duration,

    /// <summary>Size, canonical bytes.</summary>
    Size,

    /// <summary>Percent or share (42 means 42 %).</summary>
    Percent,

    /// <summary>A factor (5 倍, 3x, one-eighth): result ÷ baseline as far as the number goes.</summary>
    Multiplier,

    /// <summary>Events per second (QPS, 每秒 N 次, requests per second).</summary>
    Rate,

    /// <summary>Bytes per second (MB/s, KB/s): a data rate, not a request rate.</summary>
    ByteRate,

    /// <summary>Something per day (日均 N 次, per day, daily).</summary>
    DailyVolume,

    /// <summary>A count of things (instances, nodes, connections, services…).</summary>
    Count,
}

/// <summary>A unit read right after a number.</summary>
/// <param name="Kind">The kind of figure.</param>
/// <param name="Factor">Multiply the number by this to get canonical units.</param>
/// <param name="End">Offset just past the unit.</param>
public readonly record struct UnitMatch(QuantityKind Kind, double Factor, int End);

/// <summary>
/// Units and their canonical factors. Time: ns = 1e-6 ms, μs = 0.001 ms, s = 1000 ms, minutes = 60 000 ms, hours = 3.6e6 ms.
/// Sizes are binary (KB = 1024 B, MB = 1024² B, GB = 1024³ B), because the seeds' memory and window figures
/// (64KB, 1MB, 2.4 GB per instance) are the binary sizes runtimes report. Rates of bytes (MB/s) become bytes per second,
/// kept apart from request rates so nothing downstream reads a data rate as traffic.
/// </summary>
public static class UnitParser
{
    private readonly record struct UnitToken(string Token, QuantityKind Kind, double Factor);

    private const double Kib = 1024d;

    private static readonly UnitToken[] Tokens =
    [
        new("nanoseconds", QuantityKind.Duration, 1e-6), new("nanosecond", QuantityKind.Duration, 1e-6),
        new("ns", QuantityKind.Duration, 1e-6), new("纳秒", QuantityKind.Duration, 1e-6), new("나노초", QuantityKind.Duration, 1e-6),
        new("microseconds", QuantityKind.Duration, 1e-3), new("microsecond", QuantityKind.Duration, 1e-3),
        new("μs", QuantityKind.Duration, 1e-3), new("µs", QuantityKind.Duration, 1e-3), new("us", QuantityKind.Duration, 1e-3),
        new("微秒", QuantityKind.Duration, 1e-3), new("마이크로초", QuantityKind.Duration, 1e-3),
        new("milliseconds", QuantityKind.Duration, 1), new("millisecond", QuantityKind.Duration, 1), new("msec", QuantityKind.Duration, 1),
        new("ms", QuantityKind.Duration, 1), new("毫秒", QuantityKind.Duration, 1), new("밀리초", QuantityKind.Duration, 1),
        new("seconds", QuantityKind.Duration, 1000), new("second", QuantityKind.Duration, 1000), new("secs", QuantityKind.Duration, 1000),
        new("sec", QuantityKind.Duration, 1000), new("s", QuantityKind.Duration, 1000), new("秒", QuantityKind.Duration, 1000),
        new("초", QuantityKind.Duration, 1000),
        new("minutes", QuantityKind.Duration, 60_000), new("minute", QuantityKind.Duration, 60_000), new("mins", QuantityKind.Duration, 60_000),
        new("min", QuantityKind.Duration, 60_000), new("分钟", QuantityKind.Duration, 60_000), new("분", QuantityKind.Duration, 60_000),
        new("hours", QuantityKind.Duration, 3_600_000), new("hour", QuantityKind.Duration, 3_600_000), new("hrs", QuantityKind.Duration, 3_600_000),
        new("h", QuantityKind.Duration, 3_600_000), new("小时", QuantityKind.Duration, 3_600_000), new("시간", QuantityKind.Duration, 3_600_000),
        new("bytes", QuantityKind.Size, 1), new("byte", QuantityKind.Size, 1), new("B", QuantityKind.Size, 1),
        new("字节", QuantityKind.Size, 1), new("바이트", QuantityKind.Size, 1),
        new("KB", QuantityKind.Size, Kib), new("kB", QuantityKind.Size, Kib), new("KiB", QuantityKind.Size, Kib),
        new("MB", QuantityKind.Size, Kib * Kib), new("MiB", QuantityKind.Size, Kib * Kib),
        new("GB", QuantityKind.Size, Kib * Kib * Kib), new("GiB", QuantityKind.Size, Kib * Kib * Kib),
        new("TB", QuantityKind.Size, Kib * Kib * Kib * Kib), new("TiB", QuantityKind.Size, Kib * Kib * Kib * Kib),
        new("%", QuantityKind.Percent, 1), new("％", QuantityKind.Percent, 1), new("percent", QuantityKind.Percent, 1),
        new("per cent", QuantityKind.Percent, 1), new("퍼센트", QuantityKind.Percent, 1),
        new("倍", QuantityKind.Multiplier, 1), new("x", QuantityKind.Multiplier, 1), new("X", QuantityKind.Multiplier, 1),
        new("×", QuantityKind.Multiplier, 1), new("times", QuantityKind.Multiplier, 1), new("배", QuantityKind.Multiplier, 1),
        new("QPS", QuantityKind.Rate, 1), new("TPS", QuantityKind.Rate, 1), new("RPS", QuantityKind.Rate, 1),
        new("qps", QuantityKind.Rate, 1), new("tps", QuantityKind.Rate, 1), new("rps", QuantityKind.Rate, 1),
        new("req/s", QuantityKind.Rate, 1), new("requests/s", QuantityKind.Rate, 1), new("ops/s", QuantityKind.Rate, 1),
        new("次/秒", QuantityKind.Rate, 1), new("/s", QuantityKind.Rate, 1), new("/秒", QuantityKind.Rate, 1), new("/sec", QuantityKind.Rate, 1),
        new("次/天", QuantityKind.DailyVolume, 1), new("/day", QuantityKind.DailyVolume, 1), new("/天", QuantityKind.DailyVolume, 1),
    ];

    /// <summary>Reads the unit at <paramref name="at"/>, allowing one space before it; longest token wins.</summary>
    public static bool TryParseAt(string text, int at, out UnitMatch unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        unit = default;
        var i = at < text.Length && text[at] == ' ' ? at + 1 : at;
        if (i >= text.Length)
        {
            return false;
        }

        var bestLength = 0;
        UnitToken best = default;
        var rest = text.AsSpan(i);
        foreach (var token in Tokens)
        {
            if (token.Token.Length <= bestLength || !rest.StartsWith(token.Token, StringComparison.Ordinal))
            {
                continue;
            }

            var after = i + token.Token.Length;
            var last = token.Token[^1];

            // Latin units end at a word boundary: "s" is not the start of "services", "x" not of "0xff".
            if (char.IsAsciiLetter(last) && after < text.Length && (char.IsAsciiLetterOrDigit(text[after]) || text[after] == '_'))
            {
                continue;
            }

            bestLength = token.Token.Length;
            best = token;
        }

        if (bestLength == 0)
        {
            return false;
        }

        var end = i + bestLength;

        // MB/s, KB/s: sizes per second are byte rates.
        if (best.Kind == QuantityKind.Size && end + 1 < text.Length && text[end] == '/'
            && (text[end + 1] == 's' || text[end + 1] == '秒') && (end + 2 >= text.Length || !char.IsAsciiLetter(text[end + 2])))
        {
            unit = new UnitMatch(QuantityKind.ByteRate, best.Factor, end + 2);
            return true;
        }

        unit = new UnitMatch(best.Kind, best.Factor, end);
        return true;
    }

    /// <summary>Reads a unit written alone, as in a table header's "(MB/s)" or "(ms)".</summary>
    public static bool TryParse(string token, out UnitMatch unit)
    {
        ArgumentNullException.ThrowIfNull(token);
        var trimmed = token.Trim();
        return TryParseAt(trimmed, 0, out unit) && unit.End == trimmed.Length;
    }
}
