using System.Text.RegularExpressions;
using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Claims;

/// <summary>
/// Asks the lexicon what turns a quantity into a claim: metric names, statistics, change verbs, and the cues of
/// configuration and test conditions that never make a claim. The words are in <c>Lexicons/*.json</c>.
/// </summary>
internal static partial class ClaimLexicon
{
    private static Lexicon Words => Lexicon.Default;

    /// <summary>The most specific metric named in <paramref name="text"/> that suits a figure of <paramref name="kind"/>.</summary>
    public static ClaimMetric? FindMetric(ReadOnlySpan<char> text, QuantityKind kind)
    {
        foreach (var (word, metric) in Words.MetricWords)
        {
            if (Suits(metric, kind) && ContainsWord(text, word))
            {
                return metric;
            }
        }

        return null;
    }

    /// <summary>Whether a figure of this kind can measure this metric ("42ms" is never a CPU share).</summary>
    public static bool Suits(ClaimMetric metric, QuantityKind kind) => kind switch
    {
        QuantityKind.Duration => metric is ClaimMetric.Latency or ClaimMetric.StartupTime or ClaimMetric.GcPause or ClaimMetric.BuildTime,
        QuantityKind.Size => metric is ClaimMetric.Memory or ClaimMetric.Other,
        QuantityKind.Rate or QuantityKind.ByteRate => metric is ClaimMetric.Throughput or ClaimMetric.Memory,
        QuantityKind.DailyVolume => metric is ClaimMetric.Volume,
        QuantityKind.Count => metric is ClaimMetric.Instances or ClaimMetric.Other or ClaimMetric.Memory,
        _ => true,
    };

    /// <summary>Metrics where less is better: an "improvement" of these is a decrease.</summary>
    public static bool LowerIsBetter(ClaimMetric metric) => metric is not (ClaimMetric.Throughput or ClaimMetric.Volume or ClaimMetric.Other);

    public static ClaimStatistic FindStatistic(ReadOnlySpan<char> text)
    {
        foreach (var (word, statistic) in Words.StatisticWords)
        {
            if (ContainsWord(text, word))
            {
                return statistic;
            }
        }

        return ClaimStatistic.Unspecified;
    }

    /// <summary>A change verb and which way it goes.</summary>
    public readonly record struct Verb(int Direction, bool IsImprovement, int Start, int End);

    /// <summary>The change verb nearest to [start, end) in text, searching <paramref name="reach"/> characters each way.</summary>
    public static Verb? FindVerb(string text, int from, int to, int start, int end, int reach)
    {
        Verb? best = null;
        var bestDistance = int.MaxValue;
        var lo = Math.Max(from, start - reach);
        var hi = Math.Min(to, end + reach);
        foreach (var (word, direction, improvement) in Words.ChangeVerbs)
        {
            var span = text.AsSpan(lo, hi - lo);
            var offset = 0;
            while (offset < span.Length)
            {
                var k = span[offset..].IndexOf(word, ComparisonFor(word));
                if (k < 0)
                {
                    break;
                }

                var at = lo + offset + k;
                offset += k + word.Length;
                if (at >= start && at < end)
                {
                    continue;
                }

                if (char.IsAsciiLetter(word[0]) && !IsWordAt(text, at, word.Length))
                {
                    continue;
                }

                // 压缩率, 提升率: a verb glued to 率 is a noun (a ratio), not a change.
                if (!char.IsAsciiLetter(word[0]) && at + word.Length < text.Length && text[at + word.Length] == '率')
                {
                    continue;
                }

                // "more than 30%", "less than 1%" bound a figure; they do not state a change.
                if (StartsComparativeBound(text, at))
                {
                    continue;
                }

                var distance = at >= end ? at - end : start - (at + word.Length);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = new Verb(direction, improvement, at, at + word.Length);
                }
            }
        }

        return best;
    }

    private static bool StartsComparativeBound(string text, int at)
    {
        foreach (var phrase in Words.ComparativeBounds)
        {
            if (at + phrase.Length <= text.Length && text.AsSpan(at, phrase.Length).Equals(phrase, ComparisonFor(phrase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the span contains the word; Latin words need word boundaries.</summary>
    public static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var k = text[offset..].IndexOf(word, ComparisonFor(word));
            if (k < 0)
            {
                return false;
            }

            var at = offset + k;
            var latin = char.IsAsciiLetter(word[0]) && char.IsAsciiLetter(word[^1]);
            if (!latin || ((at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + word.Length >= text.Length || !char.IsAsciiLetter(text[at + word.Length]))))
            {
                return true;
            }

            offset = at + 1;
        }

        return false;
    }

    /// <summary>Case-insensitive search is only needed for Latin words, and ordinal search is much faster on CJK text.</summary>
    public static StringComparison ComparisonFor(string word) =>
        char.IsAscii(word[0]) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static bool IsWordAt(string text, int at, int length) =>
        (at == 0 || !char.IsAsciiLetter(text[at - 1])) && (at + length >= text.Length || !char.IsAsciiLetter(text[at + length]));

    /// <summary>
    /// Configuration, limits and test conditions: a clause with these states a setting, not an outcome
    /// (默认窗口大小 65535 字节, 初始化超时:300ms, 每个实例最大128MB线性内存, -c 200模拟200并发连接).
    /// </summary>
    public static Regex ConfigCue => Words.ConfigCue;

    /// <summary>"每30秒采样一次" states an interval, not a duration of anything.</summary>
    public static Regex IntervalPrefix => Words.IntervalPrefix;

    /// <summary>
    /// A verb that introduces a project as a tool a company used (采用 gRPC, 配合 fasthttp, built with etcd), not as the
    /// thing measured; searched in the sentence text before the project.
    /// </summary>
    public static Regex ToolVerb => Words.ToolVerb;

    /// <summary>Section numbering at the start of a heading (2.1, 4.4, 第三章, 1)).</summary>
    [GeneratedRegex(@"^\s*(?:#+\s*)?(?:\d+(?:\.\d+)*[.)]?|第[一二三四五六七八九十百\d]+[章节])\s*", RegexOptions.CultureInvariant)]
    public static partial Regex HeadingNumber();
}
