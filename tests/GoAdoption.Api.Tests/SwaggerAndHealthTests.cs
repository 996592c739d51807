using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class SwaggerAndHealthTests(SeededCatalog catalog)
{
    private static readonly string[] Endpoints =
    [
        "/api/v1/companies", "/api/v1/companies/{slug}", "/api/v1/companies/{slug}/mentions", "/api/v1/projects", "/api/v1/projects/{slug}",
        "/api/v1/projects/{slug}/mentions",
        "/api/v1/use-cases", "/api/v1/use-cases/{id}", "/api/v1/domains", "/api/v1/sources", "/api/v1/sources/{id}", "/api/v1/claims", "/api/v1/claims/{id}",
        "/api/v1/claims/{id}/replay", "/api/v1/simulations", "/api/v1/replays", "/api/v1/benchmarks/simulate", "/api/v1/benchmarks/replay",
        "/api/v1/domains/{slug}/companies", "/api/v1/search", "/api/v1/export/companies", "/api/v1/export/projects",
        "/api/v1/export/use-cases", "/api/v1/export/claims", "/api/v1/export/sources",
    ];

    private static readonly string[] DocumentForms = ["markdown", "web-page", "plain-text"];

    [Fact]
    public async Task Swagger_document_lists_every_endpoint_with_summary_and_each_status_code()
    {
        var document = await catalog.ProductionClient.GetJsonAsync("/swagger/v1/swagger.json");
        var paths = document["paths"]!.AsObject();

        Assert.Equal(Endpoints.Order(StringComparer.Ordinal), paths.Select(p => p.Key).Order(StringComparer.Ordinal));
        foreach (var (path, item) in paths)
        {
            // The benchmarks take a JSON body: POST, with no query parameters.
            var get = item!["get"] ?? item["post"]!;
            Assert.False(string.IsNullOrWhiteSpace((string?)get["summary"]), path);
            var responses = get["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("200"), path);
            Assert.True(responses.ContainsKey(path.EndsWith('}') ? "404" : "400"), path);
            Assert.All(get["parameters"]?.AsArray() ?? [], p => Assert.False(string.IsNullOrWhiteSpace((string?)p!["description"]), $"{path} {p!["name"]}"));
        }
    }

    [Fact]
    public async Task Swagger_schemas_mark_always_present_properties_required_and_enums_kebab_case()
    {
        var schemas = (await catalog.ProductionClient.GetJsonAsync("/swagger/v1/swagger.json"))["components"]!["schemas"]!;

        var required = schemas["CompanySummary"]!["required"]!.AsArray().Select(r => (string)r!).ToList();
        Assert.Contains("slug", required);
        Assert.Contains("sourceCount", required);
        Assert.DoesNotContain("country", required);
        Assert.Equal(["imported", "stale", "failed"], schemas["SourceStatus"]!["enum"]!.AsArray().Select(e => (string)e!));
        Assert.Contains("web-page", schemas["DocumentForm"]!["enum"]!.AsArray().Select(e => (string)e!));
        Assert.Equal(["ms", "bytes", "per_second", "per_day", "percent", "count", "bytes_per_second"], schemas["ClaimUnit"]!["enum"]!.AsArray().Select(e => (string)e!));
        Assert.Contains("startup-time", schemas["ClaimMetric"]!["enum"]!.AsArray().Select(e => (string)e!));
        Assert.Contains("p999", schemas["ClaimStatistic"]!["enum"]!.AsArray().Select(e => (string)e!));
        var claim = schemas["ClaimResponse"]!["required"]!.AsArray().Select(r => (string)r!).ToList();
        Assert.Contains("metric", claim);
        Assert.Contains("crossSource", claim);
        Assert.DoesNotContain("baseline", claim);
    }

    [Fact]
    public async Task Get_with_the_current_etag_is_304_not_modified()
    {
        using var first = await catalog.Client.GetAsync(new Uri("/api/v1/companies/uber", UriKind.Relative));
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/companies/uber", UriKind.Relative));
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await catalog.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/v1/companies/uber", HttpStatusCode.NotModified)]
    [InlineData("/api/v1/companies/no-such-company", HttpStatusCode.NotFound)]
    public async Task If_none_match_any_is_304_for_a_resource_that_exists_and_404_for_one_that_does_not(string url, HttpStatusCode expected)
    {
        // Asked twice without the header first, so the output cache holds the answer and is asked too.
        for (var i = 0; i < 2; i++)
            using (await catalog.Client.GetAsync(new Uri(url, UriKind.Relative))) { }
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("If-None-Match", "*");

        using var response = await catalog.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.NotModified)
        {
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Swagger_ui_is_served()
    {
        using var response = await catalog.ProductionClient.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("swagger-ui", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_names_its_server_by_path_never_by_the_host_a_client_sends()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/swagger/v1/swagger.json");
        request.Headers.Host = "evil.example";
        using var response = await catalog.ProductionClient.SendAsync(request);
        var document = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("/", (string?)document["servers"]![0]!["url"]);
    }

    [Theory]
    [InlineData("/api/v1/companies", true)]
    [InlineData("/api/v1/companies/no-such-company", true)]
    [InlineData("/api/v1/companies?page=abc", true)]
    [InlineData("/swagger/index.html", false)]
    public async Task Every_answer_forbids_sniffing_framing_and_referrers_and_varies_by_encoding(string url, bool withPolicy)
    {
        using var response = await catalog.ProductionClient.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);

        // Swagger UI runs its own scripts; the API's answers load none.
        Assert.Equal(withPolicy, response.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_report_healthy(string url)
    {
        using var response = await catalog.Client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_startup_import_runs_after_the_server_answers_and_ready_says_so_until_it_is_done()
    {
        using var factory = new CatalogFactory(waitForStartupImport: false);
        factory.WriteSeed("zentrix.md", "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go.\n");
        // Another process importing into the same catalog holds its lock: the startup import waits for it.
        var held = await factory.HoldImportLockAsync();
        using var client = factory.CreateClient();

        using (var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using (var importing = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, importing.StatusCode);
            Assert.Equal("Degraded", await importing.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, (int)(await client.GetOkAsync("/api/v1/sources"))["total"]!);

        await held.DisposeAsync();
        await factory.Services.GetRequiredService<GoAdoption.Api.Importing.StartupImport>().Completion.WaitAsync(TimeSpan.FromMinutes(1));

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        await client.GetOkAsync("/api/v1/companies/zentrix");
    }

    [SqliteFact]
    public async Task Ready_turns_unhealthy_when_the_catalog_file_is_gone_while_live_stays_up()
    {
        using var factory = new CatalogFactory(importOnStart: false);
        using var client = factory.CreateClient();
        using (var before = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        // SQLite would open the missing file as a new, empty database: only a query of the catalog notices.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(factory.DatabasePath);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [SqliteTheory]
    [InlineData("/api/v1/companies")]
    [InlineData("/api/v1/claims")]
    [InlineData("/api/v1/export/claims?format=csv")]
    [InlineData("/api/v1/export/companies")]
    public async Task With_the_catalog_file_gone_no_answer_is_a_cacheable_success(string url)
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("zentrix.md", "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go. P99 latency dropped from 120 ms to 18 ms.\n");
        using var client = factory.CreateClient();

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(factory.DatabasePath);
        using var response = await client.GetAsync(new Uri(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "fresh=1", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.True((int)response.StatusCode >= 500 || response.Headers.CacheControl?.NoStore == true || response.Headers.CacheControl?.NoCache == true,
            $"{(int)response.StatusCode} {response.Headers.CacheControl}: {body[..Math.Min(200, body.Length)]}");
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Responses_use_camel_case_and_kebab_case_enums()
    {
        var source = (await catalog.Client.GetOkAsync("/api/v1/sources?sort=name")).Items().First().AsObject();

        Assert.True(source.ContainsKey("fileName"));
        Assert.Contains((string)source["form"]!, DocumentForms);
    }
}
