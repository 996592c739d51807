using System.Text.RegularExpressions;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Organizations;

/// <summary>
/// Reads who a sentence says uses Go. An adoption statement is Go with an adoption verb ("uses Go", "采用 Go",
/// "Go를 사용", "Goを採用"), Go put to use ("written in Go", "用 Go 重写", "Goで実装"), a migration to Go, or an
/// adoption verb with a project written in Go as its object ("一直在使用 Vitess"). Its agent is the name right before
/// it (in SVO and SOV languages alike the agent comes first), every name of a list right before it, the name after a
/// passive marker ("used by X", "被 X 采用"), or the items of a list of organizations the sentence introduces
/// ("companies such as A, B and C", "例如 A、B"). A name that only sits in such a sentence is not its agent.
/// </summary>
internal static partial class AdoptionReader
{
    // How far an agent may sit from its verb, in letters (spaces and blanked markup do not count).
    private const int MaxLatinGap = 40;
    private const int MaxCjkGap = 16;
    private const int VerbReach = 24;
    private const int MaxTopicGap = 48;

    private static readonly Lazy<Patterns> Compiled = new(() => new Patterns(Lexicon.Default));

    /// <summary>The agents of the sentence's adoption statements, each with its evidence.</summary>
    /// <param name="sentence">The sentence, markup blanked.</param>
    /// <param name="spans">Its name spans (see <see cref="NameSpans"/>), at sentence offsets.</param>
    /// <param name="line">The line the sentence is on, for the evidence.</param>
    /// <param name="goInContext">Whether the heading the sentence sits under names Go (a list item under "Go 언어 소개").</param>
    /// <param name="gazetteer">The gazetteer the document is read with: which projects are written in Go, whose product is whose.</param>
    public static List<(NameSpan Span, Evidence Evidence)> Read(string sentence, IReadOnlyList<NameSpan> spans, int line, bool goInContext,
        NameGazetteer gazetteer)
    {
        var found = new List<(NameSpan, Evidence)>();
        if (spans.Count == 0)
        {
            return found;
        }

        var patterns = Compiled.Value;
        var all = spans;
        spans = [.. spans.Where(s => !s.InBrackets && !IsComparedTo(sentence, s, patterns))];
        var goWords = Hits(GoMentions.Word, sentence);
        var anchors = Anchors(sentence, spans, goWords, patterns, gazetteer);
        foreach (var (at, kind) in anchors)
        {
            if (IsNegated(sentence, at, patterns))
            {
                continue;
            }

            var agents = Located(sentence, spans, at, goWords);
            if (agents.Count == 0)
            {
                agents = Preceding(sentence, spans, at, gazetteer);
            }

            var evidenceKind = kind == AnchorKind.GoProject ? EvidenceKind.UsesGoProject : EvidenceKind.Adoption;
            var confidence = kind == AnchorKind.GoProject ? 0.65 : 0.85;
            if (agents.Count == 0)
            {
                agents = Passive(sentence, spans, at, patterns);
                evidenceKind = EvidenceKind.Agent;
                confidence = 0.8;
            }

            // "CRD", "SDL": a short acronym alone is as often a concept as an organization.
            if (agents is [{ Kind: SpanKind.Unknown } lone] && IsAcronym(lone.Text))
            {
                continue;
            }

            foreach (var agent in agents)
            {
                found.Add((agent, Evidence.Of(agents.Count > 1 ? EvidenceKind.Enumeration : evidenceKind, agents.Count > 1 ? 0.8 : confidence,
                    line, sentence)));
            }
        }

        if (anchors.Count > 0)
        {
            foreach (var item in IntroducedList(sentence, spans, anchors[0].At))
            {
                found.Add((item, Evidence.Of(EvidenceKind.Enumeration, 0.8, line, sentence)));
            }
        }

        if (anchors.Count > 0)
        {
            foreach (var team in Teams(sentence, spans))
            {
                found.Add((team, Evidence.Of(EvidenceKind.Adoption, 0.7, line, sentence)));
            }
        }

        if (goWords.Count > 0 || goInContext)
        {
            foreach (var creator in Creators(sentence, [.. all.Where(s => !IsComparedTo(sentence, s, patterns))], patterns))
            {
                found.Add((creator, Evidence.Of(EvidenceKind.Creation, 0.75, line, sentence)));
            }
        }

        return found;
    }

