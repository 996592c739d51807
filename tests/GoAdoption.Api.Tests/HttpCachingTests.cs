using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using GoAdoption.Api.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

/// <summary>ETags and 304s, Cache-Control, the output cache and its eviction on import, compression, Link headers.</summary>
[Collection(SeededCatalogGroup.Name)]
public sealed class HttpCachingTests(SeededCatalog catalog)
{
    private const string UberOnly = """
        # Notes

        Uber runs hundreds of services written in Go.
        """;

    private const string UberAndTwitch = """
        # More notes

        - Uber wrote its geo-fence service in Go.
        - Twitch rewrote its chat system in Go.
        """;

    public static TheoryData<string> Lists =>
    [
        "/api/v1/companies?sort=name", "/api/v1/projects?sort=-useCaseCount", "/api/v1/use-cases?sort=company",
        "/api/v1/domains?sort=slug", "/api/v1/sources?status=imported", "/api/v1/claims?metric=latency",
    ];

    public static TheoryData<string> Details =>
        ["/api/v1/companies/uber", "/api/v1/projects/kubernetes", "/api/v1/domains/finance/companies"];

    [Theory]
    [MemberData(nameof(Lists))]
    [MemberData(nameof(Details))]
    public async Task A_get_carries_a_weak_etag_and_public_cache_control_and_answers_304_to_it(string url)
    {
        using var first = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        AssertCatalogCacheControl(first);

        using var second = await GetAsync(catalog.Client, url, request => request.Headers.IfNoneMatch.Add(etag));

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
        AssertCatalogCacheControl(second);
    }

