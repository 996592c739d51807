using System.Security.Cryptography;
using GoAdoption.Ingest.Claims;
using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Organizations;
using GoAdoption.Ingest.Reading;
using GoAdoption.Ingest.Segmentation;

namespace GoAdoption.Ingest;

/// <summary>
/// The whole pipeline for one document: read (validate, decode, front matter), detect language and form,
/// segment into passages, extract entities, mentions, use-cases and performance claims. Pure and thread-safe; no I/O.
/// </summary>
public sealed class DocumentIngestor
{
    private readonly NameGazetteer _gazetteer;
    private readonly Curation? _curation;
    private readonly DocumentLimits _limits;

    /// <summary>Loads and checks the lexicons and gazetteers now, so a broken data file stops the host at start.</summary>
    /// <param name="curation">The operator's corrections (see <see cref="Curation"/>), applied to every document read.</param>
    /// <param name="limits">How large a document may be (see <see cref="DocumentLimits"/>); the defaults when null.</param>
    /// <exception cref="Lexicons.LexiconException">A lexicon file is invalid.</exception>
    public DocumentIngestor(Curation? curation = null, DocumentLimits? limits = null)
    {
        _limits = limits ?? DocumentLimits.Default;
        _ = Lexicons.Lexicon.Default;
        _ = TechnologyLexicon.Default;
        _curation = curation;
        _gazetteer = curation?.Gazetteer ?? NameGazetteer.Default;
    }

    /// <summary>Reads one document.</summary>
    /// <param name="fileName">Name relative to the seeds folder, used for provenance and reports.</param>
    /// <param name="content">The raw bytes.</param>
    /// <exception cref="DocumentRejectedException">Empty, binary, not valid UTF-8, or over a <see cref="DocumentLimits"/> limit.</exception>
    public IngestedDocument Ingest(string fileName, ReadOnlyMemory<byte> content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        _limits.CheckSize(fileName, content.Length);
        using var budget = ReadBudget.Start(fileName, _limits.MaxSeconds);
        var text = DocumentDecoder.Decode(fileName, content.Span);
        var source = new SourceText(text);
        _limits.CheckLines(fileName, source.Lines);
        var warnings = new List<string>();

        var frontMatter = FrontMatter.Read(source);
        if (frontMatter.Warning is not null)
        {
            warnings.Add(frontMatter.Warning);
        }

        var form = FormDetector.Detect(source, frontMatter, fileName);
        var passages = form == DocumentForm.Markdown
            ? MarkdownSegmenter.Segment(source.Lines)
            : TextSegmenter.Segment(source.Lines, frontMatter.LastLine, form);

        var title = Title(frontMatter, passages, source, fileName);
        var reading = NameReader.Read(passages, source.Lines, frontMatter, title, _gazetteer);
        var owner = reading.Subject is null ? default(Subject)
            : reading.Subject.Kind == EntityKind.Project ? new Subject(null, reading.Subject.Slug) : new Subject(reading.Subject.Slug, null);

        AddClaimOwnerEvidence(passages, reading, owner);
        var names = NameReader.Decide(reading, _gazetteer, _curation);
        warnings.AddRange(names.Warnings);
        var kept = names.Located.SelectMany(l => l).Select(l => l.Slug).ToHashSet(StringComparer.Ordinal);
        // Headings are asked for their subject once per sentence under them: their gazetteer matches are read once.
        var finder = new EntityFinder(_gazetteer, names.Discovered, new Dictionary<string, List<Gazetteer.AliasMatch<GazetteerEntry>>>(StringComparer.Ordinal));
        List<Located> FindKept(Passage passage, string text) => [.. finder.Find(passage, text).Where(l => kept.Contains(l.Slug))];

        var mentions = new List<EntityMention>();
        var spellings = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var order = new List<string>();
        var entitiesByPassage = new IReadOnlyList<Located>[passages.Count];
        for (var index = 0; index < passages.Count; index++)
        {
            var passage = passages[index];
            if (!passage.IsFactBearing)
            {
                entitiesByPassage[index] = [];
                continue;
            }

            var sentences = Sentences.Split(passage);
            var located = names.Located[index];
            entitiesByPassage[index] = located;
            foreach (var found in located)
            {
                var (start, end) = Sentences.Around(sentences, found.Start);
                mentions.Add(new EntityMention(found.Slug, found.AsWritten, Sentences.Provenance(passage, start, end, found.Start)));
                if (!spellings.TryGetValue(found.Slug, out var set))
                {
                    spellings[found.Slug] = set = new HashSet<string>(StringComparer.Ordinal);
                    order.Add(found.Slug);
                }

                set.Add(found.AsWritten);
            }
        }

        foreach (var name in names.Discovered.Where(n => n.Known is not null && spellings.ContainsKey(n.Slug)))
        {
            warnings.Add($"line {name.Line}: '{name.Name}' read as {name.Known!.Name} (near spelling)");
        }

        // The subject may be named only by the front matter or the title; it is still what the document is about.
        if (names.Subject is { } subject && !spellings.ContainsKey(subject.Slug))
        {
            spellings[subject.Slug] = [subject.Name];
            order.Insert(0, subject.Slug);
            mentions.Add(new EntityMention(subject.Slug, subject.Name, new Provenance(1, Math.Max(1, frontMatter.LastLine), title)));
        }

        var entities = order.Select(slug => ToEntity(slug, spellings[slug], names)).ToList();
        if (_curation is not null)
        {
            warnings.AddRange(entities.SelectMany(e => _curation.EffectsOn(e.Slug)));
        }

        var useCases = UseCaseExtractor.Extract(passages, entitiesByPassage, FindKept, owner, _gazetteer);

        // Read again with the kept names only, so no figure is left to a name the catalog does not record.
        var claims = ClaimExtractor.Extract(ClaimPassages(passages, names.Located), owner);
        _limits.CheckFacts(fileName, mentions.Count + useCases.Count + claims.Count);

        return new IngestedDocument(
            fileName,
            title,
            LanguageDetector.Detect(text),
            form,
            Convert.ToHexStringLower(SHA256.HashData(content.Span)),
            source.Lines.Count,
            frontMatter.Values,
            passages,
            entities,
            mentions,
            useCases,
            claims,
            warnings,
            names.Subject);
    }

