using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Claims;

/// <summary>
/// Reads performance claims from a document's passages: prose in Chinese, English and Korean
/// ("QPS 提升 5 倍", "P99 延迟从 120ms 降至 18ms", "about five billion sessions per day", "120ms에서 18ms로")
/// and flattened comparison tables (a header naming metric and old/new columns, then one claim per row or column).
/// Code, diagrams, link-only lines and footers are skipped; configuration tables and clauses stating settings,
/// limits or test conditions yield nothing. Pure and thread-safe.
/// </summary>
public static class ClaimExtractor
{
    /// <summary>Extracts every claim, in document order.</summary>
    /// <param name="passages">The document's passages in order, headings included, each with its subject candidates.</param>
    /// <param name="owner">What the document is about: the owner of figures whose sentence, passage and section name none.</param>
    public static IReadOnlyList<ExtractedClaim> Extract(IReadOnlyList<ClaimPassage> passages, Subject owner = default)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var state = new DocumentState(owner);
        var claims = new List<ExtractedClaim>();
        TableReader? table = null;
        for (var i = 0; i < passages.Count; i++)
        {
            ReadBudget.Check();
            var item = passages[i];
            var passage = item.Passage;
            if (!passage.IsFactBearing)
            {
                table?.Flush(claims);
                table = null;
                continue;
            }

            if (passage.Kind == PassageKind.TableHeader)
            {
                table?.Flush(claims);
                var caption = i > 0 && passages[i - 1].Passage.Kind is PassageKind.Paragraph or PassageKind.Heading
                                     && passages[i - 1].Passage.Text.Length <= CaptionMaxLength
                    ? passages[i - 1]
                    : null;
                table = new TableReader(item, caption, state);
                continue;
            }

            if (passage.Kind == PassageKind.TableRow && table is not null)
            {
                table.AddRow(item, claims);
                continue;
            }

            table?.Flush(claims);
            table = null;
            if (passage.Kind == PassageKind.Heading)
            {
                state.AddHeading(item);
            }

            // A short line right before a table is its caption ("性能对比(10K TPS压测)"): the test load, not a result.
            var isCaption = i + 1 < passages.Count && passages[i + 1].Passage.Kind == PassageKind.TableHeader
                                                   && passage.Text.Length <= CaptionMaxLength;
            if (!isCaption)
            {
                ProseReader.Read(item, null, state, claims);
            }

            state.Remember(item);
        }

        table?.Flush(claims);
        return OneFactOneClaim.Merge([.. claims.Select(CanonicalNumbers.Apply)]);
    }

    private const int CaptionMaxLength = 40;
}

/// <summary>What the extractor remembers across passages: heading subjects and the last subject named in each section.</summary>
internal sealed class DocumentState(Subject owner)
{
    /// <summary>What the document is about (its front matter, title or byline say), when it says.</summary>
    public Subject DocumentOwner { get; } = owner;

    private readonly Dictionary<string, ClaimPassage> _headings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Subject> _lastInSection = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Subject Subject, string System)> _lastSystem = new(StringComparer.Ordinal);

    public void AddHeading(ClaimPassage heading) => _headings[Normalize(heading.Passage.Text)] = heading;

    public void Remember(ClaimPassage item)
    {
        var company = item.Subjects.LastOrDefault(s => !s.IsProject);
        var project = item.Subjects.LastOrDefault(s => s.IsProject);
        if (company is not null || project is not null)
        {
            _lastInSection[SectionKey(item.Passage)] = new Subject(company is null ? null : Owner(company, item), project?.Slug);
        }
    }

    /// <summary>
    /// The company a claim goes to for a named company or product: a product's owner when the passage names the owner
    /// before it or a heading above is about the owner ("腾讯在微信支付后台", "华为昇腾边缘设备"); else the name itself,
    /// so a product written alone (今日头条) keeps its own claims.
    /// </summary>
    public string Owner(SubjectCandidate company, ClaimPassage item)
    {
        var parent = company.ParentSlug;
        if (parent is null)
        {
            return company.Slug;
        }

        return item.Subjects.Any(c => c.Slug == parent && c.Offset < company.Offset) || FromHeadings(item.Passage).Company == parent
            ? parent
            : company.Slug;
    }

    /// <summary>Records the system a claim of the section was about, for later sentences and tables ("该系统…").</summary>
    public void NoteSystem(Passage passage, Subject subject, string system) =>
        _lastSystem[SectionKey(passage)] = (subject, system);

    /// <summary>The system last named in the section, when it belonged to the same subject; "该系统" refers back to it.</summary>
    public string? LastSystem(Passage passage, Subject subject) =>
        !subject.IsEmpty && _lastSystem.TryGetValue(SectionKey(passage), out var last) && SameSubject(last.Subject, subject)
            ? last.System
            : null;

    private static bool SameSubject(Subject a, Subject b) =>
        a.Company is not null || b.Company is not null ? a.Company == b.Company : a.Project == b.Project;

    /// <summary>The subject named most recently in the same section (for a table: "以下是其核心性能对比").</summary>
    public Subject LastInSection(Passage passage) =>
        _lastInSection.TryGetValue(SectionKey(passage), out var subject) ? subject : default;

    /// <summary>The innermost heading above the passage that names a company or project.</summary>
    public Subject FromHeadings(Passage passage)
    {
        for (var k = passage.HeadingPath.Count - 1; k >= 0; k--)
        {
            if (_headings.TryGetValue(Normalize(passage.HeadingPath[k]), out var heading) && heading.Subjects.Count > 0)
            {
                var company = heading.Subjects.FirstOrDefault(s => !s.IsProject);
                var project = heading.Subjects.FirstOrDefault(s => s.IsProject);
                return new Subject(company?.Slug, project?.Slug);
            }
        }

        return default;
    }

    /// <summary>A system named by the innermost heading that names one (4.1 实时风控引擎开发 → 实时风控引擎).</summary>
    public static string? SystemFromHeadings(Passage passage)
    {
        for (var k = passage.HeadingPath.Count - 1; k >= 0; k--)
        {
            var text = ClaimLexicon.HeadingNumber().Replace(passage.HeadingPath[k], string.Empty, 1);
            if (SystemNames.FromHeading(text) is { } name)
            {
                return name;
            }
        }

        return null;
    }

    public static string HeadingText(Passage passage) => string.Join(" ", passage.HeadingPath);

    private static string SectionKey(Passage passage) => string.Join("\u001f", passage.HeadingPath);

    private static string Normalize(string heading) => heading.Trim().TrimStart('#').Trim();
}

/// <summary>A claim's subject: the company and/or project it is about.</summary>
public readonly record struct Subject(string? Company, string? Project)
{
    public bool IsEmpty => Company is null && Project is null;
}
