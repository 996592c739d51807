using System.Text.RegularExpressions;

namespace GoAdoption.Ingest.Claims;

/// <summary>
/// The words that turn a quantity into a claim, in Chinese, English and Korean: metric names, statistics,
/// change verbs, and the cues of configuration and test conditions that never make a claim.
/// </summary>
internal static partial class ClaimLexicon
{
    private readonly record struct MetricWord(string Word, ClaimMetric Metric);

    // Ordered by how specific the metric is: "GC 停顿时间" is a GC pause before it is a time,
    // "冷启动延迟" a startup time before a latency, "服务器资源" a cost before a server count.
    private static readonly MetricWord[] MetricWords =
    [
        new("GC 停顿", ClaimMetric.GcPause), new("GC停顿", ClaimMetric.GcPause), new("GC 暂停", ClaimMetric.GcPause),
        new("GC暂停", ClaimMetric.GcPause), new("GC pause", ClaimMetric.GcPause), new("STW", ClaimMetric.GcPause),
        new("stop-the-world", ClaimMetric.GcPause), new("GC 压力", ClaimMetric.GcPause), new("GC压力", ClaimMetric.GcPause),
        new("GC pressure", ClaimMetric.GcPause), new("垃圾回收停顿", ClaimMetric.GcPause), new("GC 일시 정지", ClaimMetric.GcPause),
        new("冷启动", ClaimMetric.StartupTime), new("启动", ClaimMetric.StartupTime), new("startup", ClaimMetric.StartupTime),
        new("start-up", ClaimMetric.StartupTime), new("start time", ClaimMetric.StartupTime), new("cold start", ClaimMetric.StartupTime),
        new("boot time", ClaimMetric.StartupTime), new("기동", ClaimMetric.StartupTime), new("시작 시간", ClaimMetric.StartupTime),
        new("콜드 스타트", ClaimMetric.StartupTime),
        new("编译时间", ClaimMetric.BuildTime), new("编译速度", ClaimMetric.BuildTime), new("构建时间", ClaimMetric.BuildTime),
        new("build time", ClaimMetric.BuildTime), new("compile time", ClaimMetric.BuildTime), new("빌드 시간", ClaimMetric.BuildTime),
        new("컴파일 시간", ClaimMetric.BuildTime),
        new("错误率", ClaimMetric.ErrorRate), new("失败率", ClaimMetric.ErrorRate), new("回滚率", ClaimMetric.ErrorRate),
        new("error rate", ClaimMetric.ErrorRate), new("failure rate", ClaimMetric.ErrorRate), new("에러율", ClaimMetric.ErrorRate),
        new("오류율", ClaimMetric.ErrorRate), new("실패율", ClaimMetric.ErrorRate),
        new("CPU", ClaimMetric.Cpu), new("cpu", ClaimMetric.Cpu),
        new("内存", ClaimMetric.Memory), new("memory", ClaimMetric.Memory), new("RAM", ClaimMetric.Memory), new("heap", ClaimMetric.Memory),
        new("메모리", ClaimMetric.Memory), new("分配", ClaimMetric.Memory), new("allocation", ClaimMetric.Memory),
        new("成本", ClaimMetric.Cost), new("费用", ClaimMetric.Cost), new("资源", ClaimMetric.Cost), new("cost", ClaimMetric.Cost),
        new("비용", ClaimMetric.Cost), new("리소스", ClaimMetric.Cost),
        new("实例", ClaimMetric.Instances), new("服务器", ClaimMetric.Instances), new("节点", ClaimMetric.Instances),
        new("机器", ClaimMetric.Instances), new("instances", ClaimMetric.Instances), new("servers", ClaimMetric.Instances),
        new("nodes", ClaimMetric.Instances), new("machines", ClaimMetric.Instances), new("인스턴스", ClaimMetric.Instances),
        new("서버", ClaimMetric.Instances), new("노드", ClaimMetric.Instances),
        new("延迟", ClaimMetric.Latency), new("时延", ClaimMetric.Latency), new("耗时", ClaimMetric.Latency),
        new("响应时间", ClaimMetric.Latency), new("响应", ClaimMetric.Latency), new("latency", ClaimMetric.Latency),
        new("response time", ClaimMetric.Latency), new("지연", ClaimMetric.Latency), new("응답 시간", ClaimMetric.Latency),
        new("응답시간", ClaimMetric.Latency), new("99线", ClaimMetric.Latency),
        new("QPS", ClaimMetric.Throughput), new("TPS", ClaimMetric.Throughput), new("RPS", ClaimMetric.Throughput),
        new("吞吐", ClaimMetric.Throughput), new("throughput", ClaimMetric.Throughput), new("처리량", ClaimMetric.Throughput),
        new("requests per second", ClaimMetric.Throughput),
        new("可用性", ClaimMetric.Other), new("availability", ClaimMetric.Other), new("uptime", ClaimMetric.Other),
        new("流量", ClaimMetric.Other), new("traffic", ClaimMetric.Other), new("压缩率", ClaimMetric.Other), new("가용성", ClaimMetric.Other),
    ];