    private enum AnchorKind
    {
        Go,
        GoProject,
    }

    private static List<(int At, AnchorKind Kind)> Anchors(string sentence, IReadOnlyList<NameSpan> spans, List<Hit> goWords, Patterns patterns,
        NameGazetteer gazetteer)
    {
        var anchors = new List<(int, AnchorKind)>();
        // Every usage phrase names Go (see GoMentions).
        if (goWords.Count > 0)
        {
            foreach (var usage in GoMentions.Usage.EnumerateMatches(sentence))
            {
                anchors.Add((usage.Index, AnchorKind.Go));
            }
        }

        foreach (var match in patterns.AdoptionVerb.EnumerateMatches(sentence))
        {
            var verb = new Hit(match.Index, match.Length);
            foreach (var go in goWords)
            {
                if (VerbTakesGo(sentence, verb, go))
                {
                    anchors.Add((Math.Min(go.Index, verb.Index), AnchorKind.Go));
                    break;
                }
            }

            // "YouTube 一直在使用 Vitess": an adoption verb whose object is a project written in Go.
            var next = spans.FirstOrDefault(s => s.Start >= verb.Index + verb.Length && s.Start - (verb.Index + verb.Length) <= 8);
            if (next is { IsProject: true } && gazetteer.FindBySlug(next.Known!.Slug)?.WrittenInGo == true)
            {
                anchors.Add((verb.Index, AnchorKind.GoProject));
            }
        }

        // "Uber wrote its geo-fence service in Go": the statement starts at the verb, so its object is not taken for its agent.
        foreach (var go in goWords)
        {
            var lead = sentence[..go.Index].TrimEnd();
            if (patterns.Preposition.Match(lead) is { Success: true } preposition
                && Last(patterns.ImplementationVerb, sentence.AsSpan(0, preposition.Index)) is { } verb
                && preposition.Index - (verb.Index + verb.Length) <= 60 && !HasBreak(sentence, verb.Index, go.Index))
            {
                anchors.Add((verb.Index, AnchorKind.Go));
            }
        }

        // "Go在…与滴滴出行实战演进": Go, a place marker and a place; Located() checks the verb after the place.
        foreach (var go in goWords)
        {
            foreach (var marker in Lexicon.Default.Organizations.LocativeMarkers.Where(m => !char.IsAsciiLetter(m[0])))
            {
                var k = sentence.IndexOf(marker, go.Index + go.Length, StringComparison.Ordinal);
                if (k >= 0 && k - (go.Index + go.Length) <= VerbReach)
                {
                    anchors.Add((go.Index, AnchorKind.Go));
                }
            }
        }

        foreach (var migration in patterns.MigrationVerb.EnumerateMatches(sentence))
        {
            var at = migration.Index;
            if (goWords.Any(g => g.Index > at && g.Index - at <= 48))
            {
                anchors.Add((at, AnchorKind.Go));
            }
        }

        return [.. anchors.DistinctBy(a => a.Item1).OrderBy(a => a.Item1)];
    }

    // Word order decides whether Go is the verb's object: after the verb in English and Chinese ("uses Go", "采用 Go",
    // or before it behind 将/把: "将 Go 用于"), before it in Korean and Japanese ("Go를 사용", "Goを採用"). Go before an
    // English or Chinese verb is its subject ("Go 是开发人员最想要使用的语言"), and says nothing of who uses it.
    private static bool VerbTakesGo(string sentence, Hit verb, Hit go)
    {
        var verbEnd = verb.Index + verb.Length;
        var goEnd = go.Index + go.Length;
        var after = go.Index >= verbEnd;
        var distance = after ? go.Index - verbEnd : verb.Index - goEnd;
        if (distance > VerbReach || HasBreak(sentence, Math.Min(go.Index, verb.Index), Math.Max(go.Index, verb.Index)))
        {
            return false;
        }

        var script = sentence[verb.Index];
        if (script is >= '\uAC00' and <= '\uD7A3' || script is >= '\u3040' and <= '\u30FF')
        {
            return !after;
        }

        if (after)
        {
            return true;
        }

        // "X 将 Go 用于…" keeps X the agent; "Go 还被一些大公司使用" makes the agent whoever 被 introduces.
        var lead = sentence[..go.Index].TrimEnd();
        var between = sentence[goEnd..verb.Index];
        var words = Lexicon.Default.Organizations;
        return words.DisposalMarkers.Any(m => lead.EndsWith(m, StringComparison.Ordinal))
               || words.AgentMarkers.Concat(words.LocativeMarkers).Any(m => !char.IsAsciiLetter(m[0]) && between.Contains(m, StringComparison.Ordinal));
    }

