using System.Data.Common;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Reading;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Domain.Claims;
using GoAdoption.Domain.Languages;

namespace GoAdoption.Api.Features.Claims;

/// <summary>Which claims a read starts from before the list filters apply: all, one, or one company's or project's.</summary>
public sealed record ClaimScope(int? Id = null, int? CompanyId = null, int? ProjectId = null)
{
    public static readonly ClaimScope All = new();
}

/// <summary>
/// Every read of performance claims: list pages, their totals, exports, a company's or project's claims and one claim.
/// Hand-written SQL on <see cref="PreparedConnections"/>: a claims page is a few indexed row reads, and building and
/// preparing an EF Core query for it cost several times the read (see README, Performance). Companies, projects and
/// sources are named from the version's <see cref="CatalogReferences"/> rather than joined row by row.
/// </summary>
public sealed class ClaimReader(PreparedConnections connections, CatalogSnapshots snapshots) : IListReads<ClaimFilter, ClaimResponse>
{
    private const string Columns = """
        SELECT c."Id", c."CompanyId", c."ProjectId", c."SourceId", c."System", c."Metric", c."Statistic", c."Baseline", c."Result", c."Unit",
               c."StatedChangePercent", c."StatedMultiplier", c."StatedDelta", c."ChangePercent", c."Consistency", c."MigratedFrom",
               c."Bound", c."CrossSource", c."LineStart", c."LineEnd", c."Quote", c."RestatedAt"
        """;

    private const string JoinedColumns = """
        , co."Slug", co."Name", p."Slug", p."Name", s."FileName", s."Title"
        FROM "Claims" AS c
        JOIN "Sources" AS s ON s."Id" = c."SourceId"
        LEFT JOIN "Companies" AS co ON co."Id" = c."CompanyId"
        LEFT JOIN "Projects" AS p ON p."Id" = c."ProjectId"
        """;

    /// <summary>One page in the filter's sort order.</summary>
    public async Task<IReadOnlyList<ClaimResponse>> PageAsync(ClaimFilter filter, ClaimScope scope, int skip, int take)
    {
        var references = (await snapshots.CurrentAsync()).References;
        var query = Select(filter, scope);
        // "+ 0": SQLite plans a bare LIMIT parameter for its bound value and so re-prepares the statement whenever the
        // value changes, which costs as much as the read; an expression keeps one plan for every page.
        query.Append($" LIMIT {query.Parameter(take)} + 0 OFFSET {query.Parameter(skip)} + 0");
        return connections.Use(connection => ReadAll(connection, query, references));
    }

    public int Count(ClaimFilter filter, ClaimScope scope)
    {
        var query = new SqlQuery().Append("""SELECT COUNT(*) FROM "Claims" AS c""");
        Where(query, filter, scope);
        return connections.Use(connection => (int)connection.ExecuteScalar<long>(query));
    }

    /// <summary>
    /// Every matching claim in sort order, read as the caller enumerates (exports of any size). Its references are
    /// joined in SQL rather than taken from the snapshot: an export then holds one row at a time and never needs the
    /// snapshot in memory, and over a whole table the joins cost little.
    /// </summary>
    public IAsyncEnumerable<ClaimResponse> StreamAsync(ClaimFilter filter, ClaimScope scope)
    {
        var query = Select(filter, scope, joined: true);
        return connections.Stream(connection => ReadEach(connection, query)).ToAsyncEnumerable();
    }

    Task<IReadOnlyList<ClaimResponse>> IListReads<ClaimFilter, ClaimResponse>.PageAsync(ClaimFilter filter, int skip, int take, CancellationToken cancellationToken) =>
        PageAsync(filter, ClaimScope.All, skip, take);

    Task<int> IListReads<ClaimFilter, ClaimResponse>.CountAsync(ClaimFilter filter, CancellationToken cancellationToken) =>
        Task.FromResult(Count(filter, ClaimScope.All));

    IAsyncEnumerable<ClaimResponse> IListReads<ClaimFilter, ClaimResponse>.StreamAsync(ClaimFilter filter) =>
        StreamAsync(filter, ClaimScope.All);

    public async Task<ClaimResponse?> FindAsync(int id) =>
        await PageAsync(new ClaimFilter(), new ClaimScope(Id: id), 0, 1) is [var claim] ? claim : null;

    /// <summary>A company's or project's claims in document order (file, then line), as its detail lists them.</summary>
    public async Task<IReadOnlyList<ClaimResponse>> InDocumentOrderAsync(ClaimScope scope, int limit)
    {
        var references = (await snapshots.CurrentAsync()).References;
        var query = new SqlQuery().Append(Columns).Append(""" FROM "Claims" AS c JOIN "Sources" AS s ON s."Id" = c."SourceId" """);
        Where(query, new ClaimFilter(), scope);
        query.Append($""" ORDER BY s."FileName", c."LineStart", c."Id" LIMIT {query.Parameter(limit)} + 0""");
        return connections.Use(connection => ReadAll(connection, query, references));
    }

