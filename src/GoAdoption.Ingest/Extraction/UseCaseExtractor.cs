using System.Text.RegularExpressions;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// Reads who uses Go for what: a sentence that names Go and a company (or product) — in the sentence, or in the
/// heading it sits under — is a use-case; so is a row of a project table whose columns name its users.
/// </summary>
internal static partial class UseCaseExtractor
{
    private const string GenericSystem = "Go services";
    private const int MaxSummary = 400;

    /// <param name="passages">The document's passages.</param>
    /// <param name="entities">The entities found in each passage, by the passage's index; matched once for mentions, claims and use-cases.</param>
    /// <param name="finder">For the headings a sentence borrows its subject from.</param>
    /// <param name="owner">What the document is about: the owner of Go use stated without a name ("we rewrote it in Go").</param>
    /// <param name="gazetteer">The gazetteer the document is read with: a known project's field.</param>
    public static List<ExtractedUseCase> Extract(IReadOnlyList<Passage> passages, IReadOnlyList<IReadOnlyList<Located>> entities,
        Func<Passage, string, List<Located>> finder, Claims.Subject owner, Gazetteer.NameGazetteer gazetteer)
    {
        var useCases = new List<ExtractedUseCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? header = null;

        void Add(string company, string? project, string system, Passage passage, int start, int end, string sentence, string? migrated)
        {
            system = SystemNames.Clean(system);
            if (SystemNames.IsGeneric(system, company))
            {
                system = GenericSystem;
            }

            if (!seen.Add($"{company}\u0000{project}\u0000{system}"))
            {
                return;
            }

            // The clause that leads up to the system says most about its field; the rest of the sentence may wander.
            var systemAt = sentence.IndexOf(system, StringComparison.Ordinal);
            var clause = systemAt >= 0 ? sentence[..(systemAt + system.Length)] : sentence;
            // "TiDB 的核心组件…零拷贝网络栈": a known project's own field outweighs what the rest of the sentence wanders into.
            var domain = DomainClassifier.Classify(clause)
                ?? (project is not null && gazetteer.FindBySlug(project)?.Domains is [var field, ..] ? field : null)
                ?? DomainClassifier.Classify(sentence) ?? DomainClassifier.Classify(passage.Text)
                ?? DomainClassifier.Classify(string.Join(' ', passage.HeadingPath));
            var summary = sentence.Length > MaxSummary ? sentence[..MaxSummary] : sentence;
            useCases.Add(new ExtractedUseCase(company, project, system, summary, domain, migrated,
                Sentences.Provenance(passage, start, end)));
        }

        for (var index = 0; index < passages.Count; index++)
        {
            ReadBudget.Check();
            var passage = passages[index];
            if (passage.Kind != PassageKind.TableRow)
            {
                header = passage.Kind == PassageKind.TableHeader ? passage.Text : null;
            }

            if (!passage.IsFactBearing || passage.Kind == PassageKind.TableHeader)
            {
                continue;
            }

            var found = entities[index];
            if (passage.Kind == PassageKind.TableRow)
            {
                if (header is not null && Lexicon.Default.UsersColumn.IsMatch(header))
                {
                    TableRow(passage, found, Add);
                }

                continue;
            }

            foreach (var (start, end) in Sentences.Split(passage))
            {
                ReadBudget.Check();
                var sentence = passage.Text[start..end];
                if (!GoMentions.Word.IsMatch(sentence))
                {
                    CustomersOfProject(passage, found, start, end, sentence, Add);
                    continue;
                }

                var inSentence = found.Where(e => e.Start >= start && e.End <= end)
                    .Select(e => e with { Start = e.Start - start })
                    .ToList();
                Sentence(passage, start, end, sentence, inSentence, finder, owner, Add);
            }
        }

        // "Go services" says only that a company uses Go; once the document names a real system for it, that is noise.
        var named = useCases.Where(u => u.System != GenericSystem).Select(u => u.CompanySlug).ToHashSet(StringComparer.Ordinal);
        useCases.RemoveAll(u => u.System == GenericSystem && named.Contains(u.CompanySlug));
        return useCases;
    }

    // "Dropbox 的开源替代", "similar to SAE": a company named as a point of comparison is not the one using Go.
    private static bool IsComparedTo(string sentence, Located company)
    {
        if (company.Start < 0)
        {
            return false;
        }

        var after = sentence[company.End..Math.Min(sentence.Length, company.End + 24)];
        var before = sentence[Math.Max(0, company.Start - 16)..company.Start];
        return Comparison.Value.After.IsMatch(after) || Comparison.Value.Before.IsMatch(before);
    }

    private delegate void AddUseCase(string company, string? project, string system, Passage passage, int start, int end,
        string sentence, string? migrated);

