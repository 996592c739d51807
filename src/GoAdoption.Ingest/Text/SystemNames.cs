using System.Text.RegularExpressions;
using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Lexicons;

namespace GoAdoption.Ingest.Text;

/// <summary>
/// The one system-name extractor, for use-cases and claims alike: an English name in brackets after a CJK system noun
/// ("地理围栏服务(Geo-fence Service)"), else the CJK noun phrase ending in a system noun (系统, 服务, サーバー…) read back
/// to the nearest verb or particle, else an English phrase ("uses Go for X", "rewrote X in Go", "… service").
/// </summary>
internal static class SystemNames
{
    private const int MaxCjkPhrase = 16;
    private const int MinCjkName = 4;

    private static readonly Lazy<Patterns> Compiled = new(() => new Patterns(Lexicon.Default));

    private static Lexicon Words => Lexicon.Default;

    /// <summary>The system a sentence says Go is used for, nearest the word Go; null when it names none.</summary>
    public static string? Find(string sentence, IReadOnlyList<Located> entities)
    {
        if (Bracketed(sentence, sentence.Length) is { } english && MigrationDetector.FindLanguages(english).Count == 0)
        {
            return english;
        }

        return CjkPhraseNearGo(sentence, entities) ?? EnglishPhrase(sentence);
    }

    /// <summary>The last bracketed English system name that starts before <paramref name="end"/> (地理围栏服务(Geo-fence Service)).</summary>
    public static string? Bracketed(string text, int end)
    {
        // The pattern tries a name at every position: a text without a bracket is turned away by one search.
        var length = Math.Min(text.Length, end);
        if (text.AsSpan(0, length).IndexOfAny('(', '（') < 0)
        {
            return null;
        }

        string? found = null;
        for (var m = Compiled.Value.Bracketed.Match(text, 0, length); m.Success; m = m.NextMatch())
        {
            found = m.Groups["en"].Value.Trim();
        }

        return found;
    }

    /// <summary>The first CJK system phrase in [from, to) (Twitch将实时聊天系统 → 实时聊天系统), at least four characters.</summary>
    public static string? CjkPhraseIn(string text, int from, int to)
    {
        string? best = null;
        var bestEnd = int.MaxValue;
        foreach (var suffix in Words.SystemSuffixes)
        {
            var at = text.IndexOf(suffix, from, Math.Max(0, to - from), StringComparison.Ordinal);
            if (at < 0 || at + suffix.Length > to || at + suffix.Length >= bestEnd)
            {
                continue;
            }

            var start = PhraseStart(text, at, [], Math.Max(from, at + suffix.Length - MaxCjkPhrase));
            var phrase = text[start..(at + suffix.Length)].Trim();
            if (phrase.Length >= MinCjkName && phrase.Length > suffix.Length)
            {
                (best, bestEnd) = (phrase, at + suffix.Length);
            }
        }

        return best;
    }

    /// <summary>A system named by a heading: its bracketed English name, else its CJK system phrase (4.1 实时风控引擎开发 → 实时风控引擎).</summary>
    public static string? FromHeading(string heading)
    {
        return Bracketed(heading, heading.Length) ?? CjkPhraseIn(heading, 0, heading.Length);
    }

    /// <summary>Tidies a system name: drops the language left behind, filler words and possessives.</summary>
    public static string Clean(string system)
    {
        var patterns = Compiled.Value;
        var s = patterns.FleetOf.Replace(system, string.Empty);
        foreach (var lang in MigrationDetector.FindLanguages(s).OrderByDescending(l => l.Start))
        {
            s = s.Remove(lang.Start, lang.Length);
        }

        s = Possessive().Replace(s, " ").Replace('’', ' ').Replace('\'', ' ');
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Words.SystemFillers.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        return string.Join(' ', words).Trim(' ', ',', '.', ':', '：', '，', '、', '-');
    }