    // The agent of a statement at `at`: in Korean and Japanese the name marked as topic ("Dropbox 는 … Go 언어로
    // 갈아탔다"), else the nearest name before it (a list counts whole), skipping technologies.
    private static List<NameSpan> Preceding(string sentence, IReadOnlyList<NameSpan> spans, int at, NameGazetteer gazetteer)
    {
        for (var k = spans.Count - 1; k >= 0; k--)
        {
            if (spans[k].End <= at && spans[k].Kind != SpanKind.Technology && IsTopic(sentence, spans[k]))
            {
                return ListAround(sentence, spans, k);
            }
        }

        for (var k = spans.Count - 1; k >= 0; k--)
        {
            var span = spans[k];
            if (span.End > at)
            {
                continue;
            }

            // "Zentrix, a fintech startup from Berlin, rewrote …": Berlin is what "from" takes, and the appositive between
            // Zentrix and its verb says what Zentrix is.
            if (IsPrepositionObject(sentence, span))
            {
                continue;
            }

            var end = AfterAppositive(sentence, span.End, at);
            var cjk = MaxGap(sentence, end, at) == MaxCjkGap;
            if (Gap(sentence, end, at) > MaxGap(sentence, end, at) || HasBreak(sentence, end, at)
                || (cjk && HasClauseBreak(sentence, end, at)))
            {
                return OnlyNameBefore(sentence, spans, at, gazetteer);
            }

            // "Docker 公司早期将 Docker Daemon 从 Python 重构为 Go": what 将 takes is the object, the agent comes before it.
            if (span.Kind == SpanKind.Technology || IsDisposalObject(sentence, span))
            {
                continue;
            }

            // "其 API Server、Controller Manager、Kubelet 等核心组件全部采用 Go": parts of something, not its users.
            if (Lexicon.Default.Organizations.ListCloser.Match(sentence, span.End, at - span.End) is { Success: true } closer && IsPartsList(sentence, closer.Index, closer.Length))
            {
                return [];
            }

            return ListAround(sentence, spans, k);
        }

        return [];
    }

    private static bool IsPrepositionObject(string sentence, NameSpan span) =>
        span.Start > 0 && char.IsAsciiLetter(sentence[span.Start]) && Lexicon.Default.Organizations.PrepositionBefore.IsMatch(sentence.AsSpan(0, span.Start));

    /// <summary>Where the verb's subject really ends: past an appositive (", a fintech startup from Berlin,"), when one follows the name.</summary>
    internal static int AfterAppositive(string sentence, int end, int at) =>
        Appositive().Match(sentence, end, at - end) is { Success: true } m ? m.Index + m.Length : end;

