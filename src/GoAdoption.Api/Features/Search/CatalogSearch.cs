using System.Globalization;
using System.Text;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Search;

// ToLower() in these queries becomes SQL lower(), run by the database (see TextKey.LikePattern): no .NET culture applies.
#pragma warning disable CA1304, CA1311, CA1862

/// <summary>
/// Full-text search over companies, projects, use-cases, claims and passages. Words of three or more characters
/// go to the FTS5 trigram index, ranked by BM25; a word shorter than that (腾讯, 지리 are two characters) has no
/// trigram, so such queries scan the same rows with LIKE instead: slower on a large catalog, same answers.
/// </summary>
internal static class CatalogSearch
{
    /// <summary>Trigram tokens: the index cannot look up anything shorter.</summary>
    private const int MinIndexedLength = 3;

    /// <summary>FTS5 counts snippet length in tokens, one per character with trigrams.</summary>
    private const int SnippetTokens = 48;

    /// <summary>Characters shown either side of a match in snippets the LIKE scan builds.</summary>
    private const int SnippetContext = 30;

    // Control characters cannot occur in imported text, so they mark matches safely until the snippet is escaped.
    private const char MarkStart = '\u0002';
    private const char MarkEnd = '\u0003';

    /// <summary>Title weight over body in BM25: a hit in a name outranks one in a quote.</summary>
    private const double TitleWeight = 4.0;

    public static async Task<(IReadOnlyList<SearchHit> Hits, int Total)> SearchAsync(
        CatalogDbContext db, string text, SearchHitType? type, int skip, int take, CancellationToken cancellationToken)
    {
        // A control character ends a string for SQLite (NUL) or marks a snippet here: it separates words like a space.
        text = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // PostgreSQL answers every query with the scan, which its trigram indexes serve for words of three or more characters.
        return db.Database.IsSqlite() && terms.All(t => CharacterCount(t) >= MinIndexedLength)
            ? await MatchAsync(db, text.Trim(), terms, type, skip, take, cancellationToken)
            : await ScanAsync(db, text.Trim(), terms, type, skip, take, cancellationToken);
    }

