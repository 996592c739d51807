using System.Net;
using System.Text.Json.Nodes;
using GoAdoption.Api.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class SearchTests(SeededCatalog catalog)
{
    private readonly HttpClient _client = catalog.Client;

    [Theory]
    [InlineData("uber")]
    [InlineData("地理围栏")]
    public async Task Every_hit_links_to_something_a_client_can_fetch(string q)
    {
        var page = await SearchAsync(q);

        Assert.Contains(page.Items(), h => (string)h["type"]! is "use-case");
        foreach (var hit in page.Items())
        {
            using var response = await _client.GetAsync(new Uri((string)hit["url"]!, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{hit["type"]} {hit["url"]}: {response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("腾讯", "tencent")] // Chinese, two characters: below a trigram
    [InlineData("우버", "uber")] // Korean, two characters
    [InlineData("ウーバー", "uber")] // Japanese, through the trigram index
    [InlineData("TENCENT", "tencent")]
    public async Task A_company_is_found_by_any_of_its_names_first(string q, string slug)
    {
        var page = await SearchAsync(q);

        var first = page.Items().First();
        Assert.Equal("company", (string)first["type"]!);
        Assert.Equal(slug, (string)first["slug"]!);
        Assert.Null(first["id"]);
        Assert.Contains("<mark>", (string)first["snippet"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Geo_fence_finds_claims_with_marked_snippets_and_their_source_lines()
    {
        var page = await SearchAsync("geo-fence", "&type=claim&pageSize=100");

        Assert.NotEmpty(page.Items());
        foreach (var hit in page.Items())
        {
            Assert.Equal("claim", (string)hit["type"]!);
            var claim = await _client.GetOkAsync($"/api/v1/claims/{(int)hit["id"]!}");
            Assert.Equal((int)claim["lineStart"]!, (int)hit["lineStart"]!);
            Assert.Equal((string)claim["source"]!["fileName"]!, (string)hit["source"]!["fileName"]!);
            Assert.Contains("<mark>", (string)hit["snippet"]!, StringComparison.Ordinal);
            Assert.Contains("geo-fence", ((string)hit["snippet"]!).Replace("<mark>", "", StringComparison.Ordinal)
                .Replace("</mark>", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Three_character_chinese_goes_through_the_index_and_finds_passages_with_lines()
    {
        var page = await SearchAsync("腾讯云", "&type=passage");

        Assert.NotEmpty(page.Items());
        var hit = page.Items().First();
        Assert.Contains("<mark>腾讯云</mark>", (string)hit["snippet"]!, StringComparison.Ordinal);
        Assert.True((int)hit["lineStart"]! >= 1);
        Assert.NotNull((string?)hit["source"]!["fileName"]);
    }

    [Fact]
    public async Task Every_word_must_occur_and_a_page_past_the_end_is_empty_with_the_total()
    {
        var uber = (int)(await SearchAsync("uber"))["total"]!;
        var both = await SearchAsync("uber geo-fence", "&pageSize=100");
        var past = await SearchAsync("uber", "&page=100000");

        Assert.InRange((int)both["total"]!, 1, uber - 1);
        Assert.All(both.Items(), h => Assert.Contains("geo-fence", (string)h["snippet"]! + (string?)h["title"], StringComparison.OrdinalIgnoreCase));
        Assert.Empty(past.Items());
        Assert.Equal(uber, (int)past["total"]!);
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=", "q")]
    [InlineData("/api/v1/search?q=%20%20", "q")]
    [InlineData("/api/v1/search?q=go&type=person", "type")]
    [InlineData("/api/v1/search?q=go&pageSize=101", "pageSize")]
    public async Task Malformed_searches_are_400_naming_the_parameter(string url, string field)
    {
        var problem = await catalog.ProductionClient.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task A_query_longer_than_200_characters_is_400()
    {
        var problem = await _client.GetProblemAsync("/api/v1/search?q=" + new string('a', 201), HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("q"));
        await _client.GetOkAsync("/api/v1/search?q=" + new string('a', 200));
    }

    [Theory]
    [InlineData("\"geo")]
    [InlineData("AND OR NOT")]
    [InlineData("*")]
    [InlineData("%_")]
    [InlineData("uber)")]
    public async Task Query_syntax_characters_are_text_not_operators(string q)
    {
        await SearchAsync(q);
    }

    private async Task<JsonNode> SearchAsync(string q, string more = "") =>
        await _client.GetOkAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}{more}");
}

/// <summary>Search follows imports: each test imports its own folder.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public async Task Two_character_korean_finds_a_passage_and_a_changed_document_replaces_its_rows()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("ko.md", """
            # 지도 서비스

            우버는 Go로 지리 펜스 서비스를 다시 작성했다.
            """);
        using var client = factory.CreateClient();

        var before = await client.GetOkAsync("/api/v1/search?q=" + Uri.EscapeDataString("지리"));
        var hit = before.Items().Single(h => (string)h["type"]! == "passage");
        Assert.Equal(3, (int)hit["lineStart"]!);
        Assert.Equal("ko.md", (string)hit["source"]!["fileName"]!);
        Assert.Contains("<mark>지리</mark>", (string)hit["snippet"]!, StringComparison.Ordinal);

        factory.WriteSeed("ko.md", """
            # 결제 서비스

            Stripe runs its payment retry service in Go.
            """);
        await SyncAsync(factory);

        Assert.Equal(0, (int)(await client.GetOkAsync("/api/v1/search?q=" + Uri.EscapeDataString("지리")))["total"]!);
        Assert.Equal(0, (int)(await client.GetOkAsync("/api/v1/search?q=" + Uri.EscapeDataString("지도 서비스")))["total"]!);
        var stripe = await client.GetOkAsync("/api/v1/search?q=payment%20retry");
        Assert.Contains(stripe.Items(), h => (string)h["type"]! == "passage" && (int)h["lineStart"]! == 3);
    }

    [Fact]
    public async Task Snippets_escape_the_document_text()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("html.md", """
            # Notes

            Uber's <script>alert(1)</script> geo-fence & dispatch services are written in Go.
            """);
        using var client = factory.CreateClient();

        foreach (var q in new[] { "dispatch", "<s" })
        {
            var page = await client.GetOkAsync("/api/v1/search?type=passage&q=" + Uri.EscapeDataString(q));
            var snippet = (string)page.Items().Single()["snippet"]!;
            Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
            Assert.Contains("&lt;", snippet, StringComparison.Ordinal);
            Assert.Equal(2, snippet.Split("<mark>").Length);
        }
    }

    private static async Task SyncAsync(CatalogFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncSeedsAsync();
    }
}