    /// <summary>The most specific metric named in <paramref name="text"/> that suits a figure of <paramref name="kind"/>.</summary>
    public static ClaimMetric? FindMetric(ReadOnlySpan<char> text, QuantityKind kind)
    {
        foreach (var word in MetricWords)
        {
            if (Suits(word.Metric, kind) && ContainsWord(text, word.Word))
            {
                return word.Metric;
            }
        }

        return null;
    }

    /// <summary>Whether a figure of this kind can measure this metric ("42ms" is never a CPU share).</summary>
    public static bool Suits(ClaimMetric metric, QuantityKind kind) => kind switch
    {
        QuantityKind.Duration => metric is ClaimMetric.Latency or ClaimMetric.StartupTime or ClaimMetric.GcPause or ClaimMetric.BuildTime,
        QuantityKind.Size => metric is ClaimMetric.Memory,
        QuantityKind.Rate or QuantityKind.ByteRate => metric is ClaimMetric.Throughput or ClaimMetric.Memory,
        QuantityKind.DailyVolume => metric is ClaimMetric.Volume,
        QuantityKind.Count => metric is ClaimMetric.Instances or ClaimMetric.Other or ClaimMetric.Memory,
        _ => true,
    };

    /// <summary>Metrics where less is better: an "improvement" of these is a decrease.</summary>
    public static bool LowerIsBetter(ClaimMetric metric) => metric is not (ClaimMetric.Throughput or ClaimMetric.Volume or ClaimMetric.Other);

    private static readonly (string Word, ClaimStatistic Statistic)[] StatisticWords =
    [
        ("P99.9", ClaimStatistic.P999), ("p99.9", ClaimStatistic.P999), ("P999", ClaimStatistic.P999), ("p999", ClaimStatistic.P999),
        ("P99", ClaimStatistic.P99), ("p99", ClaimStatistic.P99), ("99线", ClaimStatistic.P99), ("99th", ClaimStatistic.P99),
        ("P95", ClaimStatistic.P95), ("p95", ClaimStatistic.P95), ("95th", ClaimStatistic.P95),
        ("P90", ClaimStatistic.P90), ("p90", ClaimStatistic.P90), ("P50", ClaimStatistic.P50), ("p50", ClaimStatistic.P50),
        ("median", ClaimStatistic.P50), ("中位", ClaimStatistic.P50), ("중앙값", ClaimStatistic.P50),
        ("平均", ClaimStatistic.Mean), ("均值", ClaimStatistic.Mean), ("average", ClaimStatistic.Mean), ("mean", ClaimStatistic.Mean),
        ("avg", ClaimStatistic.Mean), ("평균", ClaimStatistic.Mean),
        ("峰值", ClaimStatistic.Peak), ("高峰", ClaimStatistic.Peak), ("peak", ClaimStatistic.Peak), ("피크", ClaimStatistic.Peak),
        ("最高", ClaimStatistic.Peak),
        ("上限", ClaimStatistic.Max), ("最大", ClaimStatistic.Max), ("maximum", ClaimStatistic.Max), ("max", ClaimStatistic.Max),
        ("최대", ClaimStatistic.Max),
    ];

