using System.Text.RegularExpressions;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Extraction;

/// <summary>
/// Reads who uses Go for what: a sentence that names Go and a company (or product) — in the sentence, or in the
/// heading it sits under — is a use-case; so is a row of a project table whose columns name its users.
/// </summary>
internal static partial class UseCaseExtractor
{
    private const string GenericSystem = "Go services";
    private const int MaxSummary = 400;

    public static List<ExtractedUseCase> Extract(IReadOnlyList<Passage> passages, EntityFinder finder)
    {
        var useCases = new List<ExtractedUseCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? header = null;

        void Add(string company, string? project, string system, Passage passage, int start, int end, string sentence, string? migrated)
        {
            system = SystemNames.Clean(system);
            if (system.Length == 0)
            {
                system = GenericSystem;
            }

            if (!seen.Add($"{company}\u0000{project}\u0000{system}"))
            {
                return;
            }

            var domain = DomainClassifier.Classify(sentence) ?? DomainClassifier.Classify(passage.Text)
                ?? DomainClassifier.Classify(string.Join(' ', passage.HeadingPath));
            var summary = sentence.Length > MaxSummary ? sentence[..MaxSummary] : sentence;
            useCases.Add(new ExtractedUseCase(company, project, system, summary, domain, migrated,
                Sentences.Provenance(passage, start, end)));
        }

        foreach (var passage in passages)
        {
            if (passage.Kind != PassageKind.TableRow)
            {
                header = passage.Kind == PassageKind.TableHeader ? passage.Text : null;
            }

            if (!passage.IsFactBearing || passage.Kind == PassageKind.TableHeader)
            {
                continue;
            }

            var entities = finder.Find(passage);
            if (passage.Kind == PassageKind.TableRow)
            {
                if (header is not null && UsersColumn().IsMatch(header))
                {
                    TableRow(passage, entities, Add);
                }

                continue;
            }

            foreach (var (start, end) in Sentences.Split(passage))
            {
                var sentence = passage.Text[start..end];
                if (!GoWord().IsMatch(sentence))
                {
                    continue;
                }

                var inSentence = entities.Where(e => e.Start >= start && e.End <= end)
                    .Select(e => e with { Start = e.Start - start })
                    .ToList();
                Sentence(passage, start, end, sentence, inSentence, finder, Add);
            }
        }

        return useCases;
    }

    private delegate void AddUseCase(string company, string? project, string system, Passage passage, int start, int end,
        string sentence, string? migrated);

    private static void Sentence(Passage passage, int start, int end, string sentence, List<Located> entities,
        EntityFinder finder, AddUseCase add)
    {
        var subjects = entities.Where(e => e.Kind != EntityKind.Project).ToList();
        if (subjects.Count == 0 && passage.Kind != PassageKind.Heading)
        {
            subjects = HeadingSubject(passage, finder);
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
            if (Parenthetical().Match(sentence, subject.End) is { Success: true } p && p.Index == subject.End)
            {
                var inner = p.Groups["inner"].Value;
                var project = entities.FirstOrDefault(e => e.Kind == EntityKind.Project && e.Start >= p.Index && e.End <= p.Index + p.Length);
                add(subject.Slug, project?.Slug, StripPartial().Replace(inner, string.Empty), passage, start, end, sentence, migrated);
                described = true;
            }
        }

        if (described)
        {
            return;
        }

        var firstProject = entities.FirstOrDefault(e => e.Kind == EntityKind.Project);
        var system = SystemNames.Find(sentence, entities) ?? firstProject?.AsWritten ?? GenericSystem;
        add(subjects[0].Slug, firstProject?.Slug, system, passage, start, end, sentence, migrated);
    }

    private static void TableRow(Passage passage, List<Located> entities, AddUseCase add)
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

    // The company a section is about, taken from the innermost heading that names one ("### 1) Uber").
    private static List<Located> HeadingSubject(Passage passage, EntityFinder finder)
    {
        for (var i = passage.HeadingPath.Count - 1; i >= 0; i--)
        {
            var subject = finder.Find(passage, passage.HeadingPath[i]).FirstOrDefault(e => e.Kind != EntityKind.Project);
            if (subject is not null)
            {
                return [subject with { Start = -1 }];
            }
        }

        return [];
    }

    [GeneratedRegex(@"(?<![A-Za-z])(Go|Golang|golang|GO)(?![A-Za-z])")]
    private static partial Regex GoWord();

    [GeneratedRegex(@"\s*[(（](?<inner>[^()（）]{2,60})[)）]")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(部分|部份|核心|some)\s*")]
    private static partial Regex StripPartial();

    [GeneratedRegex(@"用户|客户|使用者|users|customers|adopters|사용|고객|ユーザー|利用企業")]
    private static partial Regex UsersColumn();
}
