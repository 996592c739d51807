using System.Text.RegularExpressions;
using GoAdoption.Ingest.Extraction;
using GoAdoption.Ingest.Gazetteer;
using GoAdoption.Ingest.Lexicons;
using GoAdoption.Ingest.Model;
using GoAdoption.Ingest.Reading;
using GoAdoption.Ingest.Text;

namespace GoAdoption.Ingest.Organizations;

/// <summary>The organization (or, for a project's own README, the project) a document is about.</summary>
/// <param name="Slug">Its slug, the gazetteer's when the gazetteer knows it.</param>
/// <param name="Name">Its name as the document gives it.</param>
/// <param name="Kind">Company, or project for a README.</param>
/// <param name="Score">How strongly the document points at it (front matter 10, title 8, byline 6, …).</param>
/// <param name="Reasons">What pointed at it, for the source's record.</param>
public sealed record DocumentSubject(string Slug, string Name, EntityKind Kind, double Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Finds the organization a document is about: its front matter (<c>company</c>, <c>organization</c>…), its title
/// ("X Grows with Go", "How X uses Go", "X의 Go 도입기", "X 如何使用 Go", "XにおけるGo"), a byline ("Software Engineer at
/// X", "我是…，是 X 的一名工程师", "Xの…チームの"), a sentence describing it ("X 是一家…公司"), a site the document links to
/// that bears its name, and how often it recurs. A README titled by a bare name is about that project.
/// </summary>
internal static partial class SubjectFinder
{
    public const double MinScore = 6;

    private const double FrontMatterScore = 10;
    private const double TitleScore = 8;
    private const double SummaryScore = 6;
    private const double BylineScore = 6;
    private const double DescriptionScore = 4;
    private const double SiteScore = 3;
    private const double MaxRecurrence = 4;
    private const int BylineLines = 20;

    private static readonly string[] OrganizationKeys = ["company", "organization", "organisation", "org", "brand", "client", "customer"];
    private static readonly string[] SummaryKeys = ["summary", "description", "linkTitle", "subtitle"];
    private static readonly string[] AuthorKeys = ["author", "authors", "publisher"];

    public static DocumentSubject? Find(FrontMatter frontMatter, string title, IReadOnlyList<Passage> passages, IReadOnlyList<string> masked,
        IReadOnlyList<IReadOnlyList<Located>> located, NameGazetteer gazetteer, NameBook book)
    {
        var board = new Board(gazetteer, book);
        foreach (var key in OrganizationKeys)
        {
            if (frontMatter.Values.TryGetValue(key, out var value))
            {
                board.Score(value, FrontMatterScore, $"front matter {key}: {value}", EntityKind.Company);
            }
        }

        foreach (var key in AuthorKeys)
        {
            if (frontMatter.Values.TryGetValue(key, out var author) && AuthorOrganization(author, gazetteer) is { } organization)
            {
                board.Score(organization, FrontMatterScore, $"front matter {key}: {author}", EntityKind.Company);
            }
        }

        var words = Lexicon.Default.Organizations;
        ScorePatterns(board, words.TitlePatterns, title, TitleScore, "title");
        foreach (var key in SummaryKeys)
        {
            if (frontMatter.Values.TryGetValue(key, out var summary))
            {
                ScorePatterns(board, words.TitlePatterns, summary, SummaryScore, key);
            }
        }

        var bylineEnd = passages.Count == 0 ? 0 : passages[0].LineStart + BylineLines;
        for (var i = 0; i < passages.Count; i++)
        {
            ReadBudget.Check();
            var passage = passages[i];
            if (!passage.IsFactBearing)
            {
                continue;
            }

            if (passage.LineStart <= bylineEnd && passage.Entry is null)
            {
                ScorePatterns(board, words.SelfIntroductions, masked[i], BylineScore, "byline");
            }

            ScoreDescriptions(board, masked[i], words);
        }

        foreach (var (slug, count) in Recurrence(located))
        {
            board.Recur(slug, Math.Min(MaxRecurrence, count / 2.0));
        }

        var sites = passages.SelectMany(p => Links.Read(p.Text)).Select(l => l.Host).OfType<string>().Select(Links.Site).Distinct().ToList();
        board.MatchSites(sites, SiteScore);

        var best = board.Best();
        if (best is not null)
        {
            return best;
        }

        return ReadmeProject(passages, masked, gazetteer, book);
    }

    // A description names an organization noun ("X 是一家…公司", "X, a fintech startup"): only a sentence with one is read,
    // and the patterns, which try a name at every position, run over that sentence alone.
    private static void ScoreDescriptions(Board board, string text, OrganizationLexicon words)
    {
        if (!words.Noun.IsMatch(text))
        {
            return;
        }

        foreach (var (start, end) in SentenceSplitter.Split(text))
        {
            var sentence = text[start..end];
            if (!words.Noun.IsMatch(sentence))
            {
                continue;
            }

            foreach (var pattern in words.Descriptions)
            {
                foreach (var m in pattern.Matches(sentence))
                {
                    var rest = sentence[m.End..Math.Min(sentence.Length, m.End + 40)];
                    if (Descriptions.DescribesOrganization(rest, words))
                    {
                        board.Score(m.Name, DescriptionScore, "described as an organization", EntityKind.Company, description: sentence);
                    }
                }
            }
        }
    }

    /// <summary>The organization an author line names: a known one, or one signing with its blog or team; a person names none.</summary>
    private static string? AuthorOrganization(string author, NameGazetteer gazetteer)
    {
        var name = author.Trim();
        if (gazetteer.FindExact(name) is { Kind: not EntityKind.Project })
        {
            return name;
        }

        // "author: Uber Engineering", "publisher: Zentrix Tech Blog": an organization's own blog signs as the organization.
        foreach (var signature in Lexicon.Default.Organizations.AuthorSignatures)
        {
            if (name.EndsWith(signature, StringComparison.OrdinalIgnoreCase) && name.Length > signature.Length + 1)
            {
                return name[..^signature.Length].Trim();
            }
        }

        return null;
    }

    private static void ScorePatterns(Board board, IReadOnlyList<NamePattern> patterns, string text, double score, string reason)
    {
        // Role and team words are looked for once, not by every template that needs one.
        var words = Lexicon.Default.Organizations;
        bool? hasRole = null, hasTeam = null;
        foreach (var pattern in patterns)
        {
            if ((pattern.NeedsRole && !(hasRole ??= words.RoleWord.IsMatch(text))) || (pattern.NeedsTeam && !(hasTeam ??= words.TeamWord.IsMatch(text))))
            {
                continue;
            }

            if (pattern.Match(text) is { } m)
            {
                board.Score(m.Name, score, $"{reason}: {text.Trim()}", EntityKind.Company);
                return;
            }
        }
    }

    private static IEnumerable<(string Slug, int Count)> Recurrence(IReadOnlyList<IReadOnlyList<Located>> located) =>
        located.SelectMany(l => l).Where(l => l.Kind != EntityKind.Project).GroupBy(l => l.Slug).Select(g => (g.Key, g.Count()));

    // "# Scouter Server (Go)" over a paragraph that says what it is: a project's README is about the project.
    private static DocumentSubject? ReadmeProject(IReadOnlyList<Passage> passages, IReadOnlyList<string> masked, NameGazetteer gazetteer, NameBook book)
    {
        var first = passages.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.IsFactBearing);
        if (first.p is not { Kind: PassageKind.Heading, HeadingPath.Count: 0 } heading)
        {
            return null;
        }

        var name = heading.Text.Trim();
        var bare = Parenthetical().Replace(name, string.Empty).Trim();
        if (!NameSpans.IsLatinNameLike(bare) || bare.Split(' ').Length > 4 || first.i + 1 >= passages.Count)
        {
            return null;
        }

        var body = masked[first.i + 1];
        var firstWord = bare.Split(' ')[0];
        // The paragraph under the title says what the title names: it repeats the name, or describes software ("A job queue
        // written in Go"), or the document links the name to its repository.
        var describes = body.Contains(firstWord, StringComparison.OrdinalIgnoreCase)
                        || Lexicon.Default.Organizations.ProjectCue.IsMatch(body)
                        || book.FindByName(bare) is { Kind: EntityKind.Project };
        if (!describes || !GoMentions.Word.IsMatch(body + " " + name))
        {
            return null;
        }

        if (gazetteer.FindExact(name) is { } known)
        {
            return new DocumentSubject(known.Slug, known.Name, known.Kind, MinScore, ["title of a README"]);
        }

        var slug = book.Discover(new DiscoveredName(name, EntityKind.Project, null, null, heading.LineStart, null)
        {
            Description = body.Length > 200 ? body[..200] : body,
            Aliases = bare == name ? [] : [bare],
        });
        return new DocumentSubject(slug, name, EntityKind.Project, MinScore, ["title of a README"]);
    }

    [GeneratedRegex(@"\s*[(（][^)）]*[)）]\s*$")]
    private static partial Regex Parenthetical();

    /// <summary>The candidates and their scores; a name is resolved to a known entry or filed as a new name once.</summary>
    private sealed class Board(NameGazetteer gazetteer, NameBook book)
    {
        private readonly Dictionary<string, (string Name, EntityKind Kind, double Score, List<string> Reasons)> _candidates = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DiscoveredName> _unfiled = new(StringComparer.Ordinal);

        public void Score(string raw, double score, string reason, EntityKind kind, string? description = null)
        {
            if (Resolve(raw, kind, description) is not { } found)
            {
                return;
            }

            var (slug, name) = found;
            if (!_candidates.TryGetValue(slug, out var current))
            {
                current = (name, kind, 0, []);
            }

            // One kind of reason counts once: two bylines do not make a subject of a passer-by.
            if (current.Reasons.Any(r => r.Split(':')[0] == reason.Split(':')[0]))
            {
                return;
            }

            current.Reasons.Add(reason);
            _candidates[slug] = (current.Name, current.Kind, current.Score + score, current.Reasons);
        }

        public void Recur(string slug, double score)
        {
            if (_candidates.TryGetValue(slug, out var current) && score > 0)
            {
                current.Reasons.Add($"named {score * 2:0} times");
                _candidates[slug] = (current.Name, current.Kind, current.Score + score, current.Reasons);
            }
        }

        // blog.spiralscout.com for "Spiral Scout", cluster.mu for "cluster", 360safe.com for "Qihoo 360".
        public void MatchSites(IReadOnlyList<string> sites, double score)
        {
            foreach (var slug in _candidates.Keys.ToList())
            {
                var candidate = _candidates[slug];
                var keys = new[] { candidate.Name }.Concat(book.Find(slug)?.Aliases ?? _unfiled.GetValueOrDefault(slug)?.Aliases ?? [])
                    .Select(Compact).Where(k => k.Length >= 3).ToList();
                var site = sites.FirstOrDefault(s => keys.Any(k => Compact(s.Split('.')[0]).Contains(k, StringComparison.Ordinal)
                    || k.Contains(Compact(s.Split('.')[0]), StringComparison.Ordinal) && s.Split('.')[0].Length >= 3));
                if (site is not null)
                {
                    candidate.Reasons.Add($"site {site}");
                    _candidates[slug] = (candidate.Name, candidate.Kind, candidate.Score + score, candidate.Reasons);
                    if (_unfiled.TryGetValue(slug, out var unfiled))
                    {
                        _unfiled[slug] = unfiled with { Website = site };
                    }
                    else if (book.Find(slug) is { Website: null } discovered)
                    {
                        book.Discover(discovered with { Website = site });
                    }
                }
            }
        }

        public DocumentSubject? Best()
        {
            // "Firebase" (front matter) and "Firebase Hosting" (title) are one organization: the longer is a team or product of the shorter.
            foreach (var key in _candidates.Keys.ToList())
            {
                var name = _candidates[key].Name;
                var owner = _candidates.FirstOrDefault(c => c.Key != key && name.StartsWith(c.Value.Name + " ", StringComparison.OrdinalIgnoreCase));
                if (owner.Key is not null)
                {
                    var (ownerName, kind, score, reasons) = owner.Value;
                    reasons.AddRange(_candidates[key].Reasons);
                    _candidates[owner.Key] = (ownerName, kind, score + _candidates[key].Score, reasons);
                    _candidates.Remove(key);
                    if (_unfiled.TryGetValue(owner.Key, out var unfiled))
                    {
                        _unfiled[owner.Key] = unfiled with { Aliases = [.. unfiled.Aliases, name] };
                    }
                    else if (book.Find(owner.Key) is { } filed && !filed.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase))
                    {
                        book.Discover(filed with { Aliases = [.. filed.Aliases, name] });
                    }
                }
            }

            var best = _candidates.OrderByDescending(c => c.Value.Score).FirstOrDefault();
            if (best.Key is null || best.Value.Score < MinScore)
            {
                return null;
            }

            var slug = best.Key;
            if (_unfiled.TryGetValue(slug, out var discovered))
            {
                slug = book.Discover(discovered);
            }

            return new DocumentSubject(slug, best.Value.Name, best.Value.Kind, best.Value.Score, best.Value.Reasons);
        }

        private (string Slug, string Name)? Resolve(string raw, EntityKind kind, string? description)
        {
            var name = Clean(raw);
            if (name.Length == 0)
            {
                return null;
            }

            if (gazetteer.FindExact(name) is { } exact)
            {
                return (exact.Slug, exact.Name);
            }

            // "Google Site Reliability Engineering (SRE)", "Google’s SRE team": a known organization leading the phrase.
            if (gazetteer.Matcher.FindAll(name) is [{ Start: 0 } lead, ..] && lead.Value.Kind != EntityKind.Project)
            {
                return (lead.Value.Slug, lead.Value.Name);
            }

            if (book.FindByName(name) is { } discovered)
            {
                return (discovered.Slug, discovered.Name);
            }

            var isLatin = name.All(c => c < 0x80);
            var stripped = ProseNames.StripSuffix(name);
            if (isLatin ? !NameSpans.IsLatinNameLike(stripped) : !IsCjkName(stripped))
            {
                return null;
            }

            if (TechnologyLexicon.Default.Find(stripped) is not null && description is null && kind != EntityKind.Company)
            {
                return null;
            }

            // Filed in the book only if it wins: a candidate that loses was never more than a guess.
            var candidate = new DiscoveredName(stripped, kind, null, null, 0, null) { Aliases = stripped == name ? [] : [name], Description = description };
            var key = "new:" + Slug.From(stripped);
            if (key.Length <= 4)
            {
                return null;
            }

            _unfiled.TryAdd(key, candidate);
            return (key, stripped);
        }

        // "the Firebase Hosting Team" → Firebase Hosting, "Google’s Site Reliability Engineering" → Google’s… → resolved above.
        private static string Clean(string raw)
        {
            var name = Parenthetical().Replace(raw.Trim().Trim('"', '“', '”', '「', '」', '*', '_'), string.Empty).Trim();
            var possessive = name.IndexOfAny(['’', '\'']);
            if (possessive > 0 && possessive + 1 < name.Length && name[possessive + 1] == 's')
            {
                name = name[..possessive];
            }

            var team = Lexicon.Default.Organizations.TeamWord.Matches(name).Cast<Match>().LastOrDefault();
            if (team is not null && team.Index > 0 && team.Index + team.Length == name.Length)
            {
                name = name[..team.Index].Trim();
            }

            if (name.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            {
                name = name[4..];
            }

            return name.Trim().TrimEnd('.', ',', ':', '：');
        }

        // "PHP 不会死 —— 我们" is a clause, not a name: a name has no sentence marks, no self-reference, no run of spaces.
        // "可以用于服务端开发" is a predicate: a Han name holds none of the function words a clause is made of.
        private static bool IsCjkName(string name) =>
            name.Length is >= 2 and <= 16 && name.All(c => char.IsLetterOrDigit(c) || c is ' ' or '・' or '·' or '.' or '&' or '-')
            && !Lexicon.Default.Organizations.SelfReference.IsMatch(name) && !name.Contains("  ", StringComparison.Ordinal)
            && name.Count(c => c == ' ') <= 1 && !GoMentions.Word.IsMatch(name)
            && (!name.Any(c => c is >= '\u4E00' and <= '\u9FFF') || !Lexicon.Default.SystemStops.Any(stop => name.Contains(stop, StringComparison.Ordinal)));

        private static string Compact(string text) => new([.. text.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
    }
}
