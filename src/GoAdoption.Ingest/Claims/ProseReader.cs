using GoAdoption.Domain.Claims;
using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Claims;

/// <summary>Claims stated in sentences: before→after pairs, stated changes, absolute deltas and single figures.</summary>
internal static class ProseReader
{
    /// <summary>Reads the claims of one prose passage (or one table row read as prose).</summary>
    /// <param name="item">The passage and its subject candidates.</param>
    /// <param name="forced">A subject that overrides the sentence's own (a table row's first cell).</param>
    /// <param name="state">Headings and section subjects seen so far.</param>
    /// <param name="claims">Where claims are added.</param>
    public static void Read(ClaimPassage item, Subject? forced, DocumentState state, List<ExtractedClaim> claims)
    {
        var passage = item.Passage;
        var text = passage.Text;
        var textStart = 0;
        if (passage.Kind == PassageKind.Heading)
        {
            textStart = ClaimLexicon.HeadingNumber().Match(text).Length;
        }

        foreach (var (s, e) in SentenceSplitter.Split(text, textStart))
        {
            ReadBudget.Check();
            var quantities = QuantityParser.Scan(text, s, e);
            if (quantities.Count == 0)
            {
                continue;
            }

            ReadSentence(item, forced, state, text, s, e, quantities, claims);
        }
    }

