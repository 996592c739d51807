using GoAdoption.Api.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

/// <summary>The operator's curation file is applied on every import, and its effect is visible on the sources it touched.</summary>
public sealed class CurationImportTests : IDisposable
{
    private const string Document = """
        # Go in production

        Uber wrote its geo-fence service in Go. AcmeCo rewrote its billing API in Go.
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("goadoption-curation-").FullName;

    private string CurationFile => Path.Combine(_folder, "curation.yaml");

    [Fact]
    public async Task A_curated_name_is_merged_and_a_name_marked_not_a_company_is_left_out_with_the_effect_on_the_source()
    {
        File.WriteAllText(CurationFile, """
            entries:
              - name: Acme Cloud
                website: acme.example
            merge:
              - from: AcmeCo
                into: Acme Cloud
            notCompanies: [Uber]
            """);
        using var factory = new CatalogFactory(curationPath: CurationFile);
        factory.WriteSeed("prod.md", Document);
        using var client = factory.CreateClient();

        var acme = await client.GetOkAsync("/api/v1/companies/acme-cloud");
        Assert.Equal("acme.example", (string?)acme["website"]);
        await client.GetProblemAsync("/api/v1/companies/uber", System.Net.HttpStatusCode.NotFound);
        var warnings = await WarningsAsync(client);
        Assert.Contains(warnings, w => w.Contains("curation: AcmeCo merged into Acme Cloud", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("curation: 'Uber' is not a company", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editing_the_curation_reads_unchanged_documents_again()
    {
        File.WriteAllText(CurationFile, "notCompanies: []\n");
        using var factory = new CatalogFactory(curationPath: CurationFile);
        factory.WriteSeed("prod.md", Document);
        using var client = factory.CreateClient();
        await client.GetOkAsync("/api/v1/companies/uber");

        File.WriteAllText(CurationFile, "notCompanies: [Uber]\n");
        var report = await SyncAsync(factory);

        Assert.Equal(ImportOutcome.Updated, Assert.Single(report.Documents).Outcome);
        await client.GetProblemAsync("/api/v1/companies/uber", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_broken_curation_stops_the_import_and_the_catalog_keeps_what_it_had()
    {
        File.WriteAllText(CurationFile, "notCompanies: []\n");
        using var factory = new CatalogFactory(curationPath: CurationFile);
        factory.WriteSeed("prod.md", Document);
        using var client = factory.CreateClient();
        await client.GetOkAsync("/api/v1/companies/uber");

        File.WriteAllText(CurationFile, "entries:\n  - name: Zentrix\n    country: Japan\n");
        factory.WriteSeed("prod.md", "# Notes\n\nTwitch rewrote its chat system in Go.\n");
        var report = await SyncAsync(factory);

        Assert.False(report.Succeeded);
        Assert.Contains("entries[0].country", report.Error, StringComparison.Ordinal);
        Assert.Empty(report.Documents);
        await client.GetOkAsync("/api/v1/companies/uber");
        await client.GetProblemAsync("/api/v1/companies/twitch", System.Net.HttpStatusCode.NotFound);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<ImportReport> SyncAsync(CatalogFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncSeedsAsync();
    }

    private static async Task<List<string>> WarningsAsync(HttpClient client)
    {
        var sources = await client.GetOkAsync("/api/v1/sources");
        var id = (int)sources.Items().Single()["id"]!;
        var source = await client.GetOkAsync($"/api/v1/sources/{id}");
        return [.. source["warnings"]!.AsArray().Select(w => (string)w!)];
    }
}
