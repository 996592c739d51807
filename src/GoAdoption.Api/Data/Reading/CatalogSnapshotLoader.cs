using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Data.Reading;

/// <summary>Reads every company with what its list item and its filters need, and every reference, in one read transaction.</summary>
internal static class CatalogSnapshotLoader
{
    public static CatalogSnapshot Load(PreparedConnection connection) => connection.InReadTransaction(() =>
    {
        // Countries, domains, projects and languages repeat across thousands of companies; the driver hands out a new
        // string for every row, so each value is kept once.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string value) => shared.TryAdd(value, value) ? value : shared[value];

        var builders = new Dictionary<long, Builder>();
        using (var r = connection.ExecuteReader(new SqlQuery().Append(""" SELECT "Id", "Slug", "Name", "NameKey", "Kind", "Country", "Website" FROM "Companies" """)))
        {
            while (r.Read())
            {
                builders[r.GetInt64(0)] = new Builder(r.GetString(1), r.GetString(2), r.GetString(3),
                    Enum.Parse<CompanyKind>(r.GetString(4)), r.IsDBNull(5) ? null : Shared(r.GetString(5)), r.IsDBNull(6) ? null : r.GetString(6));
            }
        }
        // Rows of other tables are matched to companies by id; an id not in the first read cannot occur inside one
        // transaction, and is skipped rather than trusted.
        Each(connection, """ SELECT "CompanyId", "Name", "NameKey" FROM "CompanyAliases" """, builders, (b, r) =>
        {
            b.Aliases.Add(r.GetString(1));
            b.AliasKeys.Add(r.GetString(2));
        });
        Each(connection, """ SELECT cd."CompaniesId", d."Slug" FROM "CompanyDomains" AS cd JOIN "Domains" AS d ON d."Id" = cd."DomainsId" """, builders,
            (b, r) => b.Domains.Add(Shared(r.GetString(1))));
        Each(connection, """
            SELECT "CompanyId", COUNT(*) FROM (
                SELECT "CompanyId", "SourceId" FROM "Mentions" WHERE "CompanyId" IS NOT NULL
                UNION SELECT "CompanyId", "SourceId" FROM "UseCases" WHERE "CompanyId" IS NOT NULL) AS pairs
            GROUP BY "CompanyId"
            """, builders, (b, r) => b.SourceCount = r.GetInt32(1));
        Each(connection, """
            SELECT u."CompanyId", p."Slug", u."MigratedFromKey" FROM "UseCases" AS u
            LEFT JOIN "Projects" AS p ON p."Id" = u."ProjectId"
            WHERE u."CompanyId" IS NOT NULL
            """, builders, (b, r) =>
        {
            b.UseCaseCount++;
            if (!r.IsDBNull(1))
                b.Projects.Add(Shared(r.GetString(1)));
            if (!r.IsDBNull(2))
                b.MigratedFrom.Add(Shared(r.GetString(2)));
        });
        var companies = builders.OrderBy(p => p.Key).Select(p => p.Value.Build(p.Key)).ToList();

        var projects = new Dictionary<long, EntityReference>();
        using (var r = connection.ExecuteReader(new SqlQuery().Append(""" SELECT "Id", "Slug", "Name" FROM "Projects" """)))
        {
            while (r.Read())
                projects[r.GetInt64(0)] = new EntityReference(r.GetString(1), r.GetString(2));
        }
        var sources = new Dictionary<long, SourceReference>();
        using (var r = connection.ExecuteReader(new SqlQuery().Append(""" SELECT "Id", "FileName", "Title" FROM "Sources" """)))
        {
            while (r.Read())
                sources[r.GetInt64(0)] = new SourceReference(r.GetInt32(0), r.GetString(1), r.GetString(2));
        }
        var references = new CatalogReferences(
            companies.ToDictionary(c => c.Id, c => new EntityReference(c.Summary.Slug, c.Summary.Name)), projects, sources);
        return new CatalogSnapshot(new CompanySnapshot(companies), references);
    });

    private static void Each(PreparedConnection connection, string sql, Dictionary<long, Builder> builders, Action<Builder, System.Data.Common.DbDataReader> add)
    {
        using var r = connection.ExecuteReader(new SqlQuery().Append(sql));
        while (r.Read())
        {
            if (builders.TryGetValue(r.GetInt64(0), out var builder))
                add(builder, r);
        }
    }

    private sealed class Builder(string slug, string name, string nameKey, CompanyKind kind, string? country, string? website)
    {
        public List<string> Aliases { get; } = [];

        public List<string> AliasKeys { get; } = [];

        public List<string> Domains { get; } = [];

        public HashSet<string> Projects { get; } = new(StringComparer.Ordinal);

        public HashSet<string> MigratedFrom { get; } = new(StringComparer.Ordinal);

        public int SourceCount { get; set; }

        public int UseCaseCount { get; set; }

        public CompanyEntry Build(long id)
        {
            Aliases.Sort(BinaryCollation.Instance);
            Domains.Sort(BinaryCollation.Instance);
            // Two sources may give the same spelling; the list shows it once.
            var summary = new CompanySummary(slug, name, kind, Aliases.Distinct(StringComparer.Ordinal).ToArray(), Domains.ToArray(),
                country, website, SourceCount, UseCaseCount);
            return new CompanyEntry(id, summary, nameKey, [.. AliasKeys], [.. Projects], [.. MigratedFrom]);
        }
    }
}
