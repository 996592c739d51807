using System.Buffers;

namespace GoAdoption.Ingest.Gazetteer;

/// <summary>One occurrence found by an <see cref="AliasMatcher{T}"/>.</summary>
internal readonly record struct AliasMatch<T>(int Start, int Length, string AsWritten, T Value);

/// <summary>
/// Finds many aliases in one left-to-right pass, leftmost-longest: candidates are bucketed by first character and
/// tried longest first, so 阿里巴巴 wins over 阿里 and 腾讯云 over 腾讯. Latin ends of an alias must sit on word
/// boundaries; CJK ends match inside running text, which has no spaces.
/// </summary>
internal sealed class AliasMatcher<T>
{
    // Candidates by their first two characters (lowercased), longest first; one-character aliases by their character.
    private readonly Dictionary<int, Candidate[]> _buckets;
    private readonly Dictionary<char, Candidate[]> _singles;

    // One bit per first character (lowercased): most positions of running text start no alias, and a bit test
    // turns them away before the dictionary is asked.
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];

    // With many aliases nearly every letter starts one, and the bit test turns little away: a vectorized multi-string
    // search over the whole set jumps straight to the next place any alias is written, ignoring case (a superset of
    // the case-sensitive ones), where the boundaries and the case are then checked.
    private readonly SearchValues<string>? _anyAlias;

    // Building the search costs more than it saves on a handful of names (a document's own discoveries).
    private const int SearchThreshold = 64;

    public AliasMatcher(IEnumerable<(string Alias, T Value, bool CaseSensitive)> aliases)
    {
        var candidates = aliases
            .Where(a => a.Alias.Length > 0)
            .Select(a => new Candidate(a.Alias, a.Value, a.CaseSensitive, IsAsciiAlnum(a.Alias[0]), IsAsciiAlnum(a.Alias[^1])))
            .ToList();
        _buckets = candidates.Where(c => c.Alias.Length > 1)
            .GroupBy(c => Key(c.Alias[0], c.Alias[1]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Alias.Length).ToArray());
        _singles = candidates.Where(c => c.Alias.Length == 1)
            .GroupBy(c => CaseTable.ToLower(c.Alias[0]))
            .ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var c in candidates)
        {
            var key = CaseTable.ToLower(c.Alias[0]);
            _starts[key >> 6] |= 1UL << (key & 63);
        }

        if (candidates.Count >= SearchThreshold)
        {
            _anyAlias = SearchValues.Create([.. candidates.Select(c => c.Alias).Distinct(StringComparer.OrdinalIgnoreCase)],
                StringComparison.OrdinalIgnoreCase);
        }
    }

    public List<AliasMatch<T>> FindAll(string text)
    {
        var found = new List<AliasMatch<T>>();
        var position = 0;
        while (TryNext(text, ref position, out var start, out var value))
        {
            found.Add(new AliasMatch<T>(start, position - start, text.Substring(start, position - start), value));
        }

        return found;
    }

    /// <summary>
    /// The next match at or after <paramref name="position"/>, which moves past it; for callers that need only
    /// where a match is and what it stands for, not a copy of the text.
    /// </summary>
    public bool TryNext(string text, ref int position, out int start, out T value)
    {
        for (var i = position; i < text.Length; i++)
        {
            if (_anyAlias is not null)
            {
                var next = text.AsSpan(i).IndexOfAny(_anyAlias);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            if (MatchAt(text, i) is { } c)
            {
                start = i;
                position = i + c.Alias.Length;
                value = c.Value;
                return true;
            }
        }

        position = text.Length;
        start = -1;
        value = default!;
        return false;
    }

    private static int Key(char first, char second) => (CaseTable.ToLower(first) << 16) | CaseTable.ToLower(second);

    private Candidate? MatchAt(string text, int i)
    {
        var key = CaseTable.ToLower(text[i]);
        if ((_starts[key >> 6] & (1UL << (key & 63))) == 0)
        {
            return null;
        }

        var startsWord = IsWordStart(text, i);
        if (i + 1 < text.Length && _buckets.TryGetValue(Key(text[i], text[i + 1]), out var candidates) && Match(text, i, startsWord, candidates) is { } longer)
        {
            return longer;
        }

        return _singles.TryGetValue(key, out var singles) ? Match(text, i, startsWord, singles) : null;
    }

    private static Candidate? Match(string text, int i, bool startsWord, Candidate[] candidates)
    {
        foreach (var c in candidates)
        {
            var end = i + c.Alias.Length;
            if (end > text.Length || (c.LatinStart && !startsWord))
            {
                continue;
            }

            var comparison = c.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
            if (!text.AsSpan(i, c.Alias.Length).Equals(c.Alias, comparison))
            {
                continue;
            }

            if (c.LatinEnd && !IsWordEnd(text, end))
            {
                continue;
            }

            return c;
        }

        return null;
    }

    // "github.com", "uber-go/ring", "k8s.io": a dot, dash, slash or @ between ASCII letters joins one token.
    private static bool IsWordStart(string text, int i) =>
        i == 0 || !(IsWordChar(text[i - 1]) || (IsJoiner(text[i - 1]) && i >= 2 && IsAsciiAlnum(text[i - 2])));

    private static bool IsWordEnd(string text, int end) =>
        end >= text.Length || !(IsWordChar(text[end]) || (IsJoiner(text[end]) && end + 1 < text.Length && IsAsciiAlnum(text[end + 1])));

    private static bool IsAsciiAlnum(char c) => char.IsAsciiLetterOrDigit(c);

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsJoiner(char c) => c is '.' or '-' or '/' or '@';

    private sealed record Candidate(string Alias, T Value, bool CaseSensitive, bool LatinStart, bool LatinEnd);
}

/// <summary>
/// <see cref="char.ToLowerInvariant(char)"/> for every UTF-16 unit, computed once: outside ASCII the call goes
/// through the culture tables, and the matchers ask it for every character of every passage.
/// </summary>
internal static class CaseTable
{
    private static readonly char[] Lower = Build();

    public static char ToLower(char c) => Lower[c];

    private static char[] Build()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }
}