    /// <summary>
    /// A figure stated about the one organization of a passage on Go is the document's word on how that organization uses
    /// it. Only passages whose one organization still lacks the evidence to be kept are read for figures here.
    /// </summary>
    private void AddClaimOwnerEvidence(IReadOnlyList<Passage> passages, NameReading reading, Subject owner)
    {
        var candidates = new List<ClaimPassage>();
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            if (passage.Kind == PassageKind.Heading)
            {
                candidates.Add(new ClaimPassage(passage, []));
                continue;
            }

            var organizations = reading.Located[i].Where(l => l.Kind != EntityKind.Project).Select(l => l.Slug).Distinct().ToList();
            if (passage.IsFactBearing && organizations.Count == 1 && reading.Book.Confidence(organizations[0]) < Evidence.Threshold
                && (Text.GoMentions.Word.IsMatch(passage.Text) || passage.HeadingPath.Any(h => Text.GoMentions.Word.IsMatch(h))))
            {
                candidates.Add(new ClaimPassage(passage, Subjects(reading.Located[i])));
            }
        }

        if (candidates.All(c => c.Subjects.Count == 0))
        {
            return;
        }

        foreach (var claim in ClaimExtractor.Extract(candidates, owner))
        {
            var passage = candidates.FirstOrDefault(c => c.Subjects.Count > 0 && c.Passage.LineStart <= claim.At.LineStart
                && claim.At.LineStart <= c.Passage.LineEnd);
            if (passage is not null && claim.CompanySlug is { } company && passage.Subjects.Any(s => !s.IsProject && s.Slug == company))
            {
                reading.Book.Add(company, Evidence.Of(EvidenceKind.ClaimOwner, Evidence.Threshold, claim.At.LineStart, claim.At.Quote));
            }
        }
    }

    // Code and diagrams are passed too, without names: they end a table.
    private List<ClaimPassage> ClaimPassages(IReadOnlyList<Passage> passages, IReadOnlyList<IReadOnlyList<Located>> located) =>
        [.. passages.Select((passage, index) => new ClaimPassage(passage, passage.IsFactBearing ? Subjects(located[index]) : []))];

    private List<SubjectCandidate> Subjects(IReadOnlyList<Located> located) =>
        [.. located.Select(l => new SubjectCandidate(l.Slug, l.Kind == EntityKind.Project, l.Start, l.Length,
            l.Kind == EntityKind.Product ? _gazetteer.FindBySlug(l.Slug)?.ParentSlug : null))];

    private ExtractedEntity ToEntity(string slug, HashSet<string> spellings, NameDecision names)
    {
        if (_gazetteer.FindBySlug(slug) is { } e)
        {
            var aliases = e.Aliases.Concat(spellings).Where(a => a != e.Name).Distinct(StringComparer.Ordinal).ToList();
            return new ExtractedEntity(e.Slug, e.Name, e.Kind, aliases, e.Country, e.Website, e.Domains, e.ParentSlug,
                e.Category, e.WrittenInGo, e.Description, FromGazetteer: true, e.Repository, names.Book.Confidence(slug));
        }

        var d = names.Discovered.First(n => n.Slug == slug);
        var domain = d.Description is { } description ? DomainClassifier.Classify(description) : null;
        var website = d.Website ?? names.Book.WebsiteOf(d.Name) ?? d.Aliases.Select(names.Book.WebsiteOf).FirstOrDefault(w => w is not null);
        var otherNames = d.Aliases.Concat(spellings).Where(s => s != d.Name).Distinct(StringComparer.Ordinal).ToList();
        return new ExtractedEntity(slug, d.Name, d.Kind, otherNames, d.Country, website, domain is null ? [] : [domain],
            null, d.Kind == EntityKind.Project ? d.Category : null, null, d.Description ?? d.Category, FromGazetteer: false, d.Repository,
            names.Book.Confidence(slug));
    }

    private static string Title(FrontMatter frontMatter, IReadOnlyList<Passage> passages, SourceText source, string fileName) =>
        frontMatter.Title
        ?? passages.FirstOrDefault(p => p.Kind == PassageKind.Heading)?.Text
        ?? source.Lines.Skip(frontMatter.LastLine).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.Trim()
        ?? fileName;
}
