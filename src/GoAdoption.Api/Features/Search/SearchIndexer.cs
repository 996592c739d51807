using System.Text.Json;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Importing;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Search;

/// <summary>
/// Rewrites <see cref="SearchEntry"/> rows from the catalog; triggers carry each change into the FTS5 index. Rows of a
/// source are rewritten inside that source's import transaction; company and project rows, which gather aliases from
/// every source, once a sync has changed something.
/// </summary>
public static class SearchIndexer
{
    // A parameter rather than char(10) or chr(10), which differ between SQLite and PostgreSQL; string_agg and concat_ws
    // are common to both.
    private const string NewLine = "\n";

    /// <summary>The rows a source owns: its passages, use-cases and claims.</summary>
    public static async Task IndexSourceAsync(CatalogDbContext db, int sourceId, CancellationToken cancellationToken)
    {
        await db.SearchEntries
            .Where(e => e.SourceId == sourceId && (e.Type == SearchHitType.Passage || e.Type == SearchHitType.UseCase || e.Type == SearchHitType.Claim))
            .ExecuteDeleteAsync(cancellationToken);
        await InsertSourceRowsAsync(db, sourceId, cancellationToken);
    }

    /// <summary>
    /// The rows of every source at once, into a catalog that has none yet: what <see cref="IndexSourceAsync"/> writes
    /// source by source, for a catalog written in bulk (the synthetic catalog of the load tests).
    /// </summary>
    public static Task IndexAllSourcesAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        InsertSourceRowsAsync(db, null, cancellationToken);

    private static Task<int> InsertSourceRowsAsync(CatalogDbContext db, int? sourceId, CancellationToken cancellationToken)
    {
        // {0} is the line break between a use-case's summary and quote; {1} the one source, when there is one (PostgreSQL
        // refuses a parameter a statement does not use, so it is passed only then).
        var where = sourceId is null ? "" : """ WHERE "SourceId" = {1}""";
        object[] parameters = sourceId is { } id ? [NewLine, id] : [NewLine];
#pragma warning disable EF1002 // The interpolated part is one of two fixed fragments; every value is a parameter.
        return db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO "SearchEntries" ("Type", "Key", "SourceId", "LineStart", "LineEnd", "Title", "Body")
            SELECT 'Passage', "Id", "SourceId", "LineStart", "LineEnd", NULL, "Text" FROM "Passages"{{where}}
            UNION ALL
            SELECT 'UseCase', "Id", "SourceId", "LineStart", "LineEnd", "System", concat_ws({0}, "Summary", "Quote") FROM "UseCases"{{where}}
            UNION ALL
            SELECT 'Claim', "Id", "SourceId", "LineStart", "LineEnd", "System", "Quote" FROM "Claims"{{where}}
            """, parameters, cancellationToken);
#pragma warning restore EF1002
    }

    /// <summary>Every company and project row: name, aliases in every script, description; placed at the first mention.</summary>
    public static Task IndexEntitiesAsync(CatalogDbContext db, CancellationToken cancellationToken) =>
        IndexEntitiesAsync(db, null, cancellationToken);

    /// <summary>
    /// The rows of the companies and projects <paramref name="only"/> names (all when null): an import that changed a few
    /// documents rewrites the rows of what those documents name, not the whole catalog's. A named entity that no longer
    /// exists loses its row.
    /// </summary>
    public static async Task IndexEntitiesAsync(CatalogDbContext db, TouchedEntities? only, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        string companies = "", projects = "";
        object[] parameters = [NewLine];
        if (only is null)
        {
            await db.SearchEntries.Where(e => e.Type == SearchHitType.Company || e.Type == SearchHitType.Project).ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            var companySlugs = only.CompanySlugs.ToList();
            var projectSlugs = only.ProjectSlugs.ToList();
            await db.SearchEntries.Where(e => (e.Type == SearchHitType.Company && companySlugs.Contains(e.Key))
                || (e.Type == SearchHitType.Project && projectSlugs.Contains(e.Key))).ExecuteDeleteAsync(cancellationToken);
            // The slugs as one JSON array parameter, read as rows by each store's own function.
            var rows = db.Database.IsNpgsql() ? "SELECT json_array_elements_text({0}::json)" : "SELECT value FROM json_each({0})";
            companies = " WHERE c.\"Slug\" IN (" + rows.Replace("{0}", "{1}", StringComparison.Ordinal) + ")";
            projects = " WHERE p.\"Slug\" IN (" + rows.Replace("{0}", "{2}", StringComparison.Ordinal) + ")";
            parameters = [NewLine, JsonSerializer.Serialize(companySlugs), JsonSerializer.Serialize(projectSlugs)];
        }
#pragma warning disable EF1002 // The interpolated parts are fixed fragments; every value is a parameter.
        await db.Database.ExecuteSqlRawAsync($$"""
            INSERT INTO "SearchEntries" ("Type", "Key", "SourceId", "LineStart", "LineEnd", "Title", "Body")
            SELECT 'Company', c."Slug", m."SourceId", m."LineStart", m."LineEnd", c."Name",
                   concat_ws({0},
                       (SELECT string_agg(n."Name", ' · ' ORDER BY n."Name") FROM (SELECT DISTINCT a."Name" FROM "CompanyAliases" AS a WHERE a."CompanyId" = c."Id") AS n),
                       c."Website", c."Description")
            FROM "Companies" AS c
            LEFT JOIN "Mentions" AS m ON m."Id" = (
                SELECT f."Id" FROM "Mentions" AS f WHERE f."CompanyId" = c."Id" ORDER BY f."SourceId", f."LineStart", f."Id" LIMIT 1){{companies}}
            UNION ALL
            SELECT 'Project', p."Slug", m."SourceId", m."LineStart", m."LineEnd", p."Name",
                   concat_ws({0},
                       (SELECT string_agg(n."Name", ' · ' ORDER BY n."Name") FROM (SELECT DISTINCT a."Name" FROM "ProjectAliases" AS a WHERE a."ProjectId" = p."Id") AS n),
                       p."Category", p."Description")
            FROM "Projects" AS p
            LEFT JOIN "Mentions" AS m ON m."Id" = (
                SELECT f."Id" FROM "Mentions" AS f WHERE f."ProjectId" = p."Id" ORDER BY f."SourceId", f."LineStart", f."Id" LIMIT 1){{projects}}
            """, parameters, cancellationToken);
#pragma warning restore EF1002
        await transaction.CommitAsync(cancellationToken);
    }
}