    private static SqlQuery Select(ClaimFilter filter, ClaimScope scope, bool joined = false)
    {
        var (sort, descending) = filter.SortOrder();
        var query = new SqlQuery().Append(Columns).Append(joined ? JoinedColumns : """ FROM "Claims" AS c""");
        if (sort == "company" && !joined)
            query.Append(""" LEFT JOIN "Companies" AS co ON co."Id" = c."CompanyId" """);
        Where(query, filter, scope);
        var direction = descending ? " DESC" : "";
        // NULLs sort first ascending and last descending, as SQLite orders them by default and PostgreSQL does not.
        var nullable = descending ? " DESC NULLS LAST" : " NULLS FIRST";
        query.Append(sort switch
        {
            "changePercent" => $""" ORDER BY c."ChangePercent"{nullable}, c."Id" """,
            "metric" => $""" ORDER BY c."Metric"{direction}, c."Id" """,
            "company" => $""" ORDER BY co."NameKey"{nullable}, c."Id" """,
            _ => $""" ORDER BY c."Id"{direction}""",
        });
        return query;
    }

    /// <summary>The filter as a WHERE clause; validation has run, so each value is one its validator accepted.</summary>
    private static void Where(SqlQuery query, ClaimFilter filter, ClaimScope scope)
    {
        var conditions = new List<string>();
        if (scope.Id is { } id)
            conditions.Add($"""c."Id" = {query.Parameter(id)}""");
        if (scope.CompanyId is { } companyId)
            conditions.Add($"""c."CompanyId" = {query.Parameter(companyId)}""");
        if (scope.ProjectId is { } projectId)
            conditions.Add($"""c."ProjectId" = {query.Parameter(projectId)}""");
        if (filter.Company is { } company)
            conditions.Add($"""c."CompanyId" = (SELECT "Id" FROM "Companies" WHERE "Slug" = {query.Parameter(company)})""");
        if (filter.Project is { } project)
            conditions.Add($"""c."ProjectId" = (SELECT "Id" FROM "Projects" WHERE "Slug" = {query.Parameter(project)})""");
        if (WireNames<ClaimMetric>.Parse(filter.Metric) is { } metric)
            conditions.Add($"""c."Metric" = {query.Parameter(metric.ToString())}""");
        if (WireNames<ClaimStatistic>.Parse(filter.Statistic) is { } statistic)
            conditions.Add($"""c."Statistic" = {query.Parameter(statistic.ToString())}""");
        if (filter.Domain is { } domain)
        {
            var slug = query.Parameter(domain);
            conditions.Add($"""
                (EXISTS (SELECT 1 FROM "CompanyDomains" AS cd JOIN "Domains" AS d ON d."Id" = cd."DomainsId"
                         WHERE cd."CompaniesId" = c."CompanyId" AND d."Slug" = {slug})
                 OR EXISTS (SELECT 1 FROM "ProjectDomains" AS pd JOIN "Domains" AS d ON d."Id" = pd."DomainsId"
                            WHERE pd."ProjectsId" = c."ProjectId" AND d."Slug" = {slug}))
                """);
        }
        if (ProgrammingLanguages.Key(filter.MigratedFrom) is { } language)
            conditions.Add($"""c."MigratedFromKey" = {query.Parameter(language)}""");
        if (WireNames<ClaimConsistency>.Parse(filter.Consistency) is { } consistency)
            conditions.Add($"""c."Consistency" = {query.Parameter(consistency.ToString())}""");
        if (WireNames<ClaimCrossSource>.Parse(filter.CrossSource) is { } crossSource)
            conditions.Add($"""c."CrossSource" = {query.Parameter(crossSource.ToString())}""");
        if (filter.MinChangePercent is { } min)
            conditions.Add($"""c."ChangePercent" >= {query.Parameter(min)}""");
        if (filter.MaxChangePercent is { } max)
            conditions.Add($"""c."ChangePercent" <= {query.Parameter(max)}""");
        if (filter.Source is { } source)
            conditions.Add($"""c."SourceId" = {query.Parameter(source)}""");
        if (conditions.Count > 0)
            query.Append(" WHERE ").Append(string.Join(" AND ", conditions));
    }

