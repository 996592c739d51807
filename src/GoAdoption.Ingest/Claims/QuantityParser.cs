namespace GoAdoption.Ingest.Claims;

/// <summary>What a count counts, when the words after it say.</summary>
public enum CountClass
{
    None,

    /// <summary>Instances, servers, nodes, machines.</summary>
    Instances,

    /// <summary>Connections, concurrent users or queries, viewers.</summary>
    Connections,

    /// <summary>Services or microservices.</summary>
    Services,

    /// <summary>Requests, events, messages, transactions, orders, samples: meaningful per second or per day.</summary>
    Events,
}

/// <summary>A number with its unit, bound, range and context, in canonical units.</summary>
/// <param name="Value">Canonical value (ms, bytes, percent, ratio, per second, per day, count); the low end of a range.</param>
/// <param name="High">Canonical high end of a range ("30%—60%", "3–5"), else null.</param>
/// <param name="Kind">What the figure is.</param>
/// <param name="Bound">How it was bounded (超过, over, +, 以内, about, 级…).</param>
/// <param name="Counts">What a count counts.</param>
/// <param name="Start">Offset of the number.</param>
/// <param name="End">Offset past the unit, range and trailing bound.</param>
/// <param name="Decimals">Decimals as written.</param>
/// <param name="Arrow">−1 for ↓ next to it, +1 for ↑, else 0.</param>
/// <param name="HasUnit">Whether a unit was written (a range's other end counts).</param>
public readonly record struct Quantity(
    double Value,
    double? High,
    QuantityKind Kind,
    ClaimBound Bound,
    CountClass Counts,
    int Start,
    int End,
    int Decimals,
    int Arrow,
    bool HasUnit)
{
    /// <summary>The value a claim stores: the midpoint of a range, else the value.</summary>
    public double Central => High is { } high ? (Value + high) / 2 : Value;
}

/// <summary>
/// Finds every quantity in a span of text: numbers in all their forms (see <see cref="NumberParser"/>),
/// units (see <see cref="UnitParser"/>), bounds before and after ("超过", "over", "1,200+", "以内", "under"),
/// ranges ("30%—60%"), arrows ("85% ↓"), per-second and per-day context ("每秒 N 笔", "日均处理 N 次",
/// "five billion sessions per day") and what a count counts. Years, dates, money, ordinals, versions
/// and key=value settings are skipped.
/// </summary>
public static class QuantityParser
{
    /// <summary>Parses text holding one quantity ("4.2 亿", "超 10 万", "120 ms"); false when there is none.</summary>
    public static bool TryParse(string text, out Quantity quantity)
    {
        ArgumentNullException.ThrowIfNull(text);
        var all = Scan(text, 0, text.Length);
        quantity = all.Count > 0 ? all[0] : default;
        return all.Count > 0;
    }

