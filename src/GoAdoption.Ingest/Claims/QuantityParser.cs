using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Lexicons;

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
                ? !char.IsAsciiLetter(prev) && prev is not ('_' or '=' or '/' or '.') && !char.IsAsciiDigit(prev) && !IsNotQuantityBefore(text, i)
                : char.IsAsciiLetter(c)
                    ? !char.IsAsciiLetter(prev) && Words.NumberWordInitials.Contains(char.ToLowerInvariant(c))
                    : Words.NumeralStarts[c];
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

    private static Lexicon Words => Lexicon.Default;

    // "$5", "#3", "v1": what is written right before a number makes it money, a number label or a version.
    private static bool IsNotQuantityBefore(string text, int start)
    {
        foreach (var token in Words.NotQuantityBefore)
        {
            if (start >= token.Length && text.AsSpan(start - token.Length, token.Length).SequenceEqual(token)
                && (!char.IsAsciiLetter(token[0]) || start == token.Length || !char.IsAsciiLetter(text[start - token.Length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    // "2019年", "5th", "300元", "20 USD": what follows a number makes it a date, an ordinal or an amount of money.
    private static bool IsNotQuantityAfter(string text, int end, int n)
    {
        var t = SkipSpaces(text, end, n);
        foreach (var token in Words.NotQuantityAfter)
        {
            var glued = char.IsAsciiLetter(token[0]) && token.Length <= 2;
            var at = glued ? end : t;
            if (Follows(text, at, n, token) && (!char.IsAsciiLetter(token[^1]) || at + token.Length >= n || !char.IsAsciiLetter(text[at + token.Length])))
            {
                return true;
            }
        }

        return false;
    }

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

        if (PeekNonSpace(text, e, n) == '=' || IsNotQuantityAfter(text, e, n))
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
        else if (RangeConnectorAt(text, r, n) is > 0 and var length && !PrecededByFrom(text, number.Start))
        {
            connector = length;
        }

        if (connector > 0)
        {
            var h = SkipSpaces(text, r + connector, n);
            if (h < n && (char.IsAsciiDigit(text[h]) || (connector > 1 && char.IsAsciiLetter(text[h])))
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
            else if (TrailingBound(text, t, n, kind is QuantityKind.Plain or QuantityKind.Count, bound) is { } trailing)
            {
                bound = trailing.Bound;
                e = t + trailing.Word.Length;
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
            if (counterEnd > e && TrailingBound(text, tb, n, countsAllowed: false, ClaimBound.Exact) is { } afterCounter)
            {
                bound = afterCounter.Bound;
                e = tb + afterCounter.Word.Length;
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
        foreach (var token in Words.PairFromBefore)
        {
            if (EndsBefore(text, end, token))
            {
                return true;
            }
        }

        return false;
    }

    // Longest first, so 不超过 (at most) is read before 超过 (at least).
    private static ClaimBound LeadingBound(string text, int start)
    {
        var end = TrimLeft(text, start);
        foreach (var (token, bound) in Words.BoundsBefore)
        {
            if (EndsBefore(text, end, token))
            {
                return bound;
            }
        }

        return ClaimBound.Exact;
    }

    private static AfterBound? TrailingBound(string text, int t, int n, bool countsAllowed, ClaimBound bound)
    {
        foreach (var word in Words.BoundsAfter)
        {
            if (!Follows(text, t, n, word.Word)
                || (word.Standalone && t + word.Word.Length < n && text[t + word.Word.Length] >= 0x2E80 && char.IsLetter(text[t + word.Word.Length]))
                || (word.CountsOnly && !countsAllowed)
                || (word.IfExact && bound != ClaimBound.Exact)
                || (char.IsAsciiLetter(word.Word[^1]) && t + word.Word.Length < n && char.IsAsciiLetter(text[t + word.Word.Length])))
            {
                continue;
            }

            return word;
        }

        return null;
    }

    private static int RangeConnectorAt(string text, int r, int n)
    {
        foreach (var word in Words.RangeConnectors)
        {
            // A Latin connector is a word of its own ("30 to 60 percent").
            if (char.IsAsciiLetter(word[0]))
            {
                if (Follows(text, r, n, word + " "))
                {
                    return word.Length + 1;
                }
            }
            else if (Follows(text, r, n, word))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Reads a counter (个, 笔, 건) and a class word within a few characters after a number.</summary>
    private static CountClass ReadCountClass(string text, int e, int n, out int counterEnd)
    {
        var i = SkipSpaces(text, e, n);
        counterEnd = e;
        if (i < n && Words.Counters.Contains(text[i], StringComparison.Ordinal))
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

            foreach (var (word, cls) in Words.CountWords)
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

            if (ContainsAny(before, Words.PerDayBefore) || ContainsAny(after, Words.PerDayAfter))
            {
                kind = QuantityKind.DailyVolume;
            }
            else if (ContainsAny(before, Words.PerSecondBefore) || ContainsAny(after, Words.PerSecondAfter))
            {
                kind = QuantityKind.Rate;
            }

            if (kind != item.Kind)
            {
                quantities[q] = item with { Kind = kind };
            }
        }
    }

    private static CountClass? ClassBefore(ReadOnlySpan<char> before)
    {
        foreach (var (word, cls) in Words.CountWordsBefore)
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

    private static bool ContainsAny(ReadOnlySpan<char> span, IReadOnlyList<string> tokens)
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