    /// <summary>
    /// Whether a system name says no more than "services": empty, or a bare system noun, or the company's name and one
    /// ("over a hundred services" → services, "Uber services"); such a use-case is about Go services in general.
    /// </summary>
    public static bool IsGeneric(string system, string? companySlug)
    {
        var words = system.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (companySlug is not null && words.Count > 1 && Slug.From(words[0]) == companySlug)
        {
            words.RemoveAt(0);
        }

        return words.Count == 0 || (words.Count == 1 && (Words.SystemNouns.Contains(words[0], StringComparer.OrdinalIgnoreCase)
            || Words.Organizations.CommonWords.Contains(words[0])));
    }

    /// <summary>Drops "部分", "some" from the front: "字节跳动(部分 CDN 边缘服务)" is about the CDN edge services.</summary>
    public static string StripPartial(string system) => Compiled.Value.Partial.Replace(system, string.Empty);

    private static string? CjkPhraseNearGo(string sentence, IReadOnlyList<Located> entities)
    {
        var go = Compiled.Value.GoWord.Match(sentence);
        string? best = null;
        int bestDistance = int.MaxValue, bestLength = 0;
        foreach (var suffix in Words.SystemSuffixes)
        {
            for (var at = sentence.IndexOf(suffix, StringComparison.Ordinal); at >= 0;
                 at = sentence.IndexOf(suffix, at + 1, StringComparison.Ordinal))
            {
                var end = at + suffix.Length;
                var start = PhraseStart(sentence, at, entities, 0);
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

    // Reads back from a head noun over letters, digits, spaces and dashes, stopping at a verb or particle, an entity
    // or the word Go.
    private static int PhraseStart(string sentence, int at, IReadOnlyList<Located> entities, int floor)
    {
        var j = at;
        while (j > floor)
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
        foreach (var stop in Words.SystemStops)
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
        var patterns = Compiled.Value;
        if (patterns.UsesGoFor.Match(sentence) is { Success: true } uses)
        {
            return uses.Groups["what"].Value;
        }

        if (RewroteInGo().Match(sentence) is { Success: true } rewrote)
        {
            return rewrote.Groups["what"].Value;
        }

        return patterns.EnglishSystem.Match(sentence) is { Success: true } system ? system.Value : null;
    }

    private static Regex RewroteInGo() => Compiled.Value.RewroteInGo;

    private static Regex Possessive() => Compiled.Value.Possessive;

    /// <summary>The patterns built once from the lexicon's system words.</summary>
    private sealed class Patterns
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        public Patterns(Lexicon words)
        {
            var suffixes = string.Join('|', words.SystemSuffixes.OrderByDescending(s => s.Length).Select(Regex.Escape));
            // Starts at the suffix: only the bracketed name is read, and a pattern that opens with literal suffixes is
            // searched for with a vectorized scan, where an optional leading run made it try every position.
            Bracketed = new Regex("(?:" + suffixes + @")\s*[（(]\s*(?<en>[A-Z][A-Za-z0-9.\- ]{2,40}?)\s*[)）]", Options);
            GoWord = new Regex(@"(?<![A-Za-z])(Go|Golang|golang|GO)(?![A-Za-z])", Options);
            UsesGoFor = new Regex("(?:" + WordPattern.Alternation(words.SystemUsesFor) + @")\s+(?:extensively\s+)?(?<what>[^.,;]{3,60})", Options);
            RewroteInGo = new Regex(@"\brewr(?:ote|itten|ite)\s+(?<what>.{3,60}?)\s+(?:in|to|with)\s+Go(?:lang)?\b", Options);
            EnglishSystem = new Regex(@"\b(?:[A-Za-z][\w’'-]*\s+){0,3}" + WordPattern.Alternation(words.SystemNouns), Options);
            FleetOf = new Regex(@"(?i:" + WordPattern.Alternation(words.SystemFleetOf) + @")\s+", Options);
            Partial = new Regex("^(?:" + WordPattern.Alternation(words.SystemPartial) + @")\s*", Options);
            Possessive = new Regex(@"[’']s\s", Options);
        }

        public Regex Bracketed { get; }

        public Regex GoWord { get; }

        public Regex UsesGoFor { get; }

        public Regex RewroteInGo { get; }

        public Regex EnglishSystem { get; }

        public Regex FleetOf { get; }

        public Regex Partial { get; }

        public Regex Possessive { get; }
    }
}