    /// <summary>All quantities in <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>), in order.</summary>
    public static List<Quantity> Scan(string text, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<Quantity>();
        var i = from;
        while (i < to)
        {
            var c = text[i];
            var prev = i > 0 ? text[i - 1] : ' ';
            var startable = char.IsAsciiDigit(c)
                ? !char.IsAsciiLetter(prev) && prev is not ('_' or '=' or '$' or '¥' or '€' or '/' or '#' or '.') && !char.IsAsciiDigit(prev)
                : char.IsAsciiLetter(c)
                    ? !char.IsAsciiLetter(prev) && IsNumberWordInitial(c)
                    : c is '百' or '千' or '万' or '亿' or '十' or '一' or '二' or '两' or '三' or '四' or '五' or '六' or '七' or '八' or '九'
                        or '数' or '수' or '십' or '백' or '천' or '만' or '억';
            if (!startable)
            {
                i++;
                continue;
            }

            if (!NumberParser.TryParseAt(text, i, out var number, out var skipTo) || number.End > to)
            {
                // A number glued to a key (GOGC=20, v1.29) or a dotted version is skipped whole.
                i = Math.Max(skipTo, i + 1);
                if (char.IsAsciiDigit(c))
                {
                    while (i < to && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                continue;
            }

            if (TryBuild(text, number, to, out var quantity))
            {
                result.Add(quantity);
                i = Math.Max(quantity.End, number.End);
            }
            else
            {
                i = Math.Max(number.End, i + 1);
            }
        }

        FillContext(text, from, to, result);
        return result;
    }

    private static bool IsNumberWordInitial(char c) => (c | 0x20) is 'z' or 'o' or 't' or 'f' or 's' or 'e' or 'n' or 'h' or 'm' or 'b' or 'a' or 'd';

    private static bool TryBuild(string text, ParsedNumber number, int to, out Quantity quantity)
    {
        quantity = default;
        var n = to;
        var e = number.End;

        // Versions and codes glued to letters on the right (1x1? no: 1a2b, 5e6) are not quantities.
        if (e < n && text[e] == 'e' && e + 1 < n && char.IsAsciiDigit(text[e + 1]))
        {
            return false;
        }

        var next = PeekNonSpace(text, e, n);
        if (next is '年' or '月' or '号' or '년' or '월' or '线' or '=' or '元' or '원')
        {
            return false;
        }

        if (next == '日' && !Follows(text, SkipSpaces(text, e, n), n, "日均"))
        {
            return false;
        }

        if (Follows(text, SkipSpaces(text, e, n), n, "美元") || Follows(text, SkipSpaces(text, e, n), n, "달러")
            || (number.Start > 0 && text[number.Start - 1] == '$'))
        {
            return false;
        }

        if (e + 1 < n && char.IsAsciiDigit(text[number.Start]) && Follows(text, e, n, "th") || Follows(text, e, n, "st ")
            || Follows(text, e, n, "nd ") || Follows(text, e, n, "rd "))
        {
            return false;
        }

        var bound = number.Bound;
        if (e < n && text[e] == '+')
        {
            bound = ClaimBound.AtLeast;
            e++;
        }

        var kind = number.IsFraction ? QuantityKind.Multiplier : QuantityKind.Plain;
        var factor = 1d;
        var hasUnit = false;
        if (UnitParser.TryParseAt(text, e, out var unit) && unit.End <= n && !number.IsFraction)
        {
            kind = unit.Kind;
            factor = unit.Factor;
            e = unit.End;
            hasUnit = true;
        }

        var value = number.Value * factor;
        double? high = null;
        var decimals = number.Decimals;

        // Range: 30%—60%, 3–5, 10-20ms, 30 to 60 percent. "从 X 至 Y" and "from X to Y" are before→after, not ranges.
        var r = SkipSpaces(text, e, n);
        var connector = 0;
        // "~8.2s ~1.9s": a connector spaced on the left but glued to the next number prefixes that number (about), it joins nothing.
        var gluedPrefix = r > e && r + 1 < n && char.IsAsciiDigit(text[r + 1]);
        if (r < n && text[r] is '-' or '–' or '—' or '~' or '～' && !gluedPrefix)
        {
            connector = 1;
        }
        else if (r < n && (text[r] is '至' or '到') && !PrecededByFrom(text, number.Start))
        {
            connector = 1;
        }
        else if (Follows(text, r, n, "to ") && !PrecededByFrom(text, number.Start))
        {
            connector = 3;
        }

        if (connector > 0)
        {
            var h = SkipSpaces(text, r + connector, n);
            if (h < n && (char.IsAsciiDigit(text[h]) || (connector == 3 && char.IsAsciiLetter(text[h])))
                && NumberParser.TryParseAt(text, h, out var second, out _) && second.End <= n && !second.IsFraction)
            {
                var he = second.End;
                var highKind = QuantityKind.Plain;
                var highFactor = 1d;
                if (UnitParser.TryParseAt(text, he, out var highUnit) && highUnit.End <= n)
                {
                    highKind = highUnit.Kind;
                    highFactor = highUnit.Factor;
                    he = highUnit.End;
                }

                var sameKind = highKind == kind || kind == QuantityKind.Plain || highKind == QuantityKind.Plain;
                var looksLikeYears = IsYearLike(number.Value) && IsYearLike(second.Value) && !hasUnit;
                var looksLikeCode = !hasUnit && highKind == QuantityKind.Plain && (second.Value <= number.Value || second.End - second.Start > 3);
                if (sameKind && !looksLikeYears && !looksLikeCode && PeekNonSpace(text, he, n) is not ('年' or '月'))
                {
                    if (kind == QuantityKind.Plain && highKind != QuantityKind.Plain)
                    {
                        kind = highKind;
                        factor = highFactor;
                        value = number.Value * factor;
                        hasUnit = true;
                    }

                    high = second.Value * (highKind == QuantityKind.Plain ? factor : highFactor);
                    decimals = Math.Max(decimals, second.Decimals);
                    e = he;
                    if (high < value)
                    {
                        (value, high) = (high.Value, value);
                    }
                }
            }
        }

        // Trailing bounds.
        var t = SkipSpaces(text, e, n);
        if (t < n)
        {
            if (text[t] == '+' && kind != QuantityKind.Plain)
            {
                bound = ClaimBound.AtLeast;
                e = t + 1;
            }
            else if (Follows(text, t, n, "以上") || Follows(text, t, n, "이상") || Follows(text, t, n, "초과") || Follows(text, t, n, "or more"))
            {
                bound = ClaimBound.AtLeast;
                e = t + 2;
            }
            else if (Follows(text, t, n, "以内") || Follows(text, t, n, "之内") || Follows(text, t, n, "以下") || Follows(text, t, n, "이하")
                     || Follows(text, t, n, "미만") || Follows(text, t, n, "이내"))
            {
                bound = ClaimBound.AtMost;
                e = t + 2;
            }
            else if (text[t] == '内' && (t + 1 >= n || text[t + 1] < 0x2E80))
            {
                bound = ClaimBound.AtMost;
                e = t + 1;
            }
            else if (Follows(text, t, n, "左右") || Follows(text, t, n, "上下"))
            {
                bound = ClaimBound.Approximately;
                e = t + 2;
            }
            else if (text[t] == '级' && bound == ClaimBound.Exact)
            {
                bound = ClaimBound.Approximately;
                e = t + 1;
            }
            else if ((text[t] is '多' or '余') && kind is QuantityKind.Plain or QuantityKind.Count)
            {
                bound = ClaimBound.AtLeast;
                e = t + 1;
            }
        }

        var leading = LeadingBound(text, number.Start);
        if (leading != ClaimBound.Exact)
        {
            bound = leading;
        }

        var arrow = 0;
        var a = SkipSpaces(text, e, n);
        if (a < n && text[a] is '↓' or '↑')
        {
            arrow = text[a] == '↓' ? -1 : 1;
            e = a + 1;
        }
        else
        {
            var b = number.Start - 1;
            while (b >= 0 && text[b] == ' ')
            {
                b--;
            }

            if (b >= 0 && text[b] is '↓' or '↑')
            {
                arrow = text[b] == '↓' ? -1 : 1;
            }
        }

        var counts = CountClass.None;
        if (kind is QuantityKind.Plain or QuantityKind.Count)
        {
            counts = ReadCountClass(text, e, n, out var counterEnd);
            if (counts != CountClass.None)
            {
                kind = QuantityKind.Count;
            }
            else if (counterEnd > e)
            {
                kind = QuantityKind.Count;
                counts = CountClass.Events;
            }

            // 100만 건 이상, 100个以上: a bound after the counter.
            var tb = SkipSpaces(text, counterEnd, n);
            if (counterEnd > e && (Follows(text, tb, n, "이상") || Follows(text, tb, n, "以上")))
            {
                bound = ClaimBound.AtLeast;
                e = tb + 2;
            }
            else if (counterEnd > e && (Follows(text, tb, n, "이하") || Follows(text, tb, n, "以下") || Follows(text, tb, n, "미만")))
            {
                bound = ClaimBound.AtMost;
                e = tb + 2;
            }
        }

        quantity = new Quantity(value, high, kind, bound, counts, number.Start, e, decimals, arrow, hasUnit);
        return true;
    }

    private static bool IsYearLike(double v) => v is >= 1900 and <= 2100 && Math.Abs(v - Math.Round(v)) < 1e-9;

    private static int SkipSpaces(string text, int i, int n)
    {
        while (i < n && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static char PeekNonSpace(string text, int i, int n)
    {
        i = SkipSpaces(text, i, n);
        return i < n ? text[i] : '\0';
    }

    private static bool Follows(string text, int i, int n, string token) =>
        i >= 0 && i + token.Length <= n && text.AsSpan(i, token.Length).Equals(token, ClaimLexicon.ComparisonFor(token));

    private static bool EndsBefore(string text, int end, string token)
    {
        var start = end - token.Length;
        if (start < 0 || !text.AsSpan(start, token.Length).Equals(token, ClaimLexicon.ComparisonFor(token)))
        {
            return false;
        }

        // Latin words need a boundary on their left ("over", not "turnover").
        return !char.IsAsciiLetter(token[0]) || start == 0 || !char.IsAsciiLetter(text[start - 1]);
    }

    private static int TrimLeft(string text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    private static bool PrecededByFrom(string text, int start)
    {
        var end = TrimLeft(text, start);
        foreach (var token in (ReadOnlySpan<string>)["从", "由", "from"])
        {
            if (EndsBefore(text, end, token))
            {
                return true;
            }
        }

        // 从 with a short subject between it and the number is rare; 从 right before is the phrasing used.
        return false;
    }

    private static readonly (string Token, ClaimBound Bound)[] LeadingBounds =
    [
        ("more than", ClaimBound.AtLeast), ("at least", ClaimBound.AtLeast), ("upwards of", ClaimBound.AtLeast),
        ("in excess of", ClaimBound.AtLeast), ("over", ClaimBound.AtLeast), ("above", ClaimBound.AtLeast), ("exceeding", ClaimBound.AtLeast),
        ("超过", ClaimBound.AtLeast), ("超", ClaimBound.AtLeast), ("逾", ClaimBound.AtLeast), ("多于", ClaimBound.AtLeast),
        ("高于", ClaimBound.AtLeast), ("大于", ClaimBound.AtLeast), ("不少于", ClaimBound.AtLeast), ("至少", ClaimBound.AtLeast),
        ("不低于", ClaimBound.AtLeast), (">=", ClaimBound.AtLeast), (">", ClaimBound.AtLeast), ("≥", ClaimBound.AtLeast),
        ("approximately", ClaimBound.Approximately), ("roughly", ClaimBound.Approximately), ("about", ClaimBound.Approximately),
        ("around", ClaimBound.Approximately), ("nearly", ClaimBound.Approximately), ("almost", ClaimBound.Approximately),
        ("大约", ClaimBound.Approximately), ("约", ClaimBound.Approximately), ("将近", ClaimBound.Approximately),
        ("接近", ClaimBound.Approximately), ("近", ClaimBound.Approximately), ("~", ClaimBound.Approximately),
        ("～", ClaimBound.Approximately), ("≈", ClaimBound.Approximately), ("약", ClaimBound.Approximately),
        ("less than", ClaimBound.AtMost), ("fewer than", ClaimBound.AtMost), ("at most", ClaimBound.AtMost), ("up to", ClaimBound.AtMost),
        ("under", ClaimBound.AtMost), ("below", ClaimBound.AtMost), ("within", ClaimBound.AtMost),
        ("不超过", ClaimBound.AtMost), ("低于", ClaimBound.AtMost), ("少于", ClaimBound.AtMost), ("不到", ClaimBound.AtMost),
        ("小于", ClaimBound.AtMost), ("不足", ClaimBound.AtMost), ("<=", ClaimBound.AtMost), ("<", ClaimBound.AtMost),
        ("≤", ClaimBound.AtMost), ("최대", ClaimBound.AtMost),
    ];

    private static ClaimBound LeadingBound(string text, int start)
    {
        var end = TrimLeft(text, start);
        foreach (var (token, bound) in LeadingBounds)
        {
            if (EndsBefore(text, end, token))
            {
                // 不超过 ends with 超过: the longer, negated form is listed later, so check it first here.
                if (bound == ClaimBound.AtLeast && (EndsBefore(text, end, "不超过") || EndsBefore(text, end, "不超")))
                {
                    return ClaimBound.AtMost;
                }

                return bound;
            }
        }

        return ClaimBound.Exact;
    }

    private static readonly (string Word, CountClass Class)[] CountWords =
    [
        ("节点", CountClass.Instances), ("实例", CountClass.Instances), ("服务器", CountClass.Instances), ("机器", CountClass.Instances),
        ("nodes", CountClass.Instances), ("instances", CountClass.Instances), ("servers", CountClass.Instances),
        ("machines", CountClass.Instances), ("hosts", CountClass.Instances), ("pods", CountClass.Instances),
        ("서버", CountClass.Instances), ("인스턴스", CountClass.Instances), ("노드", CountClass.Instances),
        ("连接", CountClass.Connections), ("并发", CountClass.Connections), ("观众", CountClass.Connections), ("在线用户", CountClass.Connections),
        ("connections", CountClass.Connections), ("concurrent", CountClass.Connections), ("viewers", CountClass.Connections),
        ("연결", CountClass.Connections), ("동시", CountClass.Connections), ("접속", CountClass.Connections),
        ("微服务", CountClass.Services), ("services", CountClass.Services), ("microservices", CountClass.Services),
        ("서비스", CountClass.Services),
        ("请求", CountClass.Events), ("交易", CountClass.Events), ("订单", CountClass.Events), ("样本", CountClass.Events),
        ("消息", CountClass.Events), ("日志", CountClass.Events), ("指标", CountClass.Events), ("判定", CountClass.Events),
        ("requests", CountClass.Events), ("events", CountClass.Events), ("messages", CountClass.Events), ("sessions", CountClass.Events),
        ("transactions", CountClass.Events), ("samples", CountClass.Events), ("tick", CountClass.Events),
        ("요청", CountClass.Events), ("메시지", CountClass.Events), ("거래", CountClass.Events), ("이벤트", CountClass.Events),
    ];

    private const string Counters = "个台次笔条名位家项款건개대명회번";

    /// <summary>Reads a counter (个, 笔, 건) and a class word within a few characters after a number.</summary>
    private static CountClass ReadCountClass(string text, int e, int n, out int counterEnd)
    {
        var i = SkipSpaces(text, e, n);
        counterEnd = e;
        if (i < n && Counters.Contains(text[i], StringComparison.Ordinal))
        {
            i++;
            counterEnd = i;
        }

        // English: the next word, or the word after "of" (over a hundred services, hundreds of servers).
        var j = SkipSpaces(text, i, n);
        if (Follows(text, j, n, "of "))
        {
            j = SkipSpaces(text, j + 3, n);
        }

        var limit = Math.Min(n, j + 10);
        for (var k = j; k < limit; k++)
        {
            var ch = text[k];
            if (ch is '，' or ',' or '。' or ';' or '；' or '、' or '(' or '（' or ':' or '：' || char.IsAsciiDigit(ch))
            {
                break;
            }

            foreach (var (word, cls) in CountWords)
            {
                if (Follows(text, k, n, word))
                {
                    var isLatin = char.IsAsciiLetter(word[0]);
                    if (isLatin && k != j)
                    {
                        // Latin class words must be the very next word, so "one of the most recent Uber services" stays text.
                        continue;
                    }

                    return cls;
                }
            }
        }

        return CountClass.None;
    }

    private static readonly string[] PerSecondBefore = ["每秒钟", "每秒", "/秒", "per second", "초당", "QPS", "TPS", "RPS"];
    private static readonly string[] PerDayBefore = ["日均", "每天", "每日", "日处理", "日调用", "一天", "하루", "일평균", "일 평균", "일일", "daily"];
    private static readonly string[] PerSecondAfter = ["per second", "every second", "a second", "each second", "/s", "/sec", "/秒", "每秒"];
    private static readonly string[] PerDayAfter = ["per day", "a day", "each day", "every day", "/day", "daily", "每天", "每日", "/天", "하루"];

    /// <summary>Turns counts and bare numbers into per-second or per-day figures when the clause says so.</summary>
    private static void FillContext(string text, int from, int to, List<Quantity> quantities)
    {
        for (var q = 0; q < quantities.Count; q++)
        {
            var item = quantities[q];
            if (item.Kind is not (QuantityKind.Plain or QuantityKind.Count) || item.Counts is CountClass.Instances or CountClass.Services)
            {
                continue;
            }

            var clauseStart = item.Start;
            var back = 0;
            while (clauseStart > from && back < 14 && !IsClauseBreak(text[clauseStart - 1]) && (q == 0 || clauseStart > quantities[q - 1].End))
            {
                clauseStart--;
                back++;
            }

            var before = text.AsSpan(clauseStart, item.Start - clauseStart);
            var windowEnd = q + 1 < quantities.Count ? quantities[q + 1].Start : to;
            var afterEnd = item.End;
            while (afterEnd < windowEnd && afterEnd - item.End < 40 && !IsClauseBreak(text[afterEnd]))
            {
                afterEnd++;
            }

            var after = text.AsSpan(item.End, afterEnd - item.End);
            var kind = item.Kind;

            // The class can come before the number: 微服务数量超过100个, 节点数 5000.
            if (item.Counts is CountClass.None or CountClass.Events && ClassBefore(before) is { } classBefore)
            {
                quantities[q] = item with { Kind = QuantityKind.Count, Counts = classBefore };
                continue;
            }

            if (ContainsAny(before, PerDayBefore) || ContainsAny(after, PerDayAfter))
            {
                kind = QuantityKind.DailyVolume;
            }
            else if (ContainsAny(before, PerSecondBefore) || ContainsAny(after, PerSecondAfter))
            {
                kind = QuantityKind.Rate;
            }

            if (kind != item.Kind)
            {
                quantities[q] = item with { Kind = kind };
            }
        }
    }

    private static readonly (string Word, CountClass Class)[] CountWordsBefore =
    [
        ("微服务数", CountClass.Services), ("服务数", CountClass.Services), ("节点数", CountClass.Instances), ("实例数", CountClass.Instances),
        ("服务器数", CountClass.Instances), ("机器数", CountClass.Instances), ("连接数", CountClass.Connections),
        ("number of services", CountClass.Services), ("number of servers", CountClass.Instances), ("number of instances", CountClass.Instances),
        ("서버 수", CountClass.Instances), ("인스턴스 수", CountClass.Instances), ("서버", CountClass.Instances), ("노드", CountClass.Instances),
    ];

    private static CountClass? ClassBefore(ReadOnlySpan<char> before)
    {
        foreach (var (word, cls) in CountWordsBefore)
        {
            if (before.Contains(word, ClaimLexicon.ComparisonFor(word)))
            {
                return cls;
            }
        }

        return null;
    }

    private static bool IsClauseBreak(char c) => c is '，' or ',' or '。' or ';' or '；' or '、' or '!' or '！' or '?' or '？' or '\n'
        || c == '.' || c == ':' || c == '：';

    private static bool ContainsAny(ReadOnlySpan<char> span, string[] tokens)
    {
        foreach (var token in tokens)
        {
            if (span.Contains(token, ClaimLexicon.ComparisonFor(token)))
            {
                return true;
            }
        }

        return false;
    }
}
