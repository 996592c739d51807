using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// Picks the name of the system a sentence says Go is used for: an English name in parentheses after a Chinese
/// noun ("地理围栏服务(Geo-fence Service)"), else the Chinese noun phrase ending in 系统/服务/引擎… nearest the
/// word Go, else an English phrase ("uses Go for X", "rewrote X in Go", "… service").
/// </summary>
internal static partial class SystemNames
{
    private const int MaxCjkPhrase = 16;

    private static readonly string[] CjkSuffixes =
    [
        "微服务", "工具链", "中间件", "监听器", "调度器", "系统", "服务", "引擎", "网关", "平台", "管道", "框架", "模块", "中心",
        "链路", "组件", "后台", "集群", "插件", "接口", "体系", "流程", "函数",
    ];

    // Verbs and particles that end a noun phrase when reading backwards from its head noun.
    private static readonly string[] CjkStops =
    [
        "使用", "采用", "通过", "基于", "构建", "编写", "开发", "重构", "重写", "实现", "作为", "全面", "替换", "原有", "部分",
        "语言", "支持", "维护",
        "的", "在", "将", "把", "其", "从", "由", "对", "为", "是", "了", "和", "与", "及", "曾", "如", "该", "于", "以",
        "用", "后", "等", "都", "也", "被", "让", "即", "中",
    ];

    public static string? Find(string sentence, IReadOnlyList<Located> entities)
    {
        if (EnglishInParentheses().Match(sentence) is { Success: true } english
            && MigrationDetector.FindLanguages(english.Groups[1].Value).Count == 0)
        {
            return english.Groups[1].Value.Trim();
        }

        return CjkPhrase(sentence, entities) ?? EnglishPhrase(sentence);
    }

    /// <summary>Tidies a system name: drops the language left behind and filler words.</summary>
    public static string Clean(string system)
    {
        var s = FleetOf().Replace(system, string.Empty);
        foreach (var lang in MigrationDetector.FindLanguages(s).OrderByDescending(l => l.Start))
        {
            s = s.Remove(lang.Start, lang.Length);
        }

        s = LeadingFiller().Replace(Possessive().Replace(s, " ").Replace('’', ' ').Replace('\'', ' '), string.Empty);
        return Whitespace().Replace(s, " ").Trim(' ', ',', '.', ':', '：', '，', '、', '-');
    }

    private static string? CjkPhrase(string sentence, IReadOnlyList<Located> entities)
    {
        var go = GoWord().Match(sentence);
        string? best = null;
        int bestDistance = int.MaxValue, bestLength = 0;
        foreach (var suffix in CjkSuffixes)
        {
            for (var at = sentence.IndexOf(suffix, StringComparison.Ordinal); at >= 0;
                 at = sentence.IndexOf(suffix, at + 1, StringComparison.Ordinal))
            {
                var end = at + suffix.Length;
                var start = PhraseStart(sentence, at, entities);
                var phrase = sentence[start..end].Trim();
                if (phrase.Length <= suffix.Length || end - start > MaxCjkPhrase)
                {
                    continue;
                }

                var distance = !go.Success ? 0
                    : end <= go.Index ? go.Index - end
                    : start >= go.Index + go.Length ? start - go.Index - go.Length : 0;
                if (distance < bestDistance || (distance == bestDistance && phrase.Length > bestLength))
                {
                    (best, bestDistance, bestLength) = (phrase, distance, phrase.Length);
                }
            }
        }

        return best;
    }

    private static int PhraseStart(string sentence, int at, IReadOnlyList<Located> entities)
    {
        var j = at;
        while (j > 0)
        {
            var c = sentence[j - 1];
            if (!(char.IsLetterOrDigit(c) || c is ' ' or '-' or '.') || StopEndsAt(sentence, j)
                || entities.Any(e => e.End == j) || (j >= 2 && string.CompareOrdinal(sentence, j - 2, "Go", 0, 2) == 0
                    && (j < 3 || !char.IsAsciiLetter(sentence[j - 3]))))
            {
                break;
            }

            j--;
        }

        while (j < at && (char.IsWhiteSpace(sentence[j]) || char.IsDigit(sentence[j]) || sentence[j] is '.' or '-'))
        {
            j++;
        }

        return j;
    }

    private static bool StopEndsAt(string sentence, int j)
    {
        foreach (var stop in CjkStops)
        {
            if (j >= stop.Length && string.CompareOrdinal(sentence, j - stop.Length, stop, 0, stop.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string? EnglishPhrase(string sentence)
    {
        if (UsesGoFor().Match(sentence) is { Success: true } uses)
        {
            return uses.Groups["what"].Value;
        }

        if (RewroteInGo().Match(sentence) is { Success: true } rewrote)
        {
            return rewrote.Groups["what"].Value;
        }

        return EnglishSystem().Match(sentence) is { Success: true } system ? system.Value : null;
    }

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[(（]([A-Za-z][A-Za-z0-9 .\-]*[A-Za-z0-9.])[)）]")]
    private static partial Regex EnglishInParentheses();

    [GeneratedRegex(@"(?<![A-Za-z])(Go|Golang|golang|GO)(?![A-Za-z])")]
    private static partial Regex GoWord();

    [GeneratedRegex(@"\b(?:uses?|using|used)\s+Go(?:lang)?\s+(?:extensively\s+)?for\s+(?<what>[^.,;]{3,60})")]
    private static partial Regex UsesGoFor();

    [GeneratedRegex(@"\brewr(?:ote|itten|ite)\s+(?<what>.{3,60}?)\s+(?:in|to|with)\s+Go(?:lang)?\b")]
    private static partial Regex RewroteInGo();

    [GeneratedRegex(@"\b(?:[A-Za-z][\w’'-]*\s+){0,3}(?:system|service|services|engine|platform|gateway|layer|nodes|APIs|pipeline|router|backend|function|framework)\b")]
    private static partial Regex EnglishSystem();

    [GeneratedRegex(@"[’']s\s")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\bfleet of\s+", RegexOptions.IgnoreCase)]
    private static partial Regex FleetOf();

    [GeneratedRegex(@"^((the|a|an|its|their|his|her|our|many|most|some|several|all|this|that|these|of|in|at|one|is|are|was|were|and|which|for|to|recent|further|also|certain|other)\s+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingFiller();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
