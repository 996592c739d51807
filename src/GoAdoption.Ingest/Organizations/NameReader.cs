using System.Globalization;
using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Reading;

namespace GoAdoption.Ingest.Organizations;

/// <summary>Every name a document gives, where each is, and the evidence for each, before anything is decided.</summary>
/// <param name="Located">All entities found in each passage, by passage index, at offsets of the passage text.</param>
/// <param name="Subject">The organization (or project) the document is about, when it says.</param>
/// <param name="Book">Every name's evidence, and the names the document introduced.</param>
internal sealed record NameReading(IReadOnlyList<IReadOnlyList<Located>> Located, DocumentSubject? Subject, NameBook Book);

/// <summary>What a document's names came to: where each kept entity is, what it is, and what was left out and why.</summary>
/// <param name="Located">The kept entities found in each passage, by passage index, at offsets of the passage text.</param>
/// <param name="Discovered">The kept names the document introduced that the gazetteer does not know.</param>
/// <param name="Subject">The organization (or project) the document is about, when it says.</param>
/// <param name="Book">Every name's evidence.</param>
/// <param name="Warnings">Names left out, and names taken on the document's word, with their evidence.</param>
internal sealed record NameDecision(
    IReadOnlyList<IReadOnlyList<Located>> Located,
    IReadOnlyList<DiscoveredName> Discovered,
    DocumentSubject? Subject,
    NameBook Book,
    IReadOnlyList<string> Warnings);

/// <summary>
/// Decides which names of a document are Go-adopting organizations and which are projects. Names come from the
/// gazetteer, the document's structure, site templates, links and prose; an organization is kept when the document is
/// about it or says it uses Go (see <see cref="Evidence.Threshold"/>), a project when the gazetteer knows it or the
/// document names it as software. A company that is only mentioned (a cloud it runs on, a vendor it pays) is reported
/// as a warning on the source, not recorded.
/// </summary>
internal static class NameReader
{
    private const double StructureConfidence = 0.7;

    public static NameReading Read(IReadOnlyList<Passage> passages, IReadOnlyList<string> lines, FrontMatter frontMatter, string title,
        NameGazetteer gazetteer)
    {
        var masked = passages.Select(p => Text.MarkupMask.Apply(p.Text)).ToList();
        var readings = new ProseNames.Readings();
        var book = new NameBook(gazetteer);

        var (structural, knownInStructure) = StructuralDiscovery.Discover(passages, lines, gazetteer);
        foreach (var name in structural)
        {
            book.Discover(name, Evidence.Of(EvidenceKind.Structure, StructureConfidence, name.Line, name.Name));
        }

        foreach (var (slug, line, quote) in knownInStructure)
        {
            book.Add(slug, Evidence.Of(EvidenceKind.Structure, StructureConfidence, line, quote));
        }

        TemplateNames.Read(passages, gazetteer, book);
        LinkNames.Read(passages, gazetteer, book);

        // First pass: find who the prose says uses Go, so a name nothing knew can be found wherever it recurs.
        var known = new Dictionary<string, List<AliasMatch<GazetteerEntry>>>(StringComparer.Ordinal);
        var firstLocated = Locate(passages, masked, new EntityFinder(gazetteer, [.. book.Discovered], known), gazetteer, book);
        ProseNames.Read(passages, masked, firstLocated, book, subject: null, discover: true, readings);
        var subject = SubjectFinder.Find(frontMatter, title, passages, masked, firstLocated, gazetteer, book);

        // Second pass: every name located, every statement's evidence filed under its entity, "we" read as the subject.
        var finder = new EntityFinder(gazetteer, [.. book.Discovered], known);
        var located = Locate(passages, masked, finder, gazetteer, book);
        ProseNames.Read(passages, masked, located, book, subject?.Slug, discover: false, readings);
        if (subject is not null)
        {
            book.Add(subject.Slug, Evidence.Of(EvidenceKind.Subject, 1, 0, string.Join("; ", subject.Reasons)));
        }

        return new NameReading(located, subject, book);
    }

