using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Organizations;

/// <summary>
/// What a site template's entries say: a card of Go users names an organization (or, when its text describes
/// software, a project), a library list names projects, a quote names its speaker's organization. Standard-library
/// packages listed beside libraries (net/http, database/sql) are not projects.
/// </summary>
internal static class TemplateNames
{
    private const int MaxLinkName = 20;

    public static void Read(IReadOnlyList<Passage> passages, NameGazetteer gazetteer, NameBook book)
    {
        foreach (var passage in passages)
        {
            if (passage.Entry is not { Name: { } name } entry)
            {
                continue;
            }

            switch (entry.Kind)
            {
                case TemplateEntryKind.Organization when passage.Kind == PassageKind.LinkOnly:
                    ReadCardLink(passage, entry, gazetteer, book);
                    break;
                case TemplateEntryKind.Organization:
                    ReadCard(passage, entry, name, gazetteer, book);
                    break;
                case TemplateEntryKind.Project:
                    ReadLibrary(passage, entry, name, gazetteer, book);
                    break;
                case TemplateEntryKind.Quote:
                    ReadQuote(passage, entry, gazetteer, book);
                    break;
            }
        }
    }

    private static void ReadCard(Passage passage, TemplateEntry entry, string name, NameGazetteer gazetteer, NameBook book)
    {
        var website = entry.Url is { } url && Links.HostOf(url) is { } host && Links.IsOwnSite(host) ? Links.Site(host) : null;
        var evidence = Evidence.Of(EvidenceKind.TemplateCard, 0.9, entry.Line, $"{name}: {passage.Text}");
        if (gazetteer.FindExact(name) is { } known)
        {
            book.Add(known.Slug, known.Kind == EntityKind.Project ? evidence with { Kind = EvidenceKind.Software } : evidence);

            // "company: Docker": a card of Go users that names a company's product names the company behind it too.
            if (CompanyBehind(known, gazetteer) is { } company)
            {
                book.Add(company.Slug, evidence);
            }

            return;
        }

        // "Caddy 2 is a powerful … web server … written in Go": a card that describes software is a project.
        var isSoftware = passage.Text.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                         && Lexicon.Default.Organizations.ProjectCue.IsMatch(FirstSentence(passage.Text));
        var kind = isSoftware ? EntityKind.Project : EntityKind.Company;
        book.Discover(new DiscoveredName(name, kind, null, null, entry.Line, null) { Website = website, Description = FirstSentence(passage.Text) },
            isSoftware ? evidence with { Kind = EvidenceKind.Software } : evidence);
    }

    /// <summary>
    /// The company a card names by its product's name (Docker → Docker, Inc.): the gazetteer's maker of the project, when the
    /// maker bears the project's name. A card for etcd is not about CoreOS.
    /// </summary>
    public static GazetteerEntry? CompanyBehind(GazetteerEntry project, NameGazetteer gazetteer) =>
        project.Kind == EntityKind.Project && project.ParentSlug is { } parent && gazetteer.FindBySlug(parent) is { Kind: EntityKind.Company } company
        && company.Name.StartsWith(project.Name, StringComparison.OrdinalIgnoreCase)
            ? company
            : null;

    // A card's links name its systems and projects ("AresDB", "Peloton"); a title of words ("Cloudflare and Go") names nothing.
    private static void ReadCardLink(Passage passage, TemplateEntry entry, NameGazetteer gazetteer, NameBook book)
    {
        var link = Links.Read(passage.Text).FirstOrDefault();
        if (link is null || link.Text.Length > MaxLinkName || link.Text.Contains(' ', StringComparison.Ordinal)
            || link.Text.Equals(entry.Name, StringComparison.OrdinalIgnoreCase) || GoMentions.Word.IsMatch(link.Text)
            || !NameSpans.IsLatinNameLike(link.Text) || !char.IsUpper(link.Text[0]))
        {
            return;
        }

        var evidence = Evidence.Of(EvidenceKind.Software, 0.6, passage.LineStart, passage.Text);
        if (gazetteer.FindExact(link.Text) is { } known)
        {
            book.Add(known.Slug, evidence);
            return;
        }

        book.Discover(new DiscoveredName(link.Text, EntityKind.Project, null, null, passage.LineStart, null), evidence);
    }

    private static void ReadLibrary(Passage passage, TemplateEntry entry, string name, NameGazetteer gazetteer, NameBook book)
    {
        var repository = entry.Url is { } url ? Links.RepositoryOf(url) : null;
        if (repository is null && IsStandardLibrary(name, entry.Url))
        {
            return;
        }

        repository ??= name.Count(c => c == '/') == 1 && !name.Contains('.', StringComparison.Ordinal) ? name : null;
        var evidence = Evidence.Of(EvidenceKind.Software, 0.9, entry.Line, $"{name}: {passage.Text}");
        if (((repository is null ? null : gazetteer.FindByRepository(repository)) ?? gazetteer.FindExact(name)) is { } known)
        {
            book.Add(known.Slug, evidence);
            return;
        }

        var display = repository is not null && name.Equals(repository, StringComparison.OrdinalIgnoreCase) ? repository : name;
        book.Discover(new DiscoveredName(display, EntityKind.Project, null, entry.Group, entry.Line, null)
        {
            Repository = repository,
            Aliases = repository is null ? [] : [.. new[] { repository, repository.Split('/')[1] }.Where(a => !a.Equals(display, StringComparison.OrdinalIgnoreCase))],
            Website = entry.Url is { } site && Links.HostOf(site) is { } host && Links.IsOwnSite(host) ? Links.Site(host) : null,
            Description = FirstSentence(passage.Text),
        }, evidence);
    }

    // The speaker's organization: the quote's "company", else the one in its title ("developer at Choozle").
    private static void ReadQuote(Passage passage, TemplateEntry entry, NameGazetteer gazetteer, NameBook book)
    {
        if (!GoMentions.Word.IsMatch(passage.Text) && !Lexicon.Default.Organizations.SelfReference.IsMatch(passage.Text))
        {
            return;
        }

        var organization = entry.Name;
        if (organization is null && entry.Group is { } title)
        {
            foreach (var pattern in Lexicon.Default.Organizations.SelfIntroductions)
            {
                if (pattern.Match(title) is { } m && NameSpans.IsLatinNameLike(m.Name.Trim()))
                {
                    organization = m.Name.Trim();
                    break;
                }
            }
        }

        if (organization is null)
        {
            return;
        }

        var evidence = Evidence.Of(EvidenceKind.QuoteSpeaker, 0.75, entry.Line, passage.Text);
        if (gazetteer.FindExact(organization) is { } known)
        {
            book.Add(known.Slug, evidence);
            return;
        }

        book.Discover(new DiscoveredName(organization, EntityKind.Company, null, null, entry.Line, null), evidence);
    }

    // pkg.go.dev/net/http, golang.org/pkg/database/sql: a path without a host is Go's own library.
    private static bool IsStandardLibrary(string name, string? url)
    {
        if (url is not null && Links.HostOf(url) is "pkg.go.dev" or "golang.org" or "go.dev")
        {
            var path = new Uri(url).AbsolutePath.Trim('/');
            var first = path.Split('/')[0];
            return !first.Contains('.', StringComparison.Ordinal) && first != "mod";
        }

        return name.Count(c => c == '/') == 1 && name.All(c => char.IsAsciiLetterLower(c) || c == '/');
    }

    private static string FirstSentence(string text)
    {
        var spans = SentenceSplitter.Split(text);
        return spans.Count == 0 ? text : text[spans[0].Start..spans[0].End];
    }
}
