
namespace GoAdoption.Api.Tests;

/// <summary>Claims name their company from the catalog snapshot, which can lag a commit it has not heard of yet.</summary>
public sealed class ClaimReferencesTests
{
    private const string UberOnly = """
        # Notes

        Uber cut its geo-fence service's p99 latency from 120 ms to 18 ms after moving it to Go.
        """;

    [Fact]
    public async Task A_claim_whose_company_the_snapshot_has_not_seen_still_names_it()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", UberOnly);
        using var client = factory.CreateClient();
        var sourceId = (int)(await client.GetOkAsync("/api/v1/sources")).Items().Single()["id"]!;
        await client.GetOkAsync("/api/v1/claims"); // the snapshot of this version is read now

        // A company and its claim written by another process, before it announces a new catalog version.
        await factory.ExecuteSqlAsync($"""
            INSERT INTO "Companies" ("Slug", "Name", "NameKey", "Kind", "FromGazetteer") VALUES ('newco', 'NewCo', 'newco', 'Company', FALSE);
            INSERT INTO "Claims" ("SourceId", "CompanyId", "Metric", "Statistic", "Unit", "Consistency", "Bound", "CrossSource", "LineStart", "LineEnd", "Quote")
            VALUES ({sourceId}, (SELECT "Id" FROM "Companies" WHERE "Slug" = 'newco'), 'Latency', 'P99', 'Milliseconds', 'Unchecked', 'Exact', 'Single', 3, 3, 'quoted');
            """);

        var claim = (await client.GetOkAsync("/api/v1/claims?company=newco")).Items().Single();
        Assert.Equal("newco", (string)claim["company"]!["slug"]!);
        Assert.Equal("NewCo", (string)claim["company"]!["name"]!);
        Assert.Equal("a.md", (string)claim["source"]!["fileName"]!);
    }
}
