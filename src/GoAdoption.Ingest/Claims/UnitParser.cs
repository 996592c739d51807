using GoAdoption.Ingest.Lexicons;

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
/// Reads units from the lexicon (<c>units</c> in each language file) and their canonical factors. Time: ns = 1e-6 ms, μs = 0.001 ms, s = 1000 ms, minutes = 60 000 ms, hours = 3.6e6 ms.
/// Sizes are binary (KB = 1024 B, MB = 1024² B, GB = 1024³ B), because the seeds' memory and window figures
/// (64KB, 1MB, 2.4 GB per instance) are the binary sizes runtimes report. Rates of bytes (MB/s) become bytes per second,
/// kept apart from request rates so nothing downstream reads a data rate as traffic.
/// </summary>
public static class UnitParser
{
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
        UnitWord? best = null;
        var rest = text.AsSpan(i);
        foreach (var token in Lexicon.Default.Units)
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

        if (best is null)
        {
            return false;
        }

        var end = i + bestLength;

        // MB/s, KB/秒: sizes per second are byte rates.
        if (best.Kind == QuantityKind.Size && PerSecondAt(text, end) is > 0 and var rateEnd)
        {
            unit = new UnitMatch(QuantityKind.ByteRate, best.Factor, rateEnd);
            return true;
        }

        unit = new UnitMatch(best.Kind, best.Factor, end);
        return true;
    }

    // A per-second unit written with a slash ("/s", "/秒") right after a size.
    private static int PerSecondAt(string text, int end)
    {
        foreach (var token in Lexicon.Default.Units)
        {
            if (token.Kind == QuantityKind.Rate && token.Token[0] == '/' && text.AsSpan(end).StartsWith(token.Token, StringComparison.Ordinal)
                && (end + token.Token.Length >= text.Length || !char.IsAsciiLetter(text[end + token.Token.Length])))
            {
                return end + token.Token.Length;
            }
        }

        return 0;
    }

    /// <summary>Reads a unit written alone, as in a table header's "(MB/s)" or "(ms)".</summary>
    public static bool TryParse(string token, out UnitMatch unit)
    {
        ArgumentNullException.ThrowIfNull(token);
        var trimmed = token.Trim();
        return TryParseAt(trimmed, 0, out unit) && unit.End == trimmed.Length;
    }
}
