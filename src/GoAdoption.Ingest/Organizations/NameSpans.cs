using System.Buffers;
using System.Text.RegularExpressions;
using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Organizations;

/// <summary>
/// Finds the spans of a sentence that may name someone: the entities already located in it, technologies,
/// self-references ("we", 我们), and names nothing knows yet, read from their shape: capitalized Latin words
/// ("Capital One", "Cloud Native Computing Foundation"), Latin runs inside CJK text ("Hexac 的联合创始人"), names with a
/// legal suffix or prefix ("Hexact Inc.", "クラスター株式会社", "주식회사 카카오"), pairs across scripts
/// ("英国广播公司（BBC）") and the items of a list of short names ("트리노드, 원더피플, 컴투스 등").
/// </summary>
internal static partial class NameSpans
{
    private const int MaxLatinWords = 5;
    private const int MaxCjkName = 12;
    private const int MaxListItem = 24;

    private static OrganizationLexicon Words => Lexicon.Default.Organizations;

    private static readonly Lazy<Regex> SuffixedLatin = new(() => new Regex(
        @"(?<name>" + LatinName + @")(?<suffix>,?\s+" + WordPattern.Alternation(Words.Suffixes.Where(s => s.Any(char.IsAsciiLetter))) + @"|\s*"
        + WordPattern.Alternation(Words.Suffixes.Where(s => !s.Any(char.IsAsciiLetter))) + ")",
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private static readonly Lazy<HashSet<string>> MeasureWords = new(() =>
    [
        .. Lexicon.Default.Units.Select(u => u.Token),
        .. Lexicon.Default.MetricWords.Select(m => m.Word),
        .. Lexicon.Default.StatisticWords.Select(s => s.Word),
    ]);

    private static readonly Lazy<Regex> AffixWord = new(() => WordPattern.Any(Words.Suffixes.Concat(Words.Prefixes)));

    private static readonly Lazy<Regex> CjkSuffixed = new(() =>
    {
        var before = WordPattern.Alternation(Words.Prefixes);
        var after = WordPattern.Alternation(Words.Suffixes.Where(s => !s.Any(char.IsAsciiLetter)));
        const string name = @"[\p{IsKatakana}ー・\p{IsHangulSyllables}A-Za-z0-9]{1,16}";
        return new Regex($@"{before}\s*(?<name>{name})|(?<name>{name})\s*{after}", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    private const string LatinToken = @"(?:[A-Z0-9][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[.\-&'’+][A-Za-z0-9]+)*";
    // One space (or a soft line break) between words: the runs of spaces left by blanked links separate names.
    private const string LatinName = LatinToken + @"(?:(?:[ \t]|\r?\n)(?:(?:of|&|the|de|for)[ \t])?" + LatinToken + ")*";

    /// <summary>
    /// What one document's sentences may name, whoever is known: the reading passes over a document share it, so the
    /// shapes of names are read once per sentence.
    /// </summary>
    public sealed class Candidates
    {
        private readonly Dictionary<string, List<(NameSpan Span, bool IsPair)>> _bySentence = new(StringComparer.Ordinal);

        internal List<(NameSpan Span, bool IsPair)> Of(string sentence)
        {
            if (!_bySentence.TryGetValue(sentence, out var candidates))
            {
                _bySentence[sentence] = candidates = Read(sentence);
            }

            return candidates;
        }
    }

    /// <summary>
    /// The spans of a sentence that starts at <paramref name="offset"/> in its passage, in order and disjoint;
    /// <paramref name="located"/> are the entities already located in the passage, at passage offsets.
    /// </summary>
    /// <remarks>
    /// With <paramref name="suffixedOnly"/>, only names with a legal suffix are read besides the known ones: a sentence
    /// that cannot say who uses Go (see <see cref="ProseNames"/>) still introduces "Zentrix GmbH", and its other
    /// shapes would go unused.
    /// </remarks>
    public static List<NameSpan> Find(string sentence, int offset, IReadOnlyList<Located> located, Candidates candidates,
        bool suffixedOnly = false)
    {
        var spans = new List<NameSpan>();
        foreach (var entity in located)
        {
            if (entity.Start >= offset && entity.End <= offset + sentence.Length)
            {
                spans.Add(new NameSpan(entity.Start - offset, entity.End - offset, entity.AsWritten, SpanKind.Known, entity, null));
            }
        }

        var taken = new bool[sentence.Length + 1];
        foreach (var span in spans)
        {
            Take(taken, span);
        }

        var knownCount = spans.Count;
        foreach (var (span, isPair) in suffixedOnly ? Suffixed(sentence) : candidates.Of(sentence))
        {
            // A pair beside a known name gives that name an alias; otherwise it is one new name with two spellings.
            if (isPair && spans.Take(knownCount).Any(s => s.Start < span.End && span.Start < s.End))
            {
                continue;
            }

            if (span.End > span.Start && !Overlaps(taken, span.Start, span.End))
            {
                spans.Add(span);
                Take(taken, span);
            }
        }

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. spans.Select(s => IsAbbreviation(sentence, s.Start, s.End) && s.Alias is null ? s with { InBrackets = true } : s)];
    }

    /// <summary>Every span the sentence's own shape suggests, in the order they take precedence.</summary>
    private static List<(NameSpan Span, bool IsPair)> Read(string sentence)
    {
        var candidates = new List<(NameSpan, bool)>();
        void Add(NameSpan span) => candidates.Add((span, false));

        // Pairs need a bracket and suffixed names a suffix: most sentences have neither, and one search turns them away
        // before the regexes that try a name at every word.
        if (sentence.AsSpan().IndexOfAny('(', '（') >= 0)
        {
            foreach (var pair in CrossScriptPairs(sentence))
            {
                candidates.Add((pair, true));
            }
        }

        candidates.AddRange(Suffixed(sentence));

        // A technology inside a longer name is part of the name ("American Express" is not Express.js); a name that is a
        // technology is the technology ("Google Kubernetes Engine").
        var technologies = TechnologyLexicon.Default.Matcher.FindAll(sentence);
        var latinText = IsLatinText(sentence);
        foreach (var m in LatinNames().EnumerateMatches(sentence))
        {
            var value = sentence.Substring(m.Index, m.Length);
            var name = TrimLatin(sentence, m.Index, value, out var lead);
            var start = m.Index + lead;
            var end = start + name.Length;
            if (technologies.Any(t => t.Start <= start && t.Start + t.Length >= end))
            {
                continue;
            }

            // Cheapest first: most capitalized words are turned away before the person patterns are tried.
            if (!IsAbbreviation(sentence, start, end) && IsLatinNameLike(name) && !HasCommonWord(value[lead..].ReplaceLineEndings(" "))
                && !(latinText && IsSentenceStart(sentence, start) && !name.Contains(' ', StringComparison.Ordinal) && !IsDistinctive(name)
                     && !IsSubjectOfAdoption(sentence, end, name))
                && !IsPerson(sentence, start, end))
            {
                Add(new NameSpan(start, end, name, SpanKind.Unknown, null, null));
            }
        }

        foreach (var match in technologies)
        {
            Add(new NameSpan(match.Start, match.Start + match.Length, match.AsWritten, SpanKind.Technology, null, match.Value));
        }

        foreach (var m in Words.SelfReference.EnumerateMatches(sentence))
        {
            Add(new NameSpan(m.Index, m.Index + m.Length, sentence.Substring(m.Index, m.Length), SpanKind.Self, null, null));
        }

        foreach (var m in Words.OtherReference.EnumerateMatches(sentence))
        {
            Add(new NameSpan(m.Index, m.Index + m.Length, sentence.Substring(m.Index, m.Length), SpanKind.Other, null, null));
        }

        foreach (var item in ListItems(sentence))
        {
            Add(item);
        }

        return candidates;
    }

    /// <summary>The names with a legal suffix or prefix ("Zentrix GmbH", "株式会社メルカリ").</summary>
    private static List<(NameSpan Span, bool IsPair)> Suffixed(string sentence)
    {
        var found = new List<(NameSpan, bool)>();
        if (!AffixWord.Value.IsMatch(sentence))
        {
            return found;
        }

        foreach (Match m in SuffixedLatin.Value.Matches(sentence))
        {
            var name = TrimLatin(sentence, m.Index, m.Groups["name"].Value, out var lead);
            if (IsLatinNameLike(name))
            {
                found.Add((new NameSpan(m.Index + lead, m.Index + m.Length, name, SpanKind.Unknown, null, null, Suffixed: true), false));
            }
        }

        foreach (Match m in CjkSuffixed.Value.Matches(sentence))
        {
            var name = StripParticles(m.Groups["name"].Value);
            if (name.Length is > 0 and <= MaxCjkName)
            {
                found.Add((new NameSpan(m.Index, m.Index + m.Length, m.Value.Trim(), SpanKind.Unknown, null, null, Suffixed: true), false));
            }
        }

        return found;
    }

    /// <summary>Whether a name discovered from its shape can stand as an organization's name.</summary>
    public static bool IsLatinNameLike(string name)
    {
        if (name.Length is < 2 or > 60 || name.All(c => char.IsDigit(c) || c is '.' or '-'))
        {
            return false;
        }

        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxLatinWords || words.All(w => Words.CommonWords.Contains(w) || Lexicon.Default.NotNames.Contains(w)))
        {
            return false;
        }

        // One short all-caps word is an acronym of anything (API, HTTP, SLA); two letters are never enough.
        if (words.Length == 1 && name.Length <= 2)
        {
            return false;
        }

        // "Go WASM", "Go Kit": a phrase about Go is not an organization (the gazetteer knows the projects so named).
        if (GoMentions.Word.IsMatch(name))
        {
            return false;
        }

        // "QPS", "P99", "MB": a metric or a unit is no name.
        if (MeasureWords.Value.Contains(name))
        {
            return false;
        }

        // "PHP7", "Java8": a technology with its version is still the technology.
        var bare = name.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ');
        return TechnologyLexicon.Default.Find(name) is null && (bare.Length < 2 || TechnologyLexicon.Default.Find(bare) is null)
               && !IsTechnologyCompound(name);
    }

    // "C-Python", "Java/Scala", "C++/Go": technologies joined into one word are a stack, not a name.
    private static bool IsTechnologyCompound(string name)
    {
        var parts = name.Split(['-', '/', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length > 1 && parts.All(p => TechnologyLexicon.Default.Find(p) is not null || GoMentions.Word.IsMatch(p));
    }

    // In English every sentence starts with a capital: "Easily build…", "Websites built with Hugo…" name nobody; a word
    // written as a name is written so anywhere ("iQIYI", "BBC", "360").
    private static bool IsDistinctive(string name) => name.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c));

    // "Zentrix uses Go…", "Zentrix, a fintech startup, rewrote…": a capitalized word opening the sentence is a name when a
    // verb of adoption in the third person follows it ("Developers use Go" has a plural and a bare verb).
    private static bool IsSubjectOfAdoption(string sentence, int end, string name)
    {
        if (name.EndsWith('s'))
        {
            return false;
        }

        var next = NextWord().Match(sentence, AdoptionReader.AfterAppositive(sentence, end, sentence.Length));
        if (!next.Success)
        {
            return false;
        }

        var verb = next.Groups[1].Value;
        var inflected = verb.EndsWith('s') || verb.EndsWith("ed", StringComparison.Ordinal) || verb is "rewrote" or "wrote" or "chose" or "built";
        var words = Lexicon.Default;
        return inflected && (words.AdoptionVerbs.Concat(words.ImplementationVerbs).Concat(words.MigrationVerbs)
            .Any(v => v.Equals(verb, StringComparison.OrdinalIgnoreCase) || v.StartsWith(verb + " ", StringComparison.OrdinalIgnoreCase)));
    }

    // After the name, or after an appositive that took the spaces before the verb.
    [GeneratedRegex(@"\G\s*([A-Za-z]+)", RegexOptions.CultureInvariant)]
    private static partial Regex NextWord();

    private static bool IsSentenceStart(string sentence, int start)
    {
        for (var i = 0; i < start; i++)
        {
            if (char.IsLetterOrDigit(sentence[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLatinText(string sentence)
    {
        int latin = 0, other = 0;
        foreach (var c in sentence)
        {
            if (char.IsAsciiLetter(c))
            {
                latin++;
            }
            else if (c >= 0x2E80)
            {
                other++;
            }
        }

        return latin > other * 4;
    }

    // "Distributed Stress Test Tool", "Create Web Applications": a phrase of ordinary words in title case, not a name; a
    // name with a legal suffix keeps its words ("Cloud Native Computing Foundation").
    private static bool HasCommonWord(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Any(w => Words.CommonWords.Contains(w))
        && !Words.Suffixes.Any(s => name.Length > s.Length && name[^(s.Length + 1)] == ' ' && name.EndsWith(s, StringComparison.Ordinal));

    // "software-defined networking (SDN)", "风控引擎(Risk Engine v3.0)": a name in brackets glosses what precedes it (a
    // bracketed organization beside its other spelling is read as a pair before this).
    private static bool IsAbbreviation(string sentence, int start, int end)
    {
        var open = sentence.AsSpan(0, Math.Max(0, start - 1) + (sentence.Length > 0 ? 1 : 0)).LastIndexOfAny('(', '（');
        var close = open < 0 ? -1 : sentence.AsSpan(open).IndexOfAny(')', '）') is var k and >= 0 ? open + k : -1;
        return open >= 0 && open < start && close >= end;
    }

    // "Tigran Bayburtsyan, Co-Founder and CTO", "said Bleigh", "我是 Sergey Kamardin", "CTO Tigran": a person, not an organization.
    private static bool IsPerson(string sentence, int start, int end)
    {
        var after = sentence[end..Math.Min(sentence.Length, end + 30)];
        var before = sentence[Math.Max(0, start - 16)..start];
        return Words.PersonAfter.IsMatch(after) || Words.PersonBefore.IsMatch(before)
            || Words.RoleWord.Match(after) is { Success: true, Index: < 4 } && after.TrimStart().StartsWith(',')
            || (Words.RoleWord.Match(before) is { Success: true } role && role.Index + role.Length >= before.TrimEnd().Length);
    }

    // "The company", "In Kubernetes", "Using Go": a leading function word is not part of the name, nor at the start of a
    // sentence any common word ("Today Uber…"); "The Economist" keeps its article, "New York Times" its adjective.
    private static string TrimLatin(string sentence, int index, string raw, out int lead)
    {
        // Most names are one word: nothing to skip or drop, only the possessive and trailing marks.
        if (raw.AsSpan().IndexOfAny(WordBreaks) < 0)
        {
            lead = 0;
            return WithoutPossessive(raw.TrimEnd('.', ',', '\'', '’'));
        }

        var words = raw.ReplaceLineEndings(" ").Split(' ', StringSplitOptions.None);
        var skip = 0;
        lead = 0;
        var atStart = IsSentenceStart(sentence, index);
        while (skip < words.Length - 1 && (Words.LeadingWords.Contains(words[skip]) || (atStart && skip == 0 && Words.CommonWords.Contains(words[skip])))
               && !(words[skip] == "The" && skip == 0 && words.Length <= 4 && !Words.CommonWords.Contains(words[1])))
        {
            lead += words[skip].Length + 1;
            skip++;
        }

        var kept = words.Skip(skip).ToList();
        while (kept.Count > 1 && Words.CommonWords.Contains(kept[^1].TrimEnd('.', ',')))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return WithoutPossessive(string.Join(' ', kept).ReplaceLineEndings(" ").TrimEnd('.', ',', '\'', '’'));
    }

    private static string WithoutPossessive(string name) =>
        name.EndsWith("’s", StringComparison.Ordinal) || name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name;

    // A space or any line ending ReplaceLineEndings knows.
    private static readonly SearchValues<char> WordBreaks = SearchValues.Create(" \r\n\f\u0085\u2028\u2029");

    /// <summary>Strips the particles a CJK name carries ("드롭박스나" → 드롭박스, "メルカリでは" → メルカリ) and footnote marks ("[16]").</summary>
    public static string StripParticles(string text)
    {
        var t = FootnoteMark().Replace(text, string.Empty).Trim();
        var changed = true;
        while (changed && t.Length > 1)
        {
            changed = false;
            foreach (var particle in Words.Particles)
            {
                if (t.Length > particle.Length + 1 && t.EndsWith(particle, StringComparison.Ordinal))
                {
                    t = t[..^particle.Length].TrimEnd();
                    changed = true;
                    break;
                }
            }
        }

        return t;
    }

    // 메르카리(Mercari), 英国广播公司（BBC）, Mercari（メルカリ）
    private static IEnumerable<NameSpan> CrossScriptPairs(string sentence)
    {
        foreach (Match m in CjkThenLatin().Matches(sentence))
        {
            var cjk = ReadBackCjk(sentence, m.Groups["cjk"].Index + m.Groups["cjk"].Length);
            var latin = m.Groups["latin"].Value.Trim();

            // "地理围栏服务(Geo-fence Service)" glosses a system, not an organization.
            if (cjk.Text.Length >= 2 && IsLatinNameLike(latin) && !Lexicon.Default.SystemSuffixes.Any(x => cjk.Text.EndsWith(x, StringComparison.Ordinal)))
            {
                yield return new NameSpan(cjk.Start, m.Index + m.Length, latin, SpanKind.Unknown, null, null, Alias: cjk.Text);
            }
        }

        foreach (Match m in LatinThenCjk().Matches(sentence))
        {
            var latin = TrimLatin(sentence, m.Index, m.Groups["latin"].Value, out var lead);
            var cjk = m.Groups["cjk"].Value.Trim();
            if (IsLatinNameLike(latin) && cjk.Length is >= 2 and <= MaxCjkName)
            {
                yield return new NameSpan(m.Index + lead, m.Index + m.Length, latin, SpanKind.Unknown, null, null, Alias: cjk);
            }
        }
    }

    // Reads a CJK name back from its end to the nearest particle, punctuation or space.
    private static (int Start, string Text) ReadBackCjk(string sentence, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxCjkName && IsCjkLetter(sentence[start - 1]) && !EndsWithParticle(sentence, start))
        {
            start--;
        }

        return (start, sentence[start..end]);
    }

    private static bool EndsWithParticle(string sentence, int at)
    {
        foreach (var particle in Words.Particles)
        {
            if (at >= particle.Length && string.CompareOrdinal(sentence, at - particle.Length, particle, 0, particle.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCjkLetter(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7A3' or >= '\u30A0' and <= '\u30FF' or >= '\u3040' and <= '\u309F';

    /// <summary>
    /// The items of a list of short names: three or more joined by separators, or two and more right after an introducer
    /// ("例如 A、B", "A를 비롯해 B, C") or right before a closer ("A, B, C 등", "A、B など"). Items nothing else recognized
    /// become unknown names, stripped of their particles.
    /// </summary>
    private static IEnumerable<NameSpan> ListItems(string sentence)
    {
        var separators = ListSeparators(sentence);
        if (separators.Count < 1)
        {
            yield break;
        }

        // An item runs to the next separator, or to a closer ("컴투스 등등 Go언어를 사용한다" → 컴투스).
        var bounds = new List<(int Start, int End)>();
        var from = 0;
        var hasCloser = Words.ListCloser.IsMatch(sentence);
        for (var k = 0; k <= separators.Count; k++)
        {
            var end = k < separators.Count ? separators[k].Index : sentence.Length;
            var closer = hasCloser ? Words.ListCloser.Match(sentence, from, end - from) : Match.Empty;
            bounds.Add((from, closer.Success ? closer.Index : end));
            from = k < separators.Count ? end + separators[k].Length : end;
        }

        var run = new List<(int Start, int End)>();
        var hasIntroducer = Words.ListIntroducer.IsMatch(sentence);
        foreach (var (s, e) in bounds.Append((-1, -1)))
        {
            // "Companies such as Zentrix": the first item is what follows the introducer, however long the words before it.
            var itemStart = s >= 0 && hasIntroducer ? AfterIntroducer(sentence, s, e) : s;
            var isShort = s >= 0 && e - itemStart <= MaxListItem && e > itemStart;
            if (isShort && (run.Count == 0 || IsAdjacent(run[^1].End, s)))
            {
                run.Add((s, e));
                continue;
            }

            if (run.Count >= 2)
            {
                // Items before an introducer inside the run are the sentence's own words ("그리고 … 아니지만, 구글을 비롯해 A, B").
                var first = run.FindLastIndex(r => Words.ListIntroducer.IsMatch(sentence.AsSpan(r.Start, r.End - r.Start)));
                if (first > 0)
                {
                    run.RemoveRange(0, first);
                }

                var marked = IsMarkedList(sentence, run[0].Start, run[^1].End);
                if (run.Count >= 3 || (marked && run.Count >= 2))
                {
                    foreach (var item in run)
                    {
                        if (ItemSpan(sentence, item.Start, item.End, marked) is { } span)
                        {
                            yield return span;
                        }
                    }
                }
            }

            run.Clear();
            if (isShort)
            {
                run.Add((s, e));
            }
        }
    }

    private static bool IsAdjacent(int end, int start) => start - end <= 6;

    private static int AfterIntroducer(string sentence, int start, int end)
    {
        var last = start;
        for (var m = Words.ListIntroducer.Match(sentence, start, end - start); m.Success; m = m.NextMatch())
        {
            if (m.Index + m.Length < end)
            {
                last = m.Index + m.Length;
            }
        }

        while (last < end && char.IsWhiteSpace(sentence[last]))
        {
            last++;
        }

        return last;
    }

    // An introducer opens the list ("…例如 BBC、Uber", "구글을 비롯해 A"), or a closer follows it ("… 컴투스 등등").
    private static bool IsMarkedList(string sentence, int start, int end)
    {
        var region = sentence[Math.Max(0, start - 8)..Math.Min(sentence.Length, end + 6)];
        return Words.ListIntroducer.IsMatch(region) || Words.ListCloser.IsMatch(region);
    }

    private static NameSpan? ItemSpan(string sentence, int start, int end, bool marked)
    {
        var trimmed = sentence[start..end].Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        // The first item may carry the words before the list: "例如 BBC" → BBC, "구글을 비롯해 드롭박스나" → 드롭박스.
        var cut = Words.ListIntroducer.Matches(trimmed).Cast<Match>().LastOrDefault(m => m.Index + m.Length < trimmed.Length);
        if (cut is not null)
        {
            trimmed = trimmed[(cut.Index + cut.Length)..].Trim();
        }

        var lastSpace = trimmed.LastIndexOf(' ');
        var word = trimmed.Any(IsCjkLetter) && lastSpace >= 0 && !trimmed[..lastSpace].All(c => c < 0x80)
            ? trimmed[(lastSpace + 1)..]
            : trimmed;
        var name = StripParticles(word);
        if (name.Length == 0 || name.Length > MaxListItem || name.Any(c => c is '。' or '：' or ':' or '(' or '（'))
        {
            return null;
        }

        var isLatin = name.All(c => c < 0x80);
        if (isLatin ? !IsLatinNameLike(name) || HasCommonWord(name) || !char.IsAsciiLetterOrDigit(name[0]) || !(char.IsUpper(name[0]) || char.IsDigit(name[0]))
                : !marked || !IsCjkListName(name))
        {
            return null;
        }

        var at = sentence.IndexOf(name, start, StringComparison.Ordinal);
        return at < 0 ? null : new NameSpan(at, at + name.Length, name, SpanKind.Unknown, null, null);
    }

    // Chinese writes no word boundaries, so a bare run of ideographs in a list is as often a phrase as a name; a Korean
    // or Japanese list of names ends with "등" or "など" and its names are written in Hangul or katakana.
    private static bool IsCjkListName(string name) =>
        name.Length is >= 2 and <= MaxCjkName && name.All(c => c is >= '\uAC00' and <= '\uD7A3' or >= '\u30A0' and <= '\u30FF' or '・');

    private static bool Overlaps(bool[] taken, int start, int end)
    {
        for (var i = start; i < end && i < taken.Length; i++)
        {
            if (taken[i])
            {
                return true;
            }
        }

        return false;
    }

    private static void Take(bool[] taken, NameSpan span)
    {
        for (var i = Math.Max(0, span.Start); i < span.End && i < taken.Length; i++)
        {
            taken[i] = true;
        }
    }

    // A Latin separator is a word of its own with spaces around it ("and"), a Hangul one ends the word it is glued to
    // and has a space after it ("드롭박스나 "), any other ("、", "和") may have spaces after it; each separator spans its
    // spaces. The regex finds only the words: a leading run of spaces before an alternation of words would make the
    // engine try every space.
    private static List<(int Index, int Length)> ListSeparators(string sentence)
    {
        var found = new List<(int Index, int Length)>();
        var previousEnd = 0;
        foreach (Match m in Separator.Value.Matches(sentence))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (m.Groups["latin"].Success)
            {
                while (start > previousEnd && char.IsWhiteSpace(sentence[start - 1]))
                {
                    start--;
                }

                // The spaces before it were taken by the separator before ("A, and B"): not a separator of its own.
                if (start == m.Index)
                {
                    continue;
                }
            }

            while (end < sentence.Length && char.IsWhiteSpace(sentence[end]))
            {
                end++;
            }

            found.Add((start, end - start));
            previousEnd = end;
        }

        return found;
    }

    private static readonly Lazy<Regex> Separator = new(() =>
    {
        static string Words(IEnumerable<string> words) => "(?:" + string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + ")";
        var all = NameSpans.Words.ListSeparators;
        var latin = all.Where(s => char.IsAsciiLetter(s[0])).ToList();
        var hangul = all.Where(s => s[0] is >= '\uAC00' and <= '\uD7A3').ToList();
        var other = all.Except(latin).Except(hangul).ToList();
        return new Regex($@"(?<=\s)(?<latin>{Words(latin)})(?=\s)|(?<=[\uAC00-\uD7A3]){Words(hangul)}(?=\s)|{Words(other)}",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    });

    [GeneratedRegex(@"(?<![A-Za-z0-9])" + LatinName + @"(?![A-Za-z0-9])")]
    private static partial Regex LatinNames();

    [GeneratedRegex(@"(?<cjk>[\p{IsCJKUnifiedIdeographs}\p{IsHangulSyllables}\p{IsKatakana}ー・]{2,24})\s*[（(]\s*(?<latin>[A-Za-z][A-Za-z0-9 .&'\-]{1,40}?)\s*[)）]")]
    private static partial Regex CjkThenLatin();

    [GeneratedRegex(@"(?<latin>" + LatinName + @")\s*[（(]\s*(?<cjk>[\p{IsCJKUnifiedIdeographs}\p{IsHangulSyllables}\p{IsKatakana}ー・]{2,12})\s*[)）]")]
    private static partial Regex LatinThenCjk();

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex FootnoteMark();
}
