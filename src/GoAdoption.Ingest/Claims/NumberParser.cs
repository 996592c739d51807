using System.Globalization;
using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Claims;

/// <summary>A number as written: its value, how it was bounded by its own form, and where it sits.</summary>
/// <param name="Value">The value (magnitudes applied: "4.2 亿" is 4.2e8, "20K" is 2e4).</param>
/// <param name="Bound">At-least for plural or "several" forms ("millions", "数百万", "수백만"), else exact.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Decimals">Digits after the decimal point as written, for rounding checks.</param>
/// <param name="IsFraction">A written fraction ("one-eighth", "1/2.5", "half"): a ratio, not an amount.</param>
/// <param name="IsWordForm">Written in words ("five billion"), which never reads as a version or a code.</param>
public readonly record struct ParsedNumber(
    double Value, ClaimBound Bound, int Start, int End, int Decimals, bool IsFraction, bool IsWordForm);

/// <summary>
/// Reads one number at a position: Arabic digits with thousands separators and decimals, K/M suffixes,
/// Chinese and Korean magnitudes (万, 亿, 千万, 4억 2천만), Chinese numerals with a magnitude (百万, 十万),
/// English number words (five billion, over a hundred, millions, one-eighth), and digit fractions (1/2.5).
/// Allocation-free; the caller walks the text and decides context.
/// </summary>
public static class NumberParser
{
    /// <summary>Parses a whole string as one number (bounds words not included).</summary>
    public static bool TryParse(string text, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length > 0 && TryParseAt(trimmed, 0, out var n, out _) && n.End == trimmed.Length)
        {
            value = n.Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Parses the number starting exactly at <paramref name="start"/>. On failure, <paramref name="skipTo"/>
    /// tells the caller how far it may skip (past a version or dotted address such as 1.1.1.1), else start + 1.
    /// </summary>
    public static bool TryParseAt(string text, int start, out ParsedNumber number, out int skipTo)
    {
        ArgumentNullException.ThrowIfNull(text);
        number = default;
        skipTo = start + 1;
        if ((uint)start >= (uint)text.Length)
        {
            return false;
        }

        var c = text[start];
        if (TryCjkFraction(text, start, out number))
        {
            return true;
        }

        if (char.IsAsciiDigit(c))
        {
            return TryArabic(text, start, out number, out skipTo);
        }

        if (IsCjkNumeralStart(c))
        {
            return TryCjkOnly(text, start, out number);
        }

        if (char.IsAsciiLetter(c) && (start == 0 || !char.IsAsciiLetter(text[start - 1])))
        {
            return TryEnglish(text, start, out number, out skipTo);
        }

        return false;
    }

    private static bool TryArabic(string text, int start, out ParsedNumber number, out int skipTo)
    {
        number = default;
        var n = text.Length;
        var i = start;
        while (i < n && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        Span<char> buffer = stackalloc char[64];
        if (i - start > 48)
        {
            skipTo = i;
            return false;
        }

        text.AsSpan(start, i - start).CopyTo(buffer);
        var len = i - start;

        // Thousands separators only after a short leading group, each followed by exactly three digits.
        if (i - start <= 3)
        {
            while (i + 3 < n && text[i] == ',' && HasDigits(text, i + 1, 3)
                   && (i + 4 >= n || !char.IsAsciiDigit(text[i + 4])) && len + 3 < 48)
            {
                text.AsSpan(i + 1, 3).CopyTo(buffer[len..]);
                len += 3;
                i += 4;
            }
        }

        var decimals = 0;
        if (i + 1 < n && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < n && char.IsAsciiDigit(text[j]))
            {
                j++;
            }

            // A second dot makes it a version, an address or a date (1.1.1.1, 2019.06.05): never a quantity.
            if (j + 1 < n && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
            {
                while (j < n && (char.IsAsciiDigit(text[j]) || text[j] == '.'))
                {
                    j++;
                }

                skipTo = j;
                return false;
            }

            decimals = j - i - 1;
            if (len + (j - i) < 64)
            {
                text.AsSpan(i, j - i).CopyTo(buffer[len..]);
                len += j - i;
            }

            i = j;
        }

        var value = double.Parse(buffer[..len], NumberStyles.Float, CultureInfo.InvariantCulture);
        var bound = ClaimBound.Exact;
        var isFraction = false;

        // A digit fraction such as 1/2.5 reads as a ratio; MB/s, HTTP/2 and dates have letters or a third part.
        if (i + 1 < n && text[i] == '/' && char.IsAsciiDigit(text[i + 1]))
        {
            var j = i + 1;
            while (j < n && (char.IsAsciiDigit(text[j]) || (text[j] == '.' && j + 1 < n && char.IsAsciiDigit(text[j + 1]))))
            {
                j++;
            }

            if (j < n && text[j] == '/')
            {
                skipTo = j;
                return false;
            }

            var denominator = double.Parse(text.AsSpan(i + 1, j - i - 1), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (denominator > 0)
            {
                number = new ParsedNumber(value / denominator, ClaimBound.Exact, start, j, 2, true, false);
                skipTo = j;
                return true;
            }
        }

        // K/M suffixes (10K, 8k, 1.2M) multiply; KB, MB, ms are units and are left to the unit parser.
        if (i < n && Words.SuffixScales.TryGetValue(text[i], out var suffixScale) && (i + 1 >= n || !char.IsAsciiLetter(text[i + 1])))
        {
            value *= suffixScale;
            i++;
        }
        else if (TryEnglishScaleAfterDigits(text, i, out var scale, out var scaleEnd))
        {
            value *= scale;
            i = scaleEnd;
        }
        else if (TryMagnitudeChain(text, i, value, out var composed, out var chainEnd))
        {
            value = composed;
            i = chainEnd;
        }

        number = new ParsedNumber(value, bound, start, i, decimals, isFraction, false);
        skipTo = i;
        return true;
    }

    private static bool HasDigits(string text, int at, int count)
    {
        if (at + count > text.Length)
        {
            return false;
        }

        for (var k = 0; k < count; k++)
        {
            if (!char.IsAsciiDigit(text[at + k]))
            {
                return false;
            }
        }

        return true;
    }

    private static Lexicon Words => Lexicon.Default;

    private static double SmallMagnitude(char c) => Words.SmallMagnitudes.GetValueOrDefault(c);

    private static double BigMagnitude(char c) => Words.BigMagnitudes.GetValueOrDefault(c);

    private static int CjkDigit(char c) => Words.Digits.TryGetValue(c, out var d) ? (int)d : -1;

    private static bool IsCjkNumeralStart(char c) =>
        CjkDigit(c) > 0 || SmallMagnitude(c) > 0 || BigMagnitude(c) > 0 || Words.SeveralPrefixes.Contains(c);

    private static bool IsHangul(char c) => c is >= '\uAC00' and <= '\uD7A3';

    /// <summary>
    /// Composes magnitudes after a leading value: "4.2 亿", "3000亿", "700万", "4억 2천만", "4亿2000万".
    /// At most one space is allowed before the first magnitude and between Korean groups.
    /// </summary>
    private static bool TryMagnitudeChain(string text, int at, double leading, out double value, out int end)
    {
        value = leading;
        end = at;
        var n = text.Length;
        var i = at;
        if (i < n && text[i] == ' ')
        {
            i++;
        }

        if (i >= n || (SmallMagnitude(text[i]) == 0 && BigMagnitude(text[i]) == 0))
        {
            return false;
        }

        var sum = new MagnitudeSum { Current = leading };
        var consumed = false;
        while (i < n)
        {
            var c = text[i];
            if (sum.TryAdd(c, out var big))
            {
                i++;
                consumed = true;
                if (!big)
                {
                    continue;
                }

                // Korean and Chinese write the lower group after the higher one: 4억 2천만, 4亿2000万.
                var k = i < n && text[i] == ' ' ? i + 1 : i;
                if (k < n && char.IsAsciiDigit(text[k]))
                {
                    var d = k;
                    while (d < n && (char.IsAsciiDigit(text[d]) || (text[d] == '.' && d + 1 < n && char.IsAsciiDigit(text[d + 1]))))
                    {
                        d++;
                    }

                    if (d < n && (SmallMagnitude(text[d]) > 0 || BigMagnitude(text[d]) > 0))
                    {
                        sum.Current = double.Parse(text.AsSpan(k, d - k), NumberStyles.Float, CultureInfo.InvariantCulture);
                        i = d;
                    }
                }
            }
            else if (sum.Current is null && CjkDigit(c) >= 0 && i + 1 < n && (SmallMagnitude(text[i + 1]) > 0 || BigMagnitude(text[i + 1]) > 0))
            {
                sum.Current = CjkDigit(c);
                i++;
            }
            else
            {
                break;
            }
        }

        if (!consumed)
        {
            return false;
        }

        value = sum.Value;
        end = i;
        return true;
    }

    /// <summary>
    /// Numerals without digits: 百万, 千亿, 十万, 万 (in 万级), 两千万, 数百万, 수백만, 백만.
    /// A lone 百 or 千 counts only before 级, so 百度 and 千万不要-style words stay text.
    /// </summary>
    /// <summary>A fraction written denominator first: 三分之二, 3分の2, 3분의 2 (two thirds).</summary>
    private static bool TryCjkFraction(string text, int start, out ParsedNumber number)
    {
        number = default;
        if (!TryFractionPart(text, start, out var denominator, out var at) || denominator < 2)
        {
            return false;
        }

        foreach (var marker in Words.FractionOf)
        {
            if (!text.AsSpan(at).StartsWith(marker, StringComparison.Ordinal))
            {
                continue;
            }

            var k = at + marker.Length;
            if (k < text.Length && text[k] == ' ')
            {
                k++;
            }

            if (TryFractionPart(text, k, out var numerator, out var end) && numerator >= 1 && numerator < denominator)
            {
                number = new ParsedNumber(numerator / denominator, ClaimBound.Exact, start, end, 0, IsFraction: true, IsWordForm: true);
                return true;
            }
        }

        return false;
    }

    /// <summary>One side of a written fraction: up to three digits, or one numeral (三, 二).</summary>
    private static bool TryFractionPart(string text, int at, out double value, out int end)
    {
        value = 0;
        end = at;
        while (end < text.Length && end - at < 3 && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        if (end > at)
        {
            value = int.Parse(text.AsSpan(at, end - at), CultureInfo.InvariantCulture);
            return true;
        }

        if (at < text.Length && CjkDigit(text[at]) > 0)
        {
            value = CjkDigit(text[at]);
            end = at + 1;
            return true;
        }

        return false;
    }

    private static bool TryCjkOnly(string text, int start, out ParsedNumber number)
    {
        number = default;
        var n = text.Length;
        var i = start;
        var bound = ClaimBound.Exact;
        if (Words.SeveralPrefixes.Contains(text[i]))
        {
            bound = ClaimBound.AtLeast;
            i++;
        }

        var chainStart = i;
        var hasBig = false;
        var magnitudes = 0;
        var korean = false;
        while (i < n)
        {
            var c = text[i];
            if (BigMagnitude(c) > 0)
            {
                hasBig = true;
                magnitudes++;
            }
            else if (SmallMagnitude(c) > 0)
            {
                magnitudes++;
            }
            else if (!(CjkDigit(c) >= 0 && i + 1 < n && (SmallMagnitude(text[i + 1]) > 0 || BigMagnitude(text[i + 1]) > 0)))
            {
                break;
            }

            korean |= IsHangul(c);
            i++;
        }

        if (magnitudes == 0)
        {
            return false;
        }

        var followedByJi = i < n && text[i] == '级';
        if (korean)
        {
            // Hangul magnitudes alone are common syllables (만들다): need two of them or the 수 prefix.
            if (magnitudes < 2 && bound != ClaimBound.AtLeast)
            {
                return false;
            }
        }
        else if (!hasBig && !followedByJi && bound != ClaimBound.AtLeast)
        {
            return false;
        }

        var sum = default(MagnitudeSum);
        for (var k = chainStart; k < i; k++)
        {
            if (!sum.TryAdd(text[k], out _))
            {
                sum.Current = CjkDigit(text[k]);
            }
        }

        number = new ParsedNumber(sum.Value, bound, start, i, 0, false, true);
        return true;
    }

    private static int ReadWord(string text, int at, out ReadOnlySpan<char> word)
    {
        var i = at;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        word = text.AsSpan(at, i - at);
        return i;
    }

    private static double WordValue(ReadOnlySpan<char> word)
    {
        var lookup = Words.OnesWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var one))
        {
            return one;
        }

        if (Words.TensWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var ten))
        {
            return ten;
        }

        return Words.Articles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) ? -2 : -1;
    }