    [GeneratedRegex(@"\G\s*,\s+(?:a|an|the|one of)\s[^,;.]{1,80},\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Appositive();

    private static bool IsDisposalObject(string sentence, NameSpan span)
    {
        var lead = sentence.AsSpan(0, span.Start).TrimEnd();
        foreach (var marker in Lexicon.Default.Organizations.DisposalMarkers)
        {
            if (lead.EndsWith(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "Uber:其核心地理围栏服务(Geo-fence Service)采用 Go 重构", "…，今日头条当前后端服务超过80%的流量是跑在 Go 构建的服务上":
    // a clause that opens with an organization and then says what of it uses Go is about that organization, however
    // long the phrase between, as long as no other organization is named there.
    private static List<NameSpan> OnlyNameBefore(string sentence, IReadOnlyList<NameSpan> spans, int at, NameGazetteer gazetteer)
    {
        var clauseStart = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (IsClauseBreakChar(sentence[i]))
            {
                clauseStart = i + 1;
                break;
            }
        }

        foreach (var start in new[] { clauseStart, 0 }.Distinct())
        {
            var before = spans.Where(s => s.Start >= start && s.End <= at && s.IsOrganizationLike).ToList();
            var names = before.Select(s => s.Known is { Kind: Model.EntityKind.Product } p ? gazetteer.FindBySlug(p.Slug)?.ParentSlug ?? p.Slug
                : s.Known?.Slug ?? s.Text).Distinct().Count();
            if (names == 1 && Gap(sentence, start, before[0].Start) <= 2 && Gap(sentence, before[0].End, at) <= MaxTopicGap
                && !HasBreak(sentence, before[0].End, at))
            {
                return [before[0]];
            }
        }

        return [];
    }

    private static bool HasClauseBreak(string sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsClauseBreakChar(sentence[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBreakChar(char c) => c is '，' or ',' or '：' or ':' or '；' or ';';

    // "similar to SAE", "Sublime Text 的开源替代": a name given as a point of comparison is not the one using Go.
    private static bool IsComparedTo(string sentence, NameSpan span, Patterns patterns) =>
        (patterns.ComparedBefore.IsMatch(sentence.AsSpan(0, span.Start)) && !IsExampleOfOrganizations(sentence, span, patterns))
        || patterns.ComparedAfter.IsMatch(sentence.AsSpan(span.End));

    // "a tool like Docker" compares; "companies such as Zentrix", "比如 Zentrix、Quorra 等公司" give examples of the
    // organizations named before the introducer or after the list's closer.
    private static bool IsExampleOfOrganizations(string sentence, NameSpan span, Patterns patterns) =>
        patterns.IntroducerBefore.Match(sentence, 0, span.Start) is { Success: true } introducer
        && (patterns.NounBefore.IsMatch(sentence.AsSpan(0, introducer.Index))
            || (Lexicon.Default.Organizations.ListCloser.Match(sentence, span.End) is { Success: true } closer
                && patterns.NounAfter.IsMatch(sentence.AsSpan(closer.Index + closer.Length))));

    private static bool IsAcronym(string name) => name.Length <= 4 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    // "PingCAP 团队通过 GC 调优…", "the Firebase Hosting team", "X's engineering team": an organization's team in a sentence about Go.
    private static IEnumerable<NameSpan> Teams(string sentence, IReadOnlyList<NameSpan> spans)
    {
        var teams = Lexicon.Default.Organizations.TeamWord;
        foreach (var span in spans.Where(s => s.IsOrganizationLike))
        {
            var rest = sentence[span.End..Math.Min(sentence.Length, span.End + 24)];
            if (rest.StartsWith("’s ", StringComparison.Ordinal) || rest.StartsWith("'s ", StringComparison.Ordinal))
            {
                rest = rest[3..];
            }

            var team = teams.Match(rest);
            if (team.Success && Gap(rest, 0, team.Index) <= (char.IsAsciiLetter(team.Value[0]) ? 12 : 2))
            {
                yield return span;
            }
        }
    }

    // "Go内存模型与GC调优在字节跳动推荐引擎中的落地", "Go at Google": Go with a place marker before a name, then the verb.
    private static List<NameSpan> Located(string sentence, IReadOnlyList<NameSpan> spans, int at, List<Hit> goWords)
    {
        var index = goWords.FindIndex(g => g.Index == at);
        if (index < 0)
        {
            return [];
        }

        var go = goWords[index];

        foreach (var marker in Lexicon.Default.Organizations.LocativeMarkers.Where(m => !char.IsAsciiLetter(m[0])))
        {
            var k = sentence.IndexOf(marker, go.Index + go.Length, StringComparison.Ordinal);
            if (k < 0 || k - (go.Index + go.Length) > VerbReach)
            {
                continue;
            }

            var next = spans.FirstOrDefault(s => s.Start >= k + marker.Length && s.IsOrganizationLike && Gap(sentence, k + marker.Length, s.Start) <= 16
                && !HasClauseBreak(sentence, k, s.Start));
            if (next is not null && Lexicon.Default.Organizations.LocativeVerb.Match(sentence, next.End) is { Success: true } verb
                && Gap(sentence, next.End, verb.Index) <= 16 && !HasClauseBreak(sentence, next.End, verb.Index))
            {
                return ListAround(sentence, spans, spans.ToList().IndexOf(next));
            }
        }

        return [];
    }

    // "Go is used by X", "被 X 采用", "built at X": the name after a passive marker near the statement.
    private static List<NameSpan> Passive(string sentence, IReadOnlyList<NameSpan> spans, int at, Patterns patterns)
    {
        var window = sentence[at..Math.Min(sentence.Length, at + 48)];
        var marker = patterns.AgentMarker.Match(window);
        if (!marker.Success)
        {
            return [];
        }

        var after = at + marker.Index + marker.Length;
        for (var k = 0; k < spans.Count; k++)
        {
            if (spans[k].Start >= after && Gap(sentence, after, spans[k].Start) <= 4 && spans[k].Kind != SpanKind.Technology)
            {
                return ListAround(sentence, spans, k);
            }
        }

        return [];
    }

    // "companies such as A, B and C", "一些大公司使用，例如 A、B": a list an organization noun introduces; "A, B, C 등에서도
    // … Go를 이용해": a list closed by 등 or など before the statement.
    private static IEnumerable<NameSpan> IntroducedList(string sentence, IReadOnlyList<NameSpan> spans, int firstAnchor)
    {
        var words = Lexicon.Default.Organizations;
        var introducer = words.ListIntroducer.Match(sentence);
        if (introducer.Success && words.Noun.IsMatch(sentence))
        {
            var after = introducer.Index + introducer.Length;
            for (var k = 0; k < spans.Count; k++)
            {
                if (spans[k].Start >= after && Gap(sentence, after, spans[k].Start) <= 4)
                {
                    return ListAround(sentence, spans, k).Where(s => s.IsOrganizationLike);
                }
            }
        }

        foreach (var closer in words.ListCloser.EnumerateMatches(sentence))
        {
            if (closer.Index > firstAnchor || IsPartsList(sentence, closer.Index, closer.Length))
            {
                continue;
            }

            for (var k = spans.Count - 1; k >= 0; k--)
            {
                if (spans[k].End <= closer.Index && Gap(sentence, spans[k].End, closer.Index) <= 2)
                {
                    var list = ListAround(sentence, spans, k);
                    if (list.Count >= 2)
                    {
                        return list.Where(s => s.IsOrganizationLike);
                    }

                    break;
                }
            }
        }

        return [];
    }

    // "其 API Server、Controller Manager、Kubelet 等核心组件": a list of parts (components, services, modules) is no list of users.
    private static bool IsPartsList(string sentence, int closer, int length)
    {
        var after = sentence.AsSpan(closer + length, Math.Min(8, sentence.Length - closer - length));
        foreach (var suffix in Lexicon.Default.SystemSuffixes)
        {
            if (after.Contains(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return Lexicon.Default.ProjectWord.IsMatch(after);
    }

    // "Go was created at Google", "구글이 만든 언어", "由 Google 构建的": an organization beside a creation verb.
    private static IEnumerable<NameSpan> Creators(string sentence, IReadOnlyList<NameSpan> spans, Patterns patterns)
    {
        foreach (Match verb in Lexicon.Default.Organizations.CreationVerb.Matches(sentence))
        {
            foreach (var span in spans)
            {
                // A creator is a name already known: "CRD设计" is no organization designing anything.
                if (!span.IsOrganizationLike || span.Kind != SpanKind.Known)
                {
                    continue;
                }

                var before = span.End <= verb.Index && Gap(sentence, span.End, verb.Index) <= 4;
                var after = span.Start >= verb.Index + verb.Length && patterns.AgentMarker.Match(sentence, verb.Index + verb.Length) is { Success: true } m
                            && m.Index - (verb.Index + verb.Length) <= 2 && Gap(sentence, m.Index + m.Length, span.Start) <= 2;
                if (before || after)
                {
                    yield return span;
                }
            }
        }
    }

    /// <summary>The list a span belongs to: the spans chained to it by list separators alone; the span itself when none.</summary>
    private static List<NameSpan> ListAround(string sentence, IReadOnlyList<NameSpan> spans, int index)
    {
        var first = index;
        while (first > 0 && IsSeparator(sentence, spans[first - 1].End, spans[first].Start))
        {
            first--;
        }

        var last = index;
        while (last + 1 < spans.Count && IsSeparator(sentence, spans[last].End, spans[last + 1].Start))
        {
            last++;
        }

        return [.. spans.Skip(first).Take(last - first + 1).Where(s => s.Kind != SpanKind.Technology)];
    }

    // A Korean particle ends its word ("Dropbox 는 빠른…"); a Japanese one is simply written after the name ("メルカリは").
    private static bool IsTopic(string sentence, NameSpan span)
    {
        var i = span.End < sentence.Length && sentence[span.End] == ' ' ? span.End + 1 : span.End;
        foreach (var marker in Lexicon.Default.Organizations.TopicMarkers)
        {
            if (i + marker.Length > sentence.Length || string.CompareOrdinal(sentence, i, marker, 0, marker.Length) != 0)
            {
                continue;
            }

            var next = i + marker.Length;
            var hangul = marker[0] is >= '\uAC00' and <= '\uD7A3';
            if (!hangul || next >= sentence.Length || sentence[next] is not (>= '\uAC00' and <= '\uD7A3'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSeparator(string sentence, int from, int to) =>
        to > from && Compiled.Value.SeparatorOnly.IsMatch(sentence.AsSpan(from, to - from));

    private static bool IsNegated(string sentence, int at, Patterns patterns)
    {
        var from = Math.Max(0, at - 12);
        var to = Math.Min(sentence.Length, at + 30);
        return Lexicon.Default.Organizations.Negation.IsMatch(sentence.AsSpan(from, to - from));
    }

    // Letters between two points, not counting spaces or a bracketed gloss ("风控引擎(Risk Engine v3.0)中").
    private static int Gap(string sentence, int from, int to)
    {
        var count = 0;
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            var c = sentence[i];
            if (c is '(' or '（')
            {
                depth++;
            }
            else if (c is ')' or '）' && depth > 0)
            {
                depth--;
            }
            else if (depth == 0 && !char.IsWhiteSpace(c))
            {
                count++;
            }
        }

        return count;
    }

    private static int MaxGap(string sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (sentence[i] >= 0x2E80)
            {
                return MaxCjkGap;
            }
        }

        return MaxLatinGap;
    }

    // A semicolon or a dash ends what an agent can reach: "…such as AWS, GCP, and Microsoft Azure - and it's written in Go".
    private static bool HasBreak(string sentence, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var c = sentence[i];
            if (c is ';' or '；' or '—' or '|'
                || (c is '-' or '–' && i > 0 && i + 1 < sentence.Length && sentence[i - 1] == ' ' && sentence[i + 1] == ' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a pattern matched, without the match object and its copy of the text.</summary>
    private readonly record struct Hit(int Index, int Length);

    private static List<Hit> Hits(Regex regex, string text)
    {
        var hits = new List<Hit>();
        foreach (var m in regex.EnumerateMatches(text))
        {
            hits.Add(new Hit(m.Index, m.Length));
        }

        return hits;
    }

    private static Hit? Last(Regex regex, ReadOnlySpan<char> text)
    {
        Hit? last = null;
        foreach (var m in regex.EnumerateMatches(text))
        {
            last = new Hit(m.Index, m.Length);
        }

        return last;
    }

    private sealed class Patterns(Lexicon words)
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        public Regex AdoptionVerb { get; } = WordPattern.Any(words.AdoptionVerbs);

        public Regex MigrationVerb { get; } = WordPattern.Any(words.MigrationVerbs);

        public Regex AgentMarker { get; } = WordPattern.Any(words.Organizations.AgentMarkers);

        public Regex IntroducerBefore { get; } = WordPattern.AtEnd(WordPattern.Alternation(words.Organizations.ListIntroducers) + @"\s*");

        public Regex NounAfter { get; } = new(@"^\s*(?:" + WordPattern.Alternation(words.Organizations.Nouns) + ")", Options);

        public Regex NounBefore { get; } = WordPattern.AtEnd(WordPattern.Alternation(words.Organizations.Nouns) + @"\s*");

        public Regex Preposition { get; } = WordPattern.AtEnd(WordPattern.Alternation(words.UsagePrepositions));

        public Regex ImplementationVerb { get; } = WordPattern.Any(words.ImplementationVerbs);

        // "腾讯(TARS 框架 Go 版)、字节跳动": what a list says of an item in brackets does not end the list.
        public Regex ComparedBefore { get; } = WordPattern.AtEnd(WordPattern.Alternation(words.ComparisonBefore) + @"\s*");

        public Regex ComparedAfter { get; } = new(@"^\s*(?:" + WordPattern.Alternation(words.ComparisonAfter) + ")", Options);

        public Regex SeparatorOnly { get; } = new(@"^\s*(?:[(（][^()（）]{0,60}[)）]\s*)?(?:" + string.Join('|', words.Organizations.ListSeparators
            .OrderByDescending(s => s.Length).Select(Regex.Escape)) + @")\s*$", Options | RegexOptions.IgnoreCase);
    }
}