    private static void ReadSentence(
        ClaimPassage item, Subject? forced, DocumentState state, string text, int s, int e, List<Quantity> quantities, List<ExtractedClaim> claims)
    {
        var count = quantities.Count;
        var used = new bool[count];
        var clauseStart = new int[count];
        var clauseEnd = new int[count];
        for (var k = 0; k < count; k++)
        {
            (clauseStart[k], clauseEnd[k]) = SentenceSplitter.Clause(text, s, e, quantities[k].Start, quantities[k].End);
            if (ClaimLexicon.ConfigCue.IsMatch(text.AsSpan(clauseStart[k], clauseEnd[k] - clauseStart[k])))
            {
                used[k] = true;
            }
        }

        var migratedFrom = MigrationDetector.Detect(text[s..e]);
        var quote = text[s..e].Trim();
        var builder = new ClaimBuilder(item, forced, state, text, s, e, migratedFrom, quote);

        // 1. Before→after: 从 X 降至 Y, from X to Y, X → Y, X에서 Y로.
        for (var k = 0; k + 1 < count; k++)
        {
            if (used[k] || used[k + 1])
            {
                continue;
            }

            var a = quantities[k];
            var b = quantities[k + 1];
            if (!IsPair(text, clauseStart[k], a, b, e) || !TryAlign(ref a, ref b))
            {
                continue;
            }

            var window = text.AsSpan(clauseStart[k], Math.Min(e, b.End + 6) - clauseStart[k]);
            var metric = ClaimLexicon.FindMetric(window, a.Kind) ?? DefaultMetric(a);
            if (metric is null)
            {
                continue;
            }

            used[k] = used[k + 1] = true;
            double? stated = null;
            if (k + 2 < count && !used[k + 2] && quantities[k + 2].Kind == QuantityKind.Percent && quantities[k + 2].Start - b.End <= 14
                && clauseStart[k + 2] == clauseStart[k + 1])
            {
                var c = quantities[k + 2];
                var verb = ClaimLexicon.FindVerb(text, clauseStart[k + 2], clauseEnd[k + 2], c.Start, c.End, 8);
                var direction = c.Arrow != 0 ? c.Arrow : verb?.Direction ?? Math.Sign(b.Value - a.Value);
                stated = direction * c.Central;
                used[k + 2] = true;
            }

            var statistic = ClaimLexicon.FindStatistic(text.AsSpan(clauseStart[k], a.Start - clauseStart[k]));
            builder.Add(claims, metric.Value, statistic, a.Central, b.Central, UnitOf(a.Kind), stated, null, null, Combine(a.Bound, b.Bound), a.Start);
        }

        // 2. Stated changes: 降低 40%, 提升 5 倍, 32% 的 CPU 使用率下降, 85% ↓, 3x faster, 40% 감소.
        for (var k = 0; k < count; k++)
        {
            var q = quantities[k];
            if (used[k] || q.Kind is not (QuantityKind.Percent or QuantityKind.Multiplier))
            {
                continue;
            }

            var clause = text.AsSpan(clauseStart[k], clauseEnd[k] - clauseStart[k]);
            var verb = ClaimLexicon.FindVerb(text, clauseStart[k], clauseEnd[k], q.Start, q.End, 28);
            var metric = ClaimLexicon.FindMetric(clause, QuantityKind.Percent);
            if (verb is null && q.Arrow == 0)
            {
                if (q.Kind == QuantityKind.Multiplier && metric is not null)
                {
                    used[k] = true;
                    var statisticOnly = ClaimLexicon.FindStatistic(clause);
                    builder.Add(claims, metric.Value, statisticOnly, null, null, ClaimUnit.Percent, null, q.Value, null, q.Bound, q.Start);
                }

                continue;
            }

            used[k] = true;
            var chosen = metric ?? ClaimMetric.Other;
            var direction = q.Arrow != 0 ? q.Arrow : verb!.Value.Direction;
            if (q.Arrow == 0 && verb!.Value.IsImprovement && ClaimLexicon.LowerIsBetter(chosen))
            {
                direction = -1;
            }

            double? percent = null;
            double? multiplier = null;
            if (q.Kind == QuantityKind.Percent)
            {
                percent = direction * q.Central;
            }
            else if (q.Value < 1 && direction < 0 && verb is { } by && !ReducedTo(text, by, q))
            {
                // "减少了近三分之二", "cut by a third": a fraction taken off is a change of that share.
                percent = -100 * q.Value;
            }
            else
            {
                multiplier = q.Value < 1 || direction > 0 ? q.Value : 1 / q.Value;
            }

            var statistic = ClaimLexicon.FindStatistic(clause);
            builder.Add(claims, chosen, statistic, null, null, ClaimUnit.Percent, percent, multiplier, null, q.Bound, q.Start);
        }

        // 3. Absolute changes: P99 延迟降低 180μs, 节省120ns/包, cut 2 GB.
        for (var k = 0; k < count; k++)
        {
            var q = quantities[k];
            if (used[k] || q.Kind is not (QuantityKind.Duration or QuantityKind.Size))
            {
                continue;
            }

            var verb = ClaimLexicon.FindVerb(text, Math.Max(clauseStart[k], q.Start - 6), q.Start, q.Start, q.End, 6);
            if (verb is null)
            {
                continue;
            }

            var clause = text.AsSpan(clauseStart[k], clauseEnd[k] - clauseStart[k]);
            var metric = ClaimLexicon.FindMetric(clause, q.Kind) ?? DefaultMetric(q);
            if (metric is null)
            {
                continue;
            }

            used[k] = true;
            var statistic = ClaimLexicon.FindStatistic(text.AsSpan(clauseStart[k], q.Start - clauseStart[k]));
            builder.Add(claims, metric.Value, statistic, null, null, UnitOf(q.Kind), null, null, verb.Value.Direction * q.Central, q.Bound, q.Start);
        }

        // 4. Single figures: 日均处理 4.2 亿次, 高峰 QPS 超过700万, P99 延迟稳定在 42ms 以内, 错误率低于 0.002%, 5000+ 节点.
        for (var k = 0; k < count; k++)
        {
            var q = quantities[k];
            if (used[k])
            {
                continue;
            }

            var clause = text.AsSpan(clauseStart[k], clauseEnd[k] - clauseStart[k]);
            var before = text.AsSpan(clauseStart[k], q.Start - clauseStart[k]);
            ClaimMetric? metric = q.Kind switch
            {
                QuantityKind.Rate or QuantityKind.ByteRate => ClaimMetric.Throughput,
                QuantityKind.DailyVolume => ClaimMetric.Volume,
                QuantityKind.Count => q.Counts switch
                {
                    CountClass.Instances => ClaimMetric.Instances,
                    CountClass.Connections or CountClass.Services => ClaimMetric.Other,
                    _ => null,
                },
                QuantityKind.Duration when !ClaimLexicon.IntervalPrefix.IsMatch(before) => ClaimLexicon.FindMetric(clause, QuantityKind.Duration),
                QuantityKind.Size => ClaimLexicon.FindMetric(clause, QuantityKind.Size),
                QuantityKind.Percent => ClaimLexicon.FindMetric(clause, QuantityKind.Percent) is { } m
                                        && m is ClaimMetric.Cpu or ClaimMetric.ErrorRate or ClaimMetric.Other or ClaimMetric.Memory
                    ? m
                    : IsShare(text, s, e, q, k > 0) ? ClaimMetric.Other : null,
                _ => null,
            };
            // "启动 10 万个容器耗时", "time to boot 500 nodes": a count whose clause is about a timing is the timing's load.
            if (metric is null || (metric == ClaimMetric.Instances && ClaimLexicon.FindMetric(clause, QuantityKind.Duration) is not null))
            {
                continue;
            }

            used[k] = true;
            var statistic = ClaimLexicon.FindStatistic(before);
            var unit = q.Kind == QuantityKind.Count ? ClaimUnit.Count : UnitOf(q.Kind);
            builder.Add(claims, metric.Value, statistic, null, q.Central, unit, null, null, null, q.Bound, q.Start);
        }
    }