    public static ClaimStatistic FindStatistic(ReadOnlySpan<char> text)
    {
        foreach (var (word, statistic) in StatisticWords)
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

    private static readonly (string Word, int Direction, bool Improvement)[] VerbWords =
    [
        ("降低", -1, false), ("下降", -1, false), ("减少", -1, false), ("缩短", -1, false), ("节省", -1, false), ("节约", -1, false),
        ("压缩", -1, false), ("缩减", -1, false), ("削减", -1, false), ("降至", -1, false), ("减至", -1, false), ("降", -1, false),
        ("reduced", -1, false), ("reduces", -1, false), ("reduce", -1, false), ("reduction", -1, false), ("decreased", -1, false),
        ("decrease", -1, false), ("lowered", -1, false), ("lower", -1, false), ("cut", -1, false), ("dropped", -1, false),
        ("drop", -1, false), ("fell", -1, false), ("saved", -1, false), ("saving", -1, false), ("savings", -1, false), ("less", -1, false),
        ("fewer", -1, false), ("감소", -1, false), ("줄", -1, false), ("단축", -1, false), ("절감", -1, false), ("낮아", -1, false),
        ("提升", 1, true), ("提高", 1, true), ("改善", 1, true), ("优化", 1, true), ("增加", 1, false), ("增长", 1, false),
        ("上升", 1, false), ("增至", 1, false), ("增", 1, false),
        ("improved", 1, true), ("improves", 1, true), ("improvement", 1, true), ("improve", 1, true), ("faster", 1, true),
        ("increased", 1, false), ("increase", 1, false), ("boosted", 1, false), ("boost", 1, false), ("grew", 1, false),
        ("higher", 1, false), ("more", 1, false), ("향상", 1, true), ("개선", 1, true), ("증가", 1, false), ("늘", 1, false),
    ];

    /// <summary>The change verb nearest to [start, end) in text, searching <paramref name="reach"/> characters each way.</summary>
    public static Verb? FindVerb(string text, int from, int to, int start, int end, int reach)
    {
        Verb? best = null;
        var bestDistance = int.MaxValue;
        var lo = Math.Max(from, start - reach);
        var hi = Math.Min(to, end + reach);
        foreach (var (word, direction, improvement) in VerbWords)
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
                if (word is "more" or "less" or "fewer" && at + word.Length + 5 <= text.Length
                    && text.AsSpan(at + word.Length, 5).Equals(" than", StringComparison.OrdinalIgnoreCase))
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
    [GeneratedRegex(@"超时|限制|上限|阈值|默认|窗口|容量|间隔|模拟|压测|配置项|采样|(?i:\btime-?outs?\b|\blimits?\b|\bthreshold|\bdefaults?\b|\bwindow size|\binterval|\bcapacity|\bsimulat)|타임아웃|제한|기본값|임계|(?<![\w/])--?[a-z][a-z-]*\s+\d|(?<![\w/])--[a-z]", RegexOptions.CultureInvariant)]
    public static partial Regex ConfigCue();

    /// <summary>"每30秒采样一次" states an interval, not a duration of anything.</summary>
    [GeneratedRegex(@"(?:每|every|매)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    public static partial Regex IntervalPrefix();

    /// <summary>The language a system moved off, in the phrasings the seeds and their peers use.</summary>
    [GeneratedRegex(@"从\s*(?<lang>Java|Node\.?js|Python|C\+\+|PHP|Ruby|Scala|\.NET|C#|Perl|Erlang)[^。；;]{0,24}?(?:迁移|迁|重构|重写|切换|转|拆分|改写)|(?<lang>Java|Node\.?js|Python|C\+\+|PHP|Ruby|Scala|\.NET|C#|Perl)\s*(?:应用|服务|版本|方案|模块)?[^。；;]{0,12}?(?:迁移|重构|重写|拆分|改写)(?:为|至|到|成)\s*Go|替代\s*(?<lang>Java|Node\.?js|Python|C\+\+|PHP|Ruby)|(?i:(?:from|off)\s+(?<lang>Java|Node\.?js|Python|C\+\+|PHP|Ruby|Scala)\b)|(?<lang>Java|Node\.?js|Python|C\+\+|PHP|Ruby)\s*에서\s*Go", RegexOptions.CultureInvariant)]
    public static partial Regex MigrationPhrase();

    /// <summary>A system named in Chinese with its English name in brackets: 地理围栏服务(Geo-fence Service).</summary>
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,16}?(?:服务|系统|引擎|网关|中间件|管道|平台|模块)\s*[（(]\s*(?<en>[A-Z][A-Za-z0-9.\- ]{2,40}?)\s*[)）]", RegexOptions.CultureInvariant)]
    public static partial Regex BracketedSystem();

    /// <summary>A system named in Chinese: the noun phrase ending in 服务, 系统, 引擎, 网关, 中间件 or 管道.</summary>
    [GeneratedRegex(@"(?<name>[\p{IsCJKUnifiedIdeographs}A-Za-z]{2,14}?(?:服务|系统|引擎|网关|中间件|管道))", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseSystem();

    /// <summary>
    /// A verb that introduces a project as a tool a company used (采用 gRPC, 配合 fasthttp, built with etcd), not as the
    /// thing measured; searched in the sentence text before the project.
    /// </summary>
    [GeneratedRegex(@"采用|使用|配合|基于|借助|利用|通过|引入|(?i:(?:using|with|via|uses|used|adopted|on top of))|사용|활용", RegexOptions.CultureInvariant)]
    public static partial Regex ToolVerb();

    /// <summary>Section numbering at the start of a heading (2.1, 4.4, 第三章, 1)).</summary>
    [GeneratedRegex(@"^\s*(?:#+\s*)?(?:\d+(?:\.\d+)*[.)]?|第[一二三四五六七八九十百\d]+[章节])\s*", RegexOptions.CultureInvariant)]
    public static partial Regex HeadingNumber();
}