    /// <summary>Keeps the names with enough evidence (see <see cref="Keep"/>); the others become warnings.</summary>
    public static NameDecision Decide(NameReading reading, NameGazetteer gazetteer, Curation? curation = null)
    {
        var (subject, book) = (reading.Subject, reading.Book);
        var located = WithCompaniesBehind(reading.Located, book, gazetteer);
        var warnings = new List<string>();
        var kept = new HashSet<string>(StringComparer.Ordinal);
        var decided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var found in located.SelectMany(l => l))
        {
            if (!decided.Add(found.Slug))
            {
                continue;
            }

            if (curation is not null && NamesOf(found, book, gazetteer).FirstOrDefault(n => curation.Excludes(n, found.Kind)) is { } excluded)
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"line {LineOf(found)}: curation: '{excluded}' is not a {(found.Kind == EntityKind.Project ? "project" : "company")}; not recorded"));
                continue;
            }

            if (Keep(found, book, gazetteer))
            {
                kept.Add(found.Slug);
                if (found.Kind != EntityKind.Project && gazetteer.FindBySlug(found.Slug) is null && book.EvidenceOf(found.Slug) is { Count: > 0 } evidence)
                {
                    var best = evidence.MaxBy(e => e.Confidence)!;
                    warnings.Add(string.Create(CultureInfo.InvariantCulture,
                        $"line {LineOf(found)}: '{found.AsWritten}' is not in the gazetteer; taken as a company ({best.Kind.ToString().ToLowerInvariant()}, confidence {best.Confidence:0.00}): {best.Quote}"));
                }
            }
            else
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"line {LineOf(found)}: '{found.AsWritten}' is named but nothing says it uses Go (confidence {book.Confidence(found.Slug):0.00}); not recorded as a company"));
            }
        }

        if (subject is not null && curation is not null && curation.Excludes(subject.Name, subject.Kind))
        {
            subject = null;
        }

        if (subject is not null)
        {
            kept.Add(subject.Slug);
        }

        var filtered = located.Select(l => (IReadOnlyList<Located>)[.. l.Where(e => kept.Contains(e.Slug))]).ToList();
        var discovered = book.Discovered.Where(d => kept.Contains(d.Slug)).ToList();
        return new NameDecision(filtered, discovered, subject, book, warnings);
    }

    /// <summary>
    /// "Docker 开发团队喜欢使用 Go", "the Docker team uses Go": a product's team said to use Go is the company of that name
    /// (Docker, Inc.), located where its team is named. "Docker 是使用 Go 开发的" only says the product is written in Go.
    /// </summary>
    private static List<IReadOnlyList<Located>> WithCompaniesBehind(IReadOnlyList<IReadOnlyList<Located>> located, NameBook book,
        NameGazetteer gazetteer)
    {
        var result = new List<IReadOnlyList<Located>>(located.Count);
        foreach (var list in located)
        {
            List<Located>? extended = null;
            foreach (var found in list)
            {
                if (found.Kind != EntityKind.Project || gazetteer.FindBySlug(found.Slug) is not { } product
                    || TemplateNames.CompanyBehind(product, gazetteer) is not { } company || list.Any(l => l.Slug == company.Slug)
                    || !IsTeamOf(found))
                {
                    continue;
                }

                var said = book.EvidenceOf(found.Slug).Where(e => e.Kind is EvidenceKind.Adoption or EvidenceKind.Agent or EvidenceKind.Enumeration
                    && e.Confidence >= Evidence.Threshold && e.Line >= found.Passage.LineStart && e.Line <= found.Passage.LineEnd).ToList();
                if (said.Count == 0)
                {
                    continue;
                }

                foreach (var evidence in said)
                {
                    book.Add(company.Slug, evidence);
                }

                extended ??= [.. list];
                extended.Add(found with { Slug = company.Slug, Kind = company.Kind });
            }

            result.Add(extended ?? list);
        }

        return result;
    }

    private static IEnumerable<string> NamesOf(Located found, NameBook book, NameGazetteer gazetteer) =>
        new[] { found.AsWritten }
            .Concat(gazetteer.FindBySlug(found.Slug)?.AllNames ?? [])
            .Concat(book.Find(found.Slug) is { } discovered ? discovered.Aliases.Prepend(discovered.Name) : []);

    private static bool IsTeamOf(Located found)
    {
        const int MaxGap = 4;
        var text = found.Passage.Text;
        var team = Lexicon.Default.Organizations.TeamWord.Match(text, found.End);
        return team.Success && team.Index - found.End <= MaxGap;
    }

    private static bool Keep(Located found, NameBook book, NameGazetteer gazetteer)
    {
        if (found.Kind == EntityKind.Project)
        {
            return gazetteer.FindBySlug(found.Slug) is not null || book.Confidence(found.Slug) >= Evidence.Threshold;
        }

        return book.Confidence(found.Slug) >= Evidence.Threshold;
    }

    private static int LineOf(Located found) => Sentences.LineOf(found.Passage, found.Start);

    private static List<IReadOnlyList<Located>> Locate(IReadOnlyList<Passage> passages, List<string> masked, EntityFinder finder,
        NameGazetteer gazetteer, NameBook book)
    {
        var located = new List<IReadOnlyList<Located>>(passages.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            ReadBudget.Check();
            var passage = passages[i];
            var found = passage.IsFactBearing ? finder.Find(passage, masked[i]) : [];

            // A template card's text often leaves out its own name ("A web framework written in Go"): it is there all the same.
            if (passage is { IsFactBearing: true, Entry: { Kind: not TemplateEntryKind.Quote, Name: { } name } }
                && (gazetteer.FindExact(name) is { } entry ? (entry.Slug, entry.Kind) : book.FindByName(name) is { } d ? (d.Slug, d.Kind) : default)
                is ({ } slug, var kind) && !found.Any(f => f.Slug == slug))
            {
                found.Insert(0, new Located(passage, 0, 0, name, slug, kind));
            }

            if (passage is { IsFactBearing: true, Entry: { Kind: TemplateEntryKind.Organization, Name: { } card } }
                && gazetteer.FindExact(card) is { } product && TemplateNames.CompanyBehind(product, gazetteer) is { } company
                && !found.Any(f => f.Slug == company.Slug))
            {
                found.Insert(0, new Located(passage, 0, 0, card, company.Slug, company.Kind));
            }

            located.Add(found);
        }

        return located;
    }
}