    private static double ScaleValue(ReadOnlySpan<char> word, out bool plural)
    {
        var scales = Words.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (scales.TryGetValue(word, out var exact))
        {
            plural = false;
            return exact;
        }

        plural = word.Length > 1 && (word[^1] is 's' or 'S');
        if (plural && scales.TryGetValue(word[..^1], out var stem))
        {
            return stem;
        }

        plural = false;
        return 0;
    }

    private static double FractionValue(ReadOnlySpan<char> word)
    {
        var fractions = Words.FractionWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (fractions.TryGetValue(word, out var exact))
        {
            return exact;
        }

        return word.Length > 1 && (word[^1] is 's' or 'S') && fractions.TryGetValue(word[..^1], out var stem) ? stem : 0;
    }

    private static bool TryEnglishScaleAfterDigits(string text, int at, out double scale, out int end)
    {
        scale = 0;
        end = at;
        if (at + 1 >= text.Length || text[at] != ' ' || !char.IsAsciiLetter(text[at + 1]))
        {
            return false;
        }

        var wordEnd = ReadWord(text, at + 1, out var word);
        var value = ScaleValue(word, out var plural);
        if (value == 0 || plural)
        {
            return false;
        }

        scale = value;
        end = wordEnd;
        return true;
    }

    /// <summary>English: five billion, a hundred, two hundred thousand, hundreds, millions, one-eighth, a third, half the, twice.</summary>
    private static bool TryEnglish(string text, int start, out ParsedNumber number, out int skipTo)
    {
        number = default;
        var i = ReadWord(text, start, out var word);
        skipTo = i;
        if (Words.TwiceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            number = new ParsedNumber(2, ClaimBound.Exact, start, i, 0, false, true);
            return true;
        }

        if (Words.FractionWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var denominatorAlone) && denominatorAlone == 2)
        {
            // Only "half the/of/as": "the first half of 2023" is a period, not a ratio.
            ReadOnlySpan<char> next = default;
            if (i < text.Length && text[i] == ' ')
            {
                ReadWord(text, i + 1, out next);
            }

            if (Words.HalfFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
            {
                number = new ParsedNumber(0.5, ClaimBound.Exact, start, i, 1, true, true);
                return true;
            }

            return false;
        }

        var scaleAlone = ScaleValue(word, out var pluralAlone);
        if (scaleAlone > 0)
        {
            // "hundreds of", "millions", "billions": at least one of the unit.
            number = new ParsedNumber(scaleAlone, pluralAlone ? ClaimBound.AtLeast : ClaimBound.Exact, start, i, 0, false, true);
            return pluralAlone;
        }

        var small = WordValue(word);
        if (small == -1)
        {
            return false;
        }

        var end = i;
        double value = small == -2 ? 1 : small;
        var isArticle = small == -2;

        // twenty-five
        if (small >= 20 && end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetter(text[end + 1]))
        {
            var unitEnd = ReadWord(text, end + 1, out var unitWord);
            var unit = WordValue(unitWord);
            if (unit is > 0 and < 10)
            {
                value += unit;
                end = unitEnd;
            }
        }

        // one-eighth, one eighth, a third, two-thirds
        if (end + 1 < text.Length && (text[end] is '-' or ' ') && char.IsAsciiLetter(text[end + 1]))
        {
            var fracEnd = ReadWord(text, end + 1, out var fracWord);
            var denominator = FractionValue(fracWord);
            if (denominator > 0 && value > 0)
            {
                number = new ParsedNumber(value / denominator, ClaimBound.Exact, start, fracEnd, 3, true, true);
                skipTo = fracEnd;
                return true;
            }
        }

        var sawScale = false;
        while (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetter(text[end + 1]))
        {
            var scaleEnd = ReadWord(text, end + 1, out var scaleWord);
            var scale = ScaleValue(scaleWord, out var plural);
            if (scale == 0 || plural)
            {
                break;
            }

            value *= scale;
            end = scaleEnd;
            sawScale = true;
        }

        if (isArticle && !sawScale)
        {
            return false;
        }

        number = new ParsedNumber(value, ClaimBound.Exact, start, end, 0, false, true);
        skipTo = end;
        return true;
    }
    /// <summary>
    /// A numeral written with magnitudes, folded left to right: a small magnitude (十 百 千, 천 백) multiplies the digit
    /// before it into the current section; a big one (万 亿, 만 억) closes the section and multiplies it in, so
    /// "4亿2000万" and "4억 2천만" both come to 4.2e8.
    /// </summary>
    private struct MagnitudeSum
    {
        private double _total;
        private double _section;

        /// <summary>The digit or number waiting for a magnitude.</summary>
        public double? Current { get; set; }

        public readonly double Value => _total + _section + (Current ?? 0);

        /// <summary>Folds in <paramref name="c"/> if it is a magnitude; <paramref name="big"/> says whether it closed a section.</summary>
        public bool TryAdd(char c, out bool big)
        {
            var small = SmallMagnitude(c);
            var large = BigMagnitude(c);
            big = large > 0;
            if (small > 0)
            {
                _section += (Current ?? 1) * small;
                Current = null;
                return true;
            }

            if (large > 0)
            {
                _section += Current ?? 0;
                _total += (_section == 0 ? 1 : _section) * large;
                _section = 0;
                Current = null;
                return true;
            }

            return false;
        }
    }
}
