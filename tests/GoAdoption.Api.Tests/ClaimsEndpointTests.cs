using System.Net;
using System.Text.Json.Nodes;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class ClaimsEndpointTests(SeededCatalog catalog)
{
    private const string Web3 = "003_1a5a6f47d61ed29a.txt";
    private const double GiB = 1024d * 1024d * 1024d;

    private static readonly string[] Units = ["ms", "bytes", "per_second", "per_day", "percent", "count", "bytes_per_second"];
    private static readonly string[] Consistencies = ["consistent", "inconsistent", "unchecked"];
    private static readonly string[] CrossSources = ["corroborated", "conflicting", "single"];
    private static readonly string[] Bounds = ["exact", "at-least", "at-most", "approximately"];

    private readonly HttpClient _client = catalog.Client;

    private async Task<List<JsonNode>> AllAsync(string query = "")
    {
        var page = await _client.GetOkAsync($"/api/v1/claims?pageSize=100{query}");
        Assert.True((int)page["total"]! <= 100, "the seeds have more claims than one page; page through them");
        return page.Items().ToList();
    }

    private async Task<JsonNode> UberAtLineAsync(int line, string metric) =>
        (await AllAsync($"&company=uber&metric={metric}")).Single(c => (int)c["lineStart"]! == line && (string)c["source"]!["fileName"]! == Web3);

    [Theory]
    [InlineData("")]
    [InlineData("&sort=-changePercent")]
    [InlineData("&sort=company&domain=finance")]
    public async Task Paging_through_claims_visits_each_claim_once_in_the_exports_order(string query)
    {
        var exported = (await _client.GetOkAsync($"/api/v1/export/claims?format=json{query}")).AsArray().Select(c => (int)c!["id"]!).ToList();

        var paged = new List<int>();
        for (var page = 1; ; page++)
        {
            var items = (await _client.GetOkAsync($"/api/v1/claims?pageSize=7&page={page}{query}")).Items().ToList();
            paged.AddRange(items.Select(c => (int)c["id"]!));
            if (items.Count < 7)
                break;
        }

        Assert.NotEmpty(exported);
        Assert.Equal(exported, paged);
    }

    [Fact]
    public async Task Every_claim_has_a_metric_unit_provenance_and_wire_names_from_the_issue()
    {
        var claims = await AllAsync();

        Assert.True(claims.Count >= 72, $"{claims.Count} claims");
        Assert.All(claims, c =>
        {
            Assert.Contains((string)c["unit"]!, Units);
            Assert.Contains((string)c["consistency"]!, Consistencies);
            Assert.Contains((string)c["crossSource"]!, CrossSources);
            Assert.Contains((string)c["bound"]!, Bounds);
            Assert.InRange((int)c["lineStart"]!, 1, (int)c["lineEnd"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)c["quote"]!));
            Assert.True((int)c["source"]!["id"]! > 0);
        });
        Assert.Contains(claims, c => (string)c["metric"]! == "startup-time");
        Assert.Contains(claims, c => (string)c["metric"]! == "gc-pause");
    }

    [Fact]
    public async Task Uber_geo_fence_p99_latency_is_120_to_18_ms_consistent_at_minus_85_migrated_from_java()
    {
        // Stated in prose (line 438) and again in the table under it (line 441): one claim.
        var p99 = await UberAtLineAsync(438, "latency");
        Assert.Equal(441, (int)Assert.Single(p99["restatedAt"]!.AsArray())!["lineStart"]!);

        Assert.Equal("Geo-fence Service", (string)p99["system"]!);
        Assert.Equal("p99", (string)p99["statistic"]!);
        Assert.Equal(120, (double)p99["baseline"]!);
        Assert.Equal(18, (double)p99["result"]!);
        Assert.Equal("ms", (string)p99["unit"]!);
        Assert.Equal(-85, (double)p99["statedChangePercent"]!);
        Assert.Equal(-85, (double)p99["changePercent"]!, 6);
        Assert.Equal("consistent", (string)p99["consistency"]!);
        Assert.Equal("Java", (string)p99["migratedFrom"]!);
    }

    [Fact]
    public async Task Uber_geo_fence_memory_is_in_bytes_and_startup_in_ms()
    {
        var memory = await UberAtLineAsync(442, "memory");
        Assert.Equal("bytes", (string)memory["unit"]!);
        Assert.Equal(Math.Round(2.4 * GiB), (double)memory["baseline"]!);
        Assert.Equal(Math.Round(0.6 * GiB), (double)memory["result"]!);
        Assert.Equal("consistent", (string)memory["consistency"]!);

        var startup = await UberAtLineAsync(443, "startup-time");
        Assert.Equal("ms", (string)startup["unit"]!);
        Assert.Equal(42_000, (double)startup["baseline"]!);
        Assert.Equal(300, (double)startup["result"]!);
        Assert.Equal(-99, (double)startup["statedChangePercent"]!);
        Assert.Equal(-99.29, (double)startup["changePercent"]!, 2);
        Assert.Equal("consistent", (string)startup["consistency"]!);
        Assert.Equal("Java", (string)startup["migratedFrom"]!);
    }

    [Fact]
    public async Task Uber_geo_fence_instances_and_daily_volume_are_read_from_the_prose()
    {
        var instances = await UberAtLineAsync(438, "instances");
        Assert.Equal(-62, (double)instances["statedChangePercent"]!);
        Assert.Equal("percent", (string)instances["unit"]!);
        Assert.Equal("unchecked", (string)instances["consistency"]!);

        var volume = await UberAtLineAsync(438, "volume");
        Assert.Equal(4.2e8, (double)volume["result"]!);
        Assert.Equal("per_day", (string)volume["unit"]!);
        Assert.Equal("Geo-fence Service", (string)volume["system"]!);
    }

    [Fact]
    public async Task An_inconsistent_claim_shows_the_computed_change()
    {
        var inconsistent = await AllAsync("&consistency=inconsistent");

        Assert.NotEmpty(inconsistent);
        Assert.All(inconsistent, c =>
        {
            Assert.Equal("inconsistent", (string)c["consistency"]!);
            Assert.NotNull(c["changePercent"]);
        });
        var stw = inconsistent.Single(c => (int)c["lineStart"]! == 130);
        Assert.Equal(-76, (double)stw["statedChangePercent"]!);
        Assert.Equal(-76.67, (double)stw["changePercent"]!, 2);
    }

    [Fact]
    public async Task Detail_returns_the_claim_and_an_unknown_id_is_a_404_problem()
    {
        var listed = await UberAtLineAsync(438, "latency");
        var id = (int)listed["id"]!;

        var detail = await _client.GetOkAsync($"/api/v1/claims/{id}");

        Assert.Equal(listed.ToJsonString(), detail.ToJsonString());
        var problem = await _client.GetProblemAsync("/api/v1/claims/999999", HttpStatusCode.NotFound);
        Assert.Contains("999999", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("company", "uber")]
    [InlineData("project", "prometheus")]
    public async Task Company_and_project_filters_keep_only_that_subject(string filter, string slug)
    {
        var claims = await AllAsync($"&{filter}={slug}");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(slug, (string)c[filter]!["slug"]!));
    }

    [Theory]
    [InlineData("metric", "throughput")]
    [InlineData("metric", "startup-time")]
    [InlineData("statistic", "p99")]
    [InlineData("consistency", "consistent")]
    [InlineData("consistency", "unchecked")]
    [InlineData("crossSource", "conflicting")]
    public async Task Enum_filters_keep_only_claims_with_that_value(string filter, string value)
    {
        var claims = await AllAsync($"&{filter}={value}");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(value, (string)c[filter]!));
    }

    [Fact]
    public async Task MigratedFrom_filter_matches_the_language_whatever_its_case()
    {
        var lower = await AllAsync("&migratedFrom=java");
        var upper = await AllAsync("&migratedFrom=JAVA");

        Assert.NotEmpty(lower);
        Assert.Equal(lower.Select(c => (int)c["id"]!), upper.Select(c => (int)c["id"]!));
        Assert.All(lower, c => Assert.Equal("java", ((string)c["migratedFrom"]!).ToLowerInvariant()));
    }

    [Fact]
    public async Task Domain_filter_matches_the_domains_of_the_claims_company_or_project()
    {
        var claims = await AllAsync("&domain=finance");

        Assert.NotEmpty(claims);
        foreach (var claim in claims)
        {
            var owner = claim["company"] is { } company
                ? await _client.GetOkAsync($"/api/v1/companies/{(string)company["slug"]!}")
                : await _client.GetOkAsync($"/api/v1/projects/{(string)claim["project"]!["slug"]!}");
            var domains = owner["domains"]!.AsArray().Select(d => (string)d!).ToList();
            if (!domains.Contains("finance") && claim["company"] is not null && claim["project"] is { } project)
                domains = (await _client.GetOkAsync($"/api/v1/projects/{(string)project["slug"]!}"))["domains"]!.AsArray().Select(d => (string)d!).ToList();
            Assert.Contains("finance", domains);
        }
    }

    [Fact]
    public async Task Source_filter_keeps_only_claims_read_from_that_document()
    {
        var source = (await _client.GetOkAsync($"/api/v1/sources?q={Web3}")).Items().Single();
        var id = (int)source["id"]!;

        var claims = await AllAsync($"&source={id}");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(id, (int)c["source"]!["id"]!));
    }

    [Fact]
    public async Task Change_bounds_keep_claims_whose_computed_change_is_within_them()
    {
        var claims = await AllAsync("&minChangePercent=-90&maxChangePercent=-50");

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.InRange((double)c["changePercent"]!, -90, -50));
        Assert.Contains(claims, c => (int)c["lineStart"]! == 438);
    }

    [Fact]
    public async Task Sort_by_descending_change_puts_the_largest_rise_first_and_claims_without_a_change_last()
    {
        var claims = await AllAsync("&sort=-changePercent");

        var changes = claims.Select(c => (double?)c["changePercent"]).ToList();
        var known = changes.TakeWhile(c => c is not null).Select(c => c!.Value).ToList();
        Assert.True(known.Count >= 10);
        Assert.All(changes.Skip(known.Count), c => Assert.Null(c));
        Assert.Equal(known.OrderByDescending(c => c), known);
    }

    [Fact]
    public async Task Sort_by_metric_is_deterministic_with_ties_broken_by_id()
    {
        var first = (await AllAsync("&sort=metric")).Select(c => ((string)c["metric"]!, (int)c["id"]!)).ToList();
        var again = (await AllAsync("&sort=metric")).Select(c => ((string)c["metric"]!, (int)c["id"]!)).ToList();

        Assert.Equal(first, again);
        for (var i = 1; i < first.Count; i++)
        {
            if (first[i].Item1 == first[i - 1].Item1)
                Assert.True(first[i].Item2 > first[i - 1].Item2);
        }
    }

    [Fact]
    public async Task Paging_splits_the_list_with_links_and_a_page_past_the_end_is_empty()
    {
        var total = (int)(await _client.GetOkAsync("/api/v1/claims?pageSize=1"))["total"]!;
        using var response = await _client.GetAsync(new Uri("/api/v1/claims?page=2&pageSize=10&sort=-changePercent", UriKind.Relative));
        var link = string.Join(",", response.Headers.GetValues("Link"));
        var page2 = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var past = await _client.GetOkAsync($"/api/v1/claims?page={total + 1}&pageSize=1");

        Assert.Equal(10, page2.Items().Count());
        Assert.Equal(2, (int)page2["page"]!);
        Assert.Contains("rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("sort=-changePercent", link, StringComparison.Ordinal);
        Assert.Empty(past.Items());
        Assert.Equal(total, (int)past["total"]!);
    }

    [Fact]
    public async Task Company_detail_lists_its_claims()
    {
        var uber = await _client.GetOkAsync("/api/v1/companies/uber");

        var claims = uber["claims"]!.AsArray();
        Assert.True(claims.Count >= 9, $"{claims.Count} claims");
        Assert.All(claims, c => Assert.Equal("uber", (string)c!["company"]!["slug"]!));
        Assert.Contains(claims, c => (string)c!["metric"]! == "startup-time" && (double)c["result"]! == 300);
    }

    [Fact]
    public async Task Project_detail_lists_its_claims()
    {
        var prometheus = await _client.GetOkAsync("/api/v1/projects/prometheus");

        var claims = prometheus["claims"]!.AsArray();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("prometheus", (string)c!["project"]!["slug"]!));
    }

    [Fact]
    public async Task Seeds_twitch_chat_and_metadata_systems_do_not_conflict()
    {
        var twitch = await AllAsync("&company=twitch");

        Assert.Contains(twitch, c => ((string?)c["system"])?.Contains("聊天", StringComparison.Ordinal) == true);
        Assert.Contains(twitch, c => ((string?)c["system"])?.Contains("元数据", StringComparison.Ordinal) == true);
        Assert.All(twitch, c => Assert.NotEqual("conflicting", (string)c["crossSource"]!));
    }
}