    [Fact]
    public async Task Claim_and_source_details_answer_304_to_their_etag()
    {
        var claimId = (int)(await catalog.Client.GetOkAsync("/api/v1/claims?pageSize=1")).Items().Single()["id"]!;
        var sourceId = (int)(await catalog.Client.GetOkAsync("/api/v1/sources?pageSize=1")).Items().Single()["id"]!;
        foreach (var url in new[] { $"/api/v1/claims/{claimId}", $"/api/v1/sources/{sourceId}" })
        {
            using var first = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));
            using var second = await GetAsync(catalog.Client, url, request => request.Headers.IfNoneMatch.Add(first.Headers.ETag!));
            Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        }
    }

    [Fact]
    public async Task Another_urls_etag_or_an_error_gets_no_304()
    {
        using var companies = await catalog.Client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));

        using var other = await GetAsync(catalog.Client, "/api/v1/companies?page=2", r => r.Headers.IfNoneMatch.Add(companies.Headers.ETag!));
        using var notFound = await GetAsync(catalog.Client, "/api/v1/companies/no-such-company", r => r.Headers.IfNoneMatch.Add(companies.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(companies.Headers.ETag, other.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Null(notFound.Headers.ETag);
        Assert.True(notFound.Headers.CacheControl?.NoCache);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_is_never_cached(string url)
    {
        using var response = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Ping_is_the_cheapest_json_answer()
    {
        var ping = await catalog.Client.GetOkAsync("/health/ping");

        Assert.Equal("ok", (string)ping["status"]!);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Json_and_problem_responses_are_compressed_for_clients_that_ask(string coding)
    {
        foreach (var (url, status) in new[] { ("/api/v1/companies?pageSize=50", HttpStatusCode.OK), ("/api/v1/companies?pageSize=500", HttpStatusCode.BadRequest) })
        {
            using var response = await GetAsync(catalog.Client, url, r => r.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding)));

            Assert.Equal(status, response.StatusCode);
            Assert.Equal([coding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            await using var body = await response.Content.ReadAsStreamAsync();
            await using Stream decoded = coding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
            var json = await JsonNode.ParseAsync(decoded);
            Assert.NotNull(json);
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Every_list_links_first_prev_next_and_last_keeping_its_filters(string url)
    {
        using var response = await catalog.Client.GetAsync(new Uri(url + "&pageSize=2&page=2", UriKind.Relative));
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var total = (int)page["total"]!;
        Assert.True(total >= 5, $"{url} has {total} items; the test needs at least 5");

        var links = ParseLinks(string.Join(", ", response.Headers.GetValues("Link")));

        Assert.Equal(["first", "prev", "next", "last"], links.Keys);
        var expected = new Dictionary<string, int> { ["first"] = 1, ["prev"] = 1, ["next"] = 3, ["last"] = (total + 1) / 2 };
        var filter = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..];
        foreach (var (rel, target) in links)
        {
            Assert.StartsWith(url[..url.IndexOf('?', StringComparison.Ordinal)] + "?", target, StringComparison.Ordinal);
            Assert.Contains(filter, target, StringComparison.Ordinal);
            Assert.Contains("pageSize=2", target, StringComparison.Ordinal);
            Assert.EndsWith($"page={expected[rel]}", target, StringComparison.Ordinal);
        }

        // The last link leads to the last non-empty page.
        var last = await catalog.Client.GetOkAsync(links["last"]);
        Assert.NotEmpty(last.Items());
    }

    [Fact]
    public async Task First_and_only_pages_link_no_prev_or_next()
    {
        using var first = await catalog.Client.GetAsync(new Uri("/api/v1/domains?pageSize=2", UriKind.Relative));
        using var only = await catalog.Client.GetAsync(new Uri("/api/v1/domains?pageSize=100", UriKind.Relative));

        Assert.Equal(["first", "next", "last"], ParseLinks(string.Join(", ", first.Headers.GetValues("Link"))).Keys);
        Assert.Equal(["first", "last"], ParseLinks(string.Join(", ", only.Headers.GetValues("Link"))).Keys);
    }

    [Fact]
    public async Task A_url_is_kept_in_the_output_cache_from_its_second_request_and_served_from_memory_after()
    {
        // A URL of its own, so other tests' requests cannot have stored it already.
        var url = $"/api/v1/companies?q=uber&client={Guid.NewGuid():N}";

        using var first = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var third = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var fourth = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Null(first.Headers.Age); // asked for once: answered afresh and not stored
        Assert.Null(second.Headers.Age); // asked for again: answered afresh and stored
        Assert.NotNull(third.Headers.Age);
        Assert.NotNull(fourth.Headers.Age);
        var body = await first.Content.ReadAsStringAsync();
        Assert.Contains("\"uber\"", body, StringComparison.Ordinal);
        foreach (var later in new[] { second, third, fourth })
            Assert.Equal(body, await later.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_import_that_changes_a_document_changes_the_etag_and_evicts_cached_responses()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", UberOnly);
        using var client = factory.CreateClient();
        const string url = "/api/v1/companies/uber";

        using var first = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var stored = await client.GetAsync(new Uri(url, UriKind.Relative));
        using var repeated = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Null(first.Headers.Age);
        Assert.NotNull(repeated.Headers.Age); // served by the output cache
        Assert.Equal(first.Headers.ETag, repeated.Headers.ETag);

        // A sync that changes nothing keeps both the tag and the cached response.
        Assert.All((await SyncAsync(factory)).Documents, d => Assert.Equal(ImportOutcome.Unchanged, d.Outcome));
        using var unchanged = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(first.Headers.ETag, unchanged.Headers.ETag);
        Assert.NotNull(unchanged.Headers.Age);

        factory.WriteSeed("b.md", UberAndTwitch);
        Assert.Equal(ImportOutcome.Added, (await SyncAsync(factory)).Documents.Single(d => d.FileName == "b.md").Outcome);

        using var after = await GetAsync(client, url, r => r.Headers.IfNoneMatch.Add(first.Headers.ETag!));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Null(after.Headers.Age);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Equal(2, (int)JsonNode.Parse(await after.Content.ReadAsStringAsync())!["sourceCount"]!);
        Assert.Equal(1, (int)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["sourceCount"]!);
    }

    [Fact]
    public async Task An_import_by_another_process_is_noticed_by_polling_the_catalog_version()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("a.md", UberOnly);
        using var polling = factory.WithWebHostBuilder(b => b.UseSetting("Catalog:VersionPollSeconds", "1"));
        using var client = polling.CreateClient();
        using var before = await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));

        // What the import command does to the file, from outside this host's services.
        await factory.ExecuteSqlAsync("""UPDATE "CatalogState" SET "Value" = '12345' WHERE "Key" = 'version'""");

        EntityTagHeaderValue? etag = before.Headers.ETag;
        for (var attempt = 0; attempt < 100 && Equals(etag, before.Headers.ETag); attempt++)
        {
            await Task.Delay(100);
            using var response = await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));
            etag = response.Headers.ETag;
        }
        Assert.NotEqual(before.Headers.ETag, etag);
    }

    private static void AssertCatalogCacheControl(HttpResponseMessage response)
    {
        var cacheControl = response.Headers.CacheControl;
        Assert.NotNull(cacheControl);
        Assert.True(cacheControl.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), cacheControl.MaxAge);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, Action<HttpRequestMessage> configure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        configure(request);
        return await client.SendAsync(request);
    }

    private static async Task<ImportReport> SyncAsync(CatalogFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncSeedsAsync();
    }

    /// <summary>rel → target of an RFC 8288 Link header, in header order.</summary>
    private static Dictionary<string, string> ParseLinks(string header) =>
        header.Split(", ")
            .Select(part => part.Split("; "))
            .ToDictionary(p => p[1]["rel=\"".Length..^1], p => p[0][1..^1]);
}
