using System.Net;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class DomainsAndSourcesEndpointTests(SeededCatalog catalog)
{
    private readonly HttpClient _client = catalog.Client;

    [Fact]
    public async Task Domains_list_the_whole_taxonomy_with_names_in_four_languages_and_counts()
    {
        var page = await _client.GetOkAsync("/api/v1/domains?pageSize=100");

        Assert.Equal(GoAdoption.Domain.Taxonomy.DomainTaxonomy.Slugs.Count, (int)page["total"]!);
        var finance = page.Items().Single(d => (string)d["slug"]! == "finance");
        Assert.Equal("金融与支付", (string)finance["names"]!["zh"]!);
        Assert.True((int)finance["companyCount"]! >= 8);
        Assert.True(finance.AsObject().ContainsKey("useCaseCount"));
        Assert.True(finance.AsObject().ContainsKey("projectCount"));
    }

    [Fact]
    public async Task Domains_q_matches_a_name_in_another_language()
    {
        var page = await _client.GetOkAsync("/api/v1/domains?q=" + Uri.EscapeDataString("金融"));

        Assert.Equal(["finance"], page.Strings("slug"));
    }

    [Fact]
    public async Task Sources_list_every_seed_document_as_imported_with_counts()
    {
        var page = await _client.GetOkAsync("/api/v1/sources?pageSize=100");
        var seeds = Directory.GetFiles(TestPaths.Seeds).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(seeds, page.Strings("fileName"));
        Assert.All(page.Items(), s =>
        {
            Assert.Equal("imported", (string)s["status"]!);
            Assert.True((int)s["mentionCount"]! > 0);
            Assert.NotNull((string?)s["language"]);
        });
    }

    [Fact]
    public async Task Source_detail_gives_title_language_counts_and_warnings()
    {
        var first = (await _client.GetOkAsync("/api/v1/sources?sort=name")).Items().First();
        var source = await _client.GetOkAsync($"/api/v1/sources/{(int)first["id"]!}");

        Assert.Equal((string)first["fileName"]!, (string)source["fileName"]!);
        Assert.False(string.IsNullOrWhiteSpace((string)source["title"]!));
        Assert.Equal("ko", (string)source["language"]!);
        Assert.True((int)source["companyCount"]! > 0);
        Assert.NotNull(source["warnings"]!.AsArray());
        Assert.Matches("^[0-9a-f]{64}$", (string)source["contentHash"]!);
    }

    [Fact]
    public async Task Sources_filter_by_language_and_status()
    {
        var chinese = await _client.GetOkAsync("/api/v1/sources?language=zh");
        var failed = await _client.GetOkAsync("/api/v1/sources?status=failed");

        Assert.NotEmpty(chinese.Items());
        Assert.All(chinese.Items(), s => Assert.Equal("zh", (string)s["language"]!));
        Assert.Empty(failed.Items());
    }

    [Fact]
    public async Task Unknown_source_id_is_a_404_problem() =>
        await _client.GetProblemAsync("/api/v1/sources/999999", HttpStatusCode.NotFound);
}