    /// <summary>
    /// A percentage that is a share of the system's whole: "thirty percent of the clusters have been migrated", "replaced 100%
    /// of backend code with Go", "其中 60% 返回 304" after a figure. A share of people ("76% of developers") is a survey figure.
    /// </summary>
    private static bool IsShare(string text, int s, int e, Quantity q, bool afterAFigure)
    {
        var words = Lexicon.Default;
        var after = text[q.End..e].TrimStart();
        var before = text[s..q.Start].TrimEnd();
        var ofWhole = words.ShareAfter.Any(w => after.StartsWith(w, StringComparison.OrdinalIgnoreCase)
                                                && (!char.IsAsciiLetter(w[^1]) || after.Length == w.Length || !char.IsAsciiLetter(after[w.Length])));
        var ofFigure = afterAFigure && words.ShareBefore.Any(w => before.EndsWith(w, StringComparison.OrdinalIgnoreCase));
        if (!(ofWhole || ofFigure) || words.SharePeople.IsMatch(text.AsSpan(q.End, Math.Min(24, e - q.End))))
        {
            return false;
        }

        var sentence = text[s..e];
        return ofFigure || GoMentions.NamesMigration(sentence) || GoMentions.IsPutToUse(sentence);
    }

    /// <summary>Whether a fraction is what is left ("减少到三分之一", "cut to a third", "3분의 1로"), not what was taken off.</summary>
    private static bool ReducedTo(string text, ClaimLexicon.Verb verb, Quantity q)
    {
        var words = Lexicon.Default;
        var verbText = text[verb.Start..verb.End];
        var between = verb.End <= q.Start ? text[verb.End..q.Start] : string.Empty;
        var after = text.Substring(q.End, Math.Min(4, text.Length - q.End)).TrimStart();
        return words.PairToBetween.Any(w => ClaimLexicon.ContainsWord(between, w) || verbText.EndsWith(w, StringComparison.Ordinal))
               || words.PairToAfter.Any(w => after.StartsWith(w, StringComparison.Ordinal));
    }

    private static ClaimMetric? DefaultMetric(Quantity q) => q.Kind switch
    {
        QuantityKind.Duration => ClaimMetric.Latency,
        QuantityKind.Size => ClaimMetric.Memory,
        QuantityKind.Rate or QuantityKind.ByteRate => ClaimMetric.Throughput,
        QuantityKind.DailyVolume => ClaimMetric.Volume,
        QuantityKind.Count when q.Counts == CountClass.Instances => ClaimMetric.Instances,
        _ => null,
    };

    public static ClaimUnit UnitOf(QuantityKind kind) => kind switch
    {
        QuantityKind.Duration => ClaimUnit.Milliseconds,
        QuantityKind.Size => ClaimUnit.Bytes,
        QuantityKind.Rate => ClaimUnit.PerSecond,
        QuantityKind.ByteRate => ClaimUnit.BytesPerSecond,
        QuantityKind.DailyVolume => ClaimUnit.PerDay,
        QuantityKind.Percent or QuantityKind.Multiplier => ClaimUnit.Percent,
        _ => ClaimUnit.Count,
    };

    public static ClaimBound Combine(ClaimBound baseline, ClaimBound result) =>
        result != ClaimBound.Exact ? result : baseline == ClaimBound.Approximately ? ClaimBound.Approximately : ClaimBound.Exact;

    private static readonly string[] Arrows = ["→", "->", "=>", "⇒", "➔", "–>", "—>", "⟶"];