    private static async Task<(IReadOnlyList<SearchHit>, int)> MatchAsync(
        CatalogDbContext db, string text, string[] terms, SearchHitType? type, int skip, int take, CancellationToken cancellationToken)
    {
        // Each word a quoted string: FTS5 operators and punctuation in the query are text to find, not syntax.
        var match = string.Join(' ', terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        var typeName = type?.ToString();
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value"
            FROM "SearchIndex" JOIN "SearchEntries" AS e ON e."Id" = "SearchIndex".rowid
            WHERE "SearchIndex" MATCH {match} AND ({typeName} IS NULL OR e."Type" = {typeName})
            """).SingleAsync(cancellationToken);
        if (skip >= total)
            return ([], total);

        var start = MarkStart.ToString();
        var end = MarkEnd.ToString();
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT e."Type", e."Key", e."SourceId", s."FileName", s."Title" AS "SourceTitle", e."LineStart", e."LineEnd", e."Title",
                   snippet("SearchIndex", -1, {start}, {end}, '…', {SnippetTokens}) AS "Snippet"
            FROM "SearchIndex" JOIN "SearchEntries" AS e ON e."Id" = "SearchIndex".rowid
            LEFT JOIN "Sources" AS s ON s."Id" = e."SourceId"
            WHERE "SearchIndex" MATCH {match} AND ({typeName} IS NULL OR e."Type" = {typeName})
            ORDER BY (e."Title" = {text} COLLATE NOCASE) DESC, bm25("SearchIndex", {TitleWeight}, 1.0), e."Id"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);
        return (rows.Select(r => r.ToHit(Escape(r.Snippet))).ToList(), total);
    }

    private static async Task<(IReadOnlyList<SearchHit>, int)> ScanAsync(
        CatalogDbContext db, string text, string[] terms, SearchHitType? type, int skip, int take, CancellationToken cancellationToken)
    {
        var entries = db.SearchEntries.AsNoTracking();
        foreach (var pattern in terms.Select(TextKey.LikePattern))
        {
            entries = entries.Where(e => EF.Functions.Like(e.Body.ToLower(), pattern, TextKey.LikeEscape)
                || (e.Title != null && EF.Functions.Like(e.Title.ToLower(), pattern, TextKey.LikeEscape)));
        }
        if (type is { } wanted)
            entries = entries.Where(e => e.Type == wanted);

        var total = await entries.CountAsync(cancellationToken);
        if (skip >= total)
            return ([], total);

        var titlePattern = TextKey.LikePattern(text);
        var folded = TextKey.AsciiLower(text);
        var rows = await entries
            // Without BM25, a name that is the query comes first, then names that contain it, then entities before text.
            .OrderByDescending(e => e.Title != null && e.Title.ToLower() == folded)
            .ThenByDescending(e => e.Title != null && EF.Functions.Like(e.Title.ToLower(), titlePattern, TextKey.LikeEscape))
            .ThenBy(e => e.Type == SearchHitType.Company ? 0 : e.Type == SearchHitType.Project ? 1 : e.Type == SearchHitType.UseCase ? 2
                : e.Type == SearchHitType.Claim ? 3 : 4)
            .ThenBy(e => e.Body.Length)
            .ThenBy(e => e.Id)
            .Skip(skip)
            .Take(take)
            .GroupJoin(db.Sources, e => e.SourceId, s => s.Id, (e, sources) => new { e, sources })
            .SelectMany(x => x.sources.DefaultIfEmpty(), (x, s) => new Row
            {
                Type = x.e.Type.ToString(),
                Key = x.e.Key,
                SourceId = x.e.SourceId,
                FileName = s == null ? null : s.FileName,
                SourceTitle = s == null ? null : s.Title,
                LineStart = x.e.LineStart,
                LineEnd = x.e.LineEnd,
                Title = x.e.Title,
                Snippet = x.e.Body,
            })
            .ToListAsync(cancellationToken);
        // The snippet comes from the body unless only the name matched.
        return (rows.Select(r => r.ToHit(Snippet(
            r.Title is not null && !terms.Any(t => r.Snippet.Contains(t, StringComparison.OrdinalIgnoreCase)) ? r.Title : r.Snippet,
            terms))).ToList(), total);
    }

    /// <summary>Text around the first match, every match marked, HTML-escaped.</summary>
    private static string Snippet(string text, string[] terms)
    {
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var from = Math.Max(0, first - SnippetContext);
        var to = Math.Min(text.Length, first + SnippetContext * 2);
        // Never cut a surrogate pair (an emoji, a rare CJK character) in half.
        if (from > 0 && char.IsLowSurrogate(text[from]))
            from--;
        if (to < text.Length && char.IsLowSurrogate(text[to]))
            to++;

        var window = text[from..to];
        var marked = new StringBuilder(window.Length + 16);
        for (var i = 0; i < window.Length;)
        {
            var at = i;
            var term = terms.FirstOrDefault(t => at + t.Length <= window.Length
                && string.Compare(window, at, t, 0, t.Length, StringComparison.OrdinalIgnoreCase) == 0);
            if (term is null)
            {
                marked.Append(window[i++]);
                continue;
            }
            marked.Append(MarkStart).Append(window, i, term.Length).Append(MarkEnd);
            i += term.Length;
        }
        return (from > 0 ? "…" : "") + Escape(marked.ToString()) + (to < text.Length ? "…" : "");
    }

    /// <summary>Escapes the document's text for HTML and turns the match markers into mark elements.</summary>
    private static string Escape(string marked)
    {
        var html = new StringBuilder(marked.Length + 32);
        foreach (var ch in marked)
        {
            html.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                MarkStart => "<mark>",
                MarkEnd => "</mark>",
                _ => ch.ToString(),
            });
        }
        return html.ToString();
    }

    private static int CharacterCount(string text) => text.EnumerateRunes().Count();

    /// <summary>A row as both searches read it.</summary>
    private sealed class Row
    {
        public required string Type { get; init; }

        public required string Key { get; init; }

        public int? SourceId { get; init; }

        public string? FileName { get; init; }

        public string? SourceTitle { get; init; }

        public int? LineStart { get; init; }

        public int? LineEnd { get; init; }

        public string? Title { get; init; }

        public required string Snippet { get; init; }

        public SearchHit ToHit(string snippet)
        {
            var type = Enum.Parse<SearchHitType>(Type);
            var byId = type is not (SearchHitType.Company or SearchHitType.Project);
            var url = type switch
            {
                SearchHitType.Company => $"/api/v1/companies/{Uri.EscapeDataString(Key)}",
                SearchHitType.Project => $"/api/v1/projects/{Uri.EscapeDataString(Key)}",
                SearchHitType.UseCase => $"/api/v1/use-cases/{Key}",
                SearchHitType.Claim => $"/api/v1/claims/{Key}",
                _ => SourceId is { } source ? string.Create(CultureInfo.InvariantCulture, $"/api/v1/sources/{source}") : "/api/v1/sources",
            };
            return new SearchHit(
                type,
                byId ? null : Key,
                byId ? int.Parse(Key, CultureInfo.InvariantCulture) : null,
                Title,
                snippet,
                SourceId is { } id ? new SourceReference(id, FileName ?? "", SourceTitle ?? "") : null,
                LineStart,
                LineEnd,
                url);
        }
    }
}