    /// <summary>
    /// A page, named from the snapshot. A reference it lacks is read once the page's reader is closed: a connection runs one
    /// statement at a time on PostgreSQL.
    /// </summary>
    private static List<ClaimResponse> ReadAll(PreparedConnection connection, SqlQuery query, CatalogReferences snapshot)
    {
        var claims = new List<ClaimResponse>();
        var unnamed = new List<(int Index, long? Company, long? Project, long? Source)>();
        using (var reader = connection.ExecuteReader(query))
        {
            while (reader.Read())
            {
                long? companyId = reader.IsDBNull(1) ? null : reader.GetInt64(1);
                long? projectId = reader.IsDBNull(2) ? null : reader.GetInt64(2);
                var sourceId = reader.GetInt64(3);
                var company = companyId is { } c ? snapshot.Company(c) : null;
                var project = projectId is { } p ? snapshot.Project(p) : null;
                var source = snapshot.Source(sourceId);
                if ((companyId is not null && company is null) || (projectId is not null && project is null) || source is null)
                {
                    unnamed.Add((claims.Count, company is null ? companyId : null, project is null ? projectId : null,
                        source is null ? sourceId : null));
                }
                claims.Add(Row(reader, (company, project, source ?? new SourceReference((int)sourceId, "", ""))));
            }
        }
        foreach (var (index, company, project, source) in unnamed)
        {
            var claim = claims[index];
            claims[index] = claim with
            {
                Company = company is { } c ? Missing.Company(connection, c) : claim.Company,
                Project = project is { } p ? Missing.Project(connection, p) : claim.Project,
                Source = source is { } s ? Missing.Source(connection, s) : claim.Source,
            };
        }
        return claims;
    }

    private static IEnumerable<ClaimResponse> ReadEach(PreparedConnection connection, SqlQuery query)
    {
        using var reader = connection.ExecuteReader(query);
        while (reader.Read())
            yield return Row(reader, JoinedReferences(reader));
    }

    /// <summary>From the columns <see cref="JoinedColumns"/> adds after the claim's own.</summary>
    private static (EntityReference? Company, EntityReference? Project, SourceReference Source) JoinedReferences(DbDataReader r) => (
        r.IsDBNull(22) ? null : new EntityReference(r.GetString(22), r.GetString(23)),
        r.IsDBNull(24) ? null : new EntityReference(r.GetString(24), r.GetString(25)),
        new SourceReference(r.GetInt32(3), r.GetString(26), r.GetString(27)));

    private static ClaimResponse Row(DbDataReader r, (EntityReference? Company, EntityReference? Project, SourceReference Source) references) => new(
        r.GetInt32(0),
        references.Company,
        references.Project,
        NullableString(r, 4),
        Enum.Parse<ClaimMetric>(r.GetString(5)),
        Enum.Parse<ClaimStatistic>(r.GetString(6)),
        NullableDouble(r, 7),
        NullableDouble(r, 8),
        Enum.Parse<ClaimUnit>(r.GetString(9)),
        NullableDouble(r, 10),
        NullableDouble(r, 11),
        NullableDouble(r, 12),
        NullableDouble(r, 13),
        Enum.Parse<ClaimConsistency>(r.GetString(14)),
        NullableString(r, 15),
        Enum.Parse<ClaimBound>(r.GetString(16)),
        Enum.Parse<ClaimCrossSource>(r.GetString(17)),
        references.Source,
        r.GetInt32(18),
        r.GetInt32(19),
        r.GetString(20),
        ClaimStatements.Read(r.GetString(21)));

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    /// <summary>
    /// References the snapshot lacks: an import committed after the snapshot was read and before this process heard
    /// of its new version. Read from the row's own tables, so the claim still names what it is about.
    /// </summary>
    private static class Missing
    {
        public static EntityReference Company(PreparedConnection connection, long id) =>
            Entity(connection, """SELECT "Slug", "Name" FROM "Companies" WHERE "Id" = """, id);

        public static EntityReference Project(PreparedConnection connection, long id) =>
            Entity(connection, """SELECT "Slug", "Name" FROM "Projects" WHERE "Id" = """, id);

        public static SourceReference Source(PreparedConnection connection, long id)
        {
            var query = new SqlQuery().Append("""SELECT "FileName", "Title" FROM "Sources" WHERE "Id" = """);
            query.Append(query.Parameter(id));
            using var r = connection.ExecuteReader(query);
            r.Read();
            return new SourceReference((int)id, r.GetString(0), r.GetString(1));
        }

        private static EntityReference Entity(PreparedConnection connection, string sql, long id)
        {
            var query = new SqlQuery().Append(sql);
            query.Append(query.Parameter(id));
            using var r = connection.ExecuteReader(query);
            r.Read();
            return new EntityReference(r.GetString(0), r.GetString(1));
        }
    }
}