    /// <summary>
    /// Whether two figures are a before→after pair: joined by an arrow; "从 X 至 Y" / "from X to Y" (a from-word before
    /// the first, a to-word between); or "X에서 Y로" / "X から Y に" (a from-word right after the first, a to-word right
    /// after the second).
    /// </summary>
    private static bool IsPair(string text, int clauseStart, Quantity a, Quantity b, int sentenceEnd)
    {
        var words = Lexicon.Default;
        var between = text.AsSpan(a.End, b.Start - a.End).Trim();

        // "from 32 servers down to four": what the first figure counts sits between the two.
        foreach (var (noun, _) in words.CountWords)
        {
            if (between.StartsWith(noun, ClaimLexicon.ComparisonFor(noun))
                && (between.Length == noun.Length || !char.IsLetter(between[noun.Length])))
            {
                between = between[noun.Length..].TrimStart();
                break;
            }
        }

        if (between.Length > 10)
        {
            return false;
        }

        foreach (var arrow in Arrows)
        {
            if (between.SequenceEqual(arrow))
            {
                return true;
            }
        }

        foreach (var marker in words.PairFromAfter)
        {
            if (between.StartsWith(marker, StringComparison.Ordinal))
            {
                var after = text.AsSpan(b.End, Math.Min(4, sentenceEnd - b.End)).TrimStart();
                foreach (var to in words.PairToAfter)
                {
                    if (after.StartsWith(to, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        var lead = text.AsSpan(clauseStart, a.Start - clauseStart).TrimEnd();
        var fromBefore = false;
        foreach (var marker in words.PairFromBefore)
        {
            if (lead.EndsWith(marker, ClaimLexicon.ComparisonFor(marker))
                && (!char.IsAsciiLetter(marker[0]) || lead.Length == marker.Length || !char.IsAsciiLetter(lead[^(marker.Length + 1)])))
            {
                fromBefore = true;
                break;
            }
        }

        if (!fromBefore)
        {
            return false;
        }

        if (between.Contains('→'))
        {
            return true;
        }

        foreach (var to in words.PairToBetween)
        {
            if (ClaimLexicon.ContainsWord(between, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gives a bare end of a pair the other end's unit ("从 120 降至 18ms"); false when units disagree.</summary>
    private static bool TryAlign(ref Quantity a, ref Quantity b)
    {
        if (a.Kind == b.Kind)
        {
            return a.Kind != QuantityKind.Plain;
        }

        // A bare number beside a count takes the count's noun only when the noun says what is counted ("from 32 servers
        // down to four"); beside an unclassed count (3 个团队) it may be anything.
        if (a.Kind == QuantityKind.Plain && !a.HasUnit)
        {
            a = a with { Kind = b.Kind, Counts = b.Counts };
            return b.Kind != QuantityKind.Count || b.Counts == CountClass.Instances;
        }

        if (b.Kind == QuantityKind.Plain && !b.HasUnit)
        {
            b = b with { Kind = a.Kind, Counts = a.Counts };
            return a.Kind != QuantityKind.Count || a.Counts == CountClass.Instances;
        }

        return false;
    }

    /// <summary>Builds claims for one sentence: resolves subject, system and consistency.</summary>
    private sealed class ClaimBuilder(
        ClaimPassage item, Subject? forced, DocumentState state, string text, int s, int e, string? migratedFrom, string quote)
    {
        public void Add(
            List<ExtractedClaim> claims, ClaimMetric metric, ClaimStatistic statistic, double? baseline, double? result, ClaimUnit unit,
            double? statedPercent, double? statedMultiplier, double? statedDelta, ClaimBound bound, int position)
        {
            var rollCall = forced is null && IsRollCall(position);
            var subject = rollCall ? default : forced ?? ResolveSubject(position);
            var system = rollCall ? null : ResolveSystem(position, subject) ?? state.LastSystem(item.Passage, subject);
            if (system is not null && !rollCall)
            {
                state.NoteSystem(item.Passage, subject, system);
            }

            var change = ConsistencyChecker.ChangePercent(baseline, result);
            var consistency = ConsistencyChecker.Check(baseline, result, statedPercent, statedMultiplier, statedDelta);
            var passage = item.Passage;
            var claim = new ExtractedClaim(
                subject.Company, subject.Project, system, metric, statistic, baseline, result, unit, statedPercent, statedMultiplier,
                statedDelta, change, consistency, migratedFrom, bound, new Provenance(passage.LineStart, passage.LineEnd, quote));
            claims.Add(claim);
        }

        // "国内企业如腾讯(…)、字节跳动(…)、阿里(…)亦在大规模落地 Go,支撑日均千亿级请求": a figure after a list of
        // companies is their sum or a boast for the lot, not any one company's; two names may still be owner and product.
        private bool IsRollCall(int position) =>
            item.Subjects.Where(c => !c.IsProject && c.Offset >= s && c.Offset < position)
                .Select(c => state.Owner(c, item)).Distinct(StringComparer.Ordinal).Count() >= RollCallSize;

        private const int RollCallSize = 3;

        private Subject ResolveSubject(int position)
        {
            var subjects = item.Subjects;
            SubjectCandidate? nearest = null;
            foreach (var candidate in subjects)
            {
                if (candidate.Offset >= s && candidate.Offset < position && (nearest is null || candidate.Offset > nearest.Offset))
                {
                    nearest = candidate;
                }
            }

            if (nearest is not null)
            {
                if (nearest.IsProject)
                {
                    // "配合 fasthttp 替代方案", "采用 gRPC + Protobuf": a project brought in as a tool leaves the passage's
                    // company the subject; "例如,Prometheus 的 TSDB 引擎…" makes the project the subject on its own.
                    var company = subjects.LastOrDefault(c => !c.IsProject && c.Offset >= s && c.Offset < position);
                    var tool = ClaimLexicon.ToolVerb.Match(text, s);
                    if (company is null && tool.Success && tool.Index < nearest.Offset)
                    {
                        company = subjects.LastOrDefault(c => !c.IsProject && c.Offset < s);
                    }

                    return new Subject(company is null ? null : state.Owner(company, item), nearest.Slug);
                }

                var project = subjects.LastOrDefault(c => c.IsProject && c.Offset > nearest.Offset && c.Offset < position);
                return new Subject(state.Owner(nearest, item), project?.Slug);
            }

            // A sentence that names nobody continues the passage's company; a project named in between was a tool.
            var earlierCompany = subjects.LastOrDefault(c => !c.IsProject && c.Offset < s);
            if (earlierCompany is not null)
            {
                return new Subject(state.Owner(earlierCompany, item), null);
            }

            var earlier = subjects.LastOrDefault(c => c.Offset < s);
            if (earlier is not null)
            {
                return new Subject(null, earlier.Slug);
            }

            var later = subjects.FirstOrDefault(c => c.Offset >= position && c.Offset < e);
            if (later is not null)
            {
                return later.IsProject ? new Subject(null, later.Slug) : new Subject(state.Owner(later, item), null);
            }

            // "我们的服务将来可能会有 300 万个在线连接": "we" is the document's own organization, else the one the section
            // last named; a heading's project stays the project ("RoadRunner 如何帮助开发 … 性能提高了 40 倍").
            var fromHeadings = state.FromHeadings(item.Passage);
            var owner = HasReference(position) && state.DocumentOwner.IsEmpty ? state.LastInSection(item.Passage) : state.DocumentOwner;
            if (fromHeadings.IsEmpty)
            {
                return owner;
            }

            return fromHeadings.Company is null && owner.Company is not null ? fromHeadings with { Company = owner.Company } : fromHeadings;
        }

        private bool HasReference(int position)
        {
            var words = Lexicon.Default.Organizations;
            var before = text[s..position];
            return words.SelfReference.IsMatch(before) || words.OtherReference.IsMatch(before);
        }

        private string? ResolveSystem(int position, Subject subject)
        {
            if (SystemNames.Bracketed(text[..Math.Min(text.Length, e)], position) is { } bracketed)
            {
                return bracketed;
            }

            // A CJK system name right after the subject in the same sentence: Twitch将实时聊天系统, Netflix用Go构建配置分发系统.
            var first = item.Subjects.FirstOrDefault(c => c.Offset >= s && c.Offset < position);
            if (first is not null && SystemNames.CjkPhraseIn(text, first.Offset + first.Length, position) is { } phrase)
            {
                return phrase;
            }

            return subject.Company is null && item.Subjects.Count == 0 ? DocumentState.SystemFromHeadings(item.Passage) : null;
        }
    }
}