    private static void Sentence(Passage passage, int start, int end, string sentence, List<Located> entities,
        Func<Passage, string, List<Located>> finder, Claims.Subject owner, AddUseCase add)
    {
        var subjects = entities.Where(e => e.Kind != EntityKind.Project && !IsComparedTo(sentence, e)).ToList();

        // A sentence that names no company borrows its section's, but only when it says Go is put to use there:
        // "Go 的 Goroutine 模型…" under a Didi heading is about Go, not about Didi.
        if (subjects.Count == 0 && passage.Kind != PassageKind.Heading && GoMentions.IsPutToUse(sentence))
        {
            subjects = HeadingSubject(passage, finder);

            // "We rewrote the push service in Go": a sentence that names nobody is about the document's own organization.
            if (subjects.Count == 0 && owner.Company is { } company)
            {
                subjects = [new Located(passage, -1, 0, company, company, EntityKind.Company)];
            }
        }

        if (subjects.Count == 0)
        {
            return;
        }

        var migrated = MigrationDetector.Detect(sentence);

        // "腾讯(TARS 框架 Go 版)、字节跳动(部分 CDN 边缘服务)": each company names its own system in parentheses.
        var described = false;
        foreach (var subject in subjects.Where(s => s.Start >= 0))
        {
            if (Parenthetical().Match(sentence, subject.End) is { Success: true } p && p.Index == subject.End
                && (entities.Any(e => e.Kind == EntityKind.Project && e.Start >= p.Index && e.End <= p.Index + p.Length)
                    || SystemNames.Find(p.Groups["inner"].Value, []) is not null))
            {
                var inner = p.Groups["inner"].Value;
                var project = entities.FirstOrDefault(e => e.Kind == EntityKind.Project && e.Start >= p.Index && e.End <= p.Index + p.Length);
                add(subject.Slug, project?.Slug, SystemNames.StripPartial(inner), passage, start, end, sentence, migrated);
                described = true;
            }
        }

        if (described)
        {
            return;
        }

        var firstProject = entities.FirstOrDefault(e => e.Kind == EntityKind.Project);
        var system = SystemNames.Find(sentence, entities) ?? firstProject?.AsWritten;
        if (system is null && subjects[0].Start < 0)
        {
            return;
        }

        add(subjects[0].Slug, firstProject?.Slug, system ?? GenericSystem, passage, start, end, sentence, migrated);
    }

    private static void TableRow(Passage passage, IReadOnlyList<Located> entities, AddUseCase add)
    {
        var project = entities.FirstOrDefault(e => e.Kind == EntityKind.Project);
        if (project is null)
        {
            return;
        }

        foreach (var company in entities.Where(e => e.Kind != EntityKind.Project))
        {
            add(company.Slug, project.Slug, project.AsWritten, passage, 0, passage.Text.Length, passage.Text, null);
        }
    }

    // "其金融级客户包括中国银行信用卡中心": customers named after a project's description use that project.
    private static void CustomersOfProject(Passage passage, IReadOnlyList<Located> entities, int start, int end, string sentence,
        AddUseCase add)
    {
        var project = entities.FirstOrDefault(e => e.Kind == EntityKind.Project && e.Start < start);
        if (project is null || !Lexicon.Default.CustomersInclude.IsMatch(sentence))
        {
            return;
        }

        foreach (var company in entities.Where(e => e.Kind == EntityKind.Company && e.Start >= start && e.End <= end))
        {
            add(company.Slug, project.Slug, project.AsWritten, passage, start, end, sentence, null);
        }
    }

    // The company a section is about, taken from the innermost heading that names one ("### 1) Uber").
    private static List<Located> HeadingSubject(Passage passage, Func<Passage, string, List<Located>> finder)
    {
        for (var i = passage.HeadingPath.Count - 1; i >= 0; i--)
        {
            var subject = finder(passage, passage.HeadingPath[i]).FirstOrDefault(e => e.Kind != EntityKind.Project);
            if (subject is not null)
            {
                return [subject with { Start = -1 }];
            }
        }

        return [];
    }

    private static readonly Lazy<(Regex Before, Regex After)> Comparison = new(() => (
        WordPattern.AtEnd(WordPattern.Alternation(Lexicon.Default.ComparisonBefore) + @"\s*"),
        new Regex(@"^[^。.,，;；]{0,20}?" + WordPattern.Alternation(Lexicon.Default.ComparisonAfter), RegexOptions.CultureInvariant | RegexOptions.Compiled)));

    [GeneratedRegex(@"\s*[(（](?<inner>[^()（）]{2,60})[)）]")]
    private static partial Regex Parenthetical();
}
