using System.Text.RegularExpressions;
using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Model;

namespace GoAdoption.Ingest.Organizations;

/// <summary>
/// What links say about names: a link to <c>github.com/owner/repo</c> (or its pkg.go.dev page) names a project with
/// that repository, called by the link's text when the text names it, else by the repository; a name linked to a site
/// of its own (<c>[Qihoo 360](http://www.360safe.com/)</c>) has that site for its website.
/// </summary>
internal static partial class LinkNames
{
    public static void Read(IReadOnlyList<Passage> passages, NameGazetteer gazetteer, NameBook book)
    {
        foreach (var passage in passages)
        {
            if (!(passage.IsFactBearing || passage.Kind == PassageKind.LinkOnly))
            {
                continue;
            }

            foreach (var link in Links.Read(passage.Text).Concat(BareRepositories(passage.Text)))
            {
                if (link.IsImage)
                {
                    continue;
                }

                if (link.Repository is { } repository)
                {
                    ReadRepository(passage, link, repository, gazetteer, book);
                }
                else if (link.Text.Length > 0 && link.Host is { } host && Links.IsOwnSite(host))
                {
                    book.NoteWebsite(link.Text, Links.Site(host));
                }
            }
        }
    }

    private static void ReadRepository(Passage passage, Link link, string repository, NameGazetteer gazetteer, NameBook book)
    {
        var line = Sentences.LineOf(passage, link.Start);
        var repo = repository.Split('/')[1];
        var text = NameIn(link.Text, repo);
        var named = text.Length == 0 || text.Contains(repository, StringComparison.OrdinalIgnoreCase)
                    || Normalize(text) == Normalize(repo);
        var evidence = Evidence.Of(EvidenceKind.Software, named ? 0.9 : 0.7, line, passage.Text);
        if (gazetteer.FindByRepository(repository) is { } known)
        {
            book.Add(known.Slug, evidence);
            return;
        }

        var name = named && text.Length > 0 && !text.Contains('/', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal)
            ? text
            : repo;
        if (gazetteer.FindExact(name) is { Kind: EntityKind.Project } sameName)
        {
            book.Add(sameName.Slug, evidence);
            return;
        }

        book.Discover(new DiscoveredName(name, EntityKind.Project, null, null, line, null)
        {
            Repository = repository,
            Aliases = [.. new[] { repository, repo }.Where(a => !a.Equals(name, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase)],
        }, evidence);
    }

    /// <summary>
    /// The name a link's text gives its repository: the text without emphasis ("**RoadRunner**"), and when a Latin run of it
    /// spells the repository, that run alone ("[Goridge 的](…/goridge)" is Goridge).
    /// </summary>
    private static string NameIn(string linkText, string repo)
    {
        var text = linkText.Replace("**", string.Empty, StringComparison.Ordinal).Trim().Trim('*', '_', '`').Trim();
        foreach (Match run in LatinRun().Matches(text))
        {
            var candidate = run.Value.Trim();
            if (candidate.Length < text.Length && Normalize(candidate) == Normalize(repo))
            {
                return candidate;
            }
        }

        return text;
    }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9 ._-]*")]
    private static partial Regex LatinRun();

    // "#### github.com/gobwas/ws": a repository written as plain text.
    private static IEnumerable<Link> BareRepositories(string text)
    {
        foreach (Match m in BareRepository().Matches(text))
        {
            yield return new Link(string.Empty, "https://" + m.Value, m.Index, m.Length, false);
        }
    }

    private static string Normalize(string name) => new([.. name.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant)]);

    [GeneratedRegex(@"(?<![/\w.])github\.com/[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9_.-]{1,100}")]
    private static partial Regex BareRepository();
}
