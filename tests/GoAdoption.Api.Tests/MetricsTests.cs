using System.Net;
using System.Text;

namespace GoAdoption.Api.Tests;

/// <summary>
/// OpenTelemetry's meter providers listen to meters by name across the process: other test hosts importing or serving
/// at the same moment would add to, or retire, the series these tests read, so they run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsAlone
{
    public const string Name = "metrics";
}

/// <summary>An operator's scraper reads /metrics: the catalog's own work is there in Prometheus's text format.</summary>
[Collection(MetricsAlone.Name)]
public sealed class MetricsTests
{
    private const string Document = "# Zentrix\n\nZentrix rewrote its billing service in Go.\n";

    [Fact]
    public async Task Metrics_count_imported_documents_by_outcome_and_requests_by_route()
    {
        await using var factory = new CatalogFactory();
        factory.WriteSeed("zentrix.md", Document);
        factory.WriteSeed("empty.md", "");
        await factory.SyncSeedsAsync();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative))).StatusCode);

        await ScrapeUntilAsync(client,
            @"goadoption_import_documents_total\{[^}]*outcome=""added""[^}]*\} 1(\s|$)",
            @"goadoption_import_documents_total\{[^}]*outcome=""rejected""[^}]*\} [1-9]",
            @"goadoption_import_duration_seconds_count\{[^}]*kind=""folder""[^}]*\} [1-9]",
            @"http_server_request_duration_seconds_count\{[^}]*http_route=""api/v1/companies""");
    }

    [Fact]
    public async Task Metrics_count_cache_hits_and_misses_and_simulation_runs()
    {
        await using var factory = new CatalogFactory();
        using var client = factory.CreateClient();
        // Two pages past the end of one list: each needs the list's total, counted for the first and recalled for the second.
        await client.GetAsync(new Uri("/api/v1/use-cases?page=2&pageSize=1", UriKind.Relative));
        await client.GetAsync(new Uri("/api/v1/use-cases?page=3&pageSize=1", UriKind.Relative));
        using var body = new StringContent("""{"arrivalRatePerSecond": 100, "servers": 2, "serviceTimeMs": 5, "distribution": "exponential", "requests": 1000}""",
            Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(new Uri("/api/v1/simulations", UriKind.Relative), body)).StatusCode);

        await ScrapeUntilAsync(client,
            @"goadoption_cache_lookups_total\{[^}]*cache=""list_totals""[^}]*result=""miss""[^}]*\} 1(\s|$)",
            @"goadoption_cache_lookups_total\{[^}]*cache=""list_totals""[^}]*result=""hit""[^}]*\} 1(\s|$)",
            @"goadoption_simulation_runs_total\{[^}]*kind=""simulate""[^}]*\} 1(\s|$)");
    }

    [Fact]
    public async Task Metrics_count_documents_sent_and_removed_over_http_and_replays_from_their_cache()
    {
        await using var factory = new CatalogFactory(settings: SourceWriteTests.Keys());
        factory.WriteSeed("uber.md", "# Uber\n\nUber moved its geo-fence service to Go; p99 latency fell from 120 ms to 18 ms.\n");
        using var client = factory.CreateClient();
        using var added = await client.SendAsync(SourceWriteTests.Send(HttpMethod.Post, "/api/v1/sources?fileName=zentrix.md", Document));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (int)System.Text.Json.Nodes.JsonNode.Parse(await added.Content.ReadAsStringAsync())!["source"]!["id"]!;
        using var removed = await client.SendAsync(SourceWriteTests.Send(HttpMethod.Delete, $"/api/v1/sources/{id}", null));
        Assert.True(removed.IsSuccessStatusCode, removed.StatusCode.ToString());
        // The same replay twice: run once, then answered from the replay cache.
        for (var i = 0; i < 2; i++)
        {
            using var body = new StringContent("""{"company": "uber"}""", Encoding.UTF8, "application/json");
            using var replay = await client.PostAsync(new Uri("/api/v1/replays", UriKind.Relative), body);
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        }

        await ScrapeUntilAsync(client,
            @"goadoption_import_documents_total\{[^}]*outcome=""added""[^}]*\} 2(\s|$)",
            @"goadoption_import_documents_total\{[^}]*outcome=""removed""[^}]*\} 1(\s|$)",
            @"goadoption_import_duration_seconds_count\{[^}]*kind=""upload""[^}]*\} 2(\s|$)",
            @"goadoption_cache_lookups_total\{[^}]*cache=""replays""[^}]*result=""miss""[^}]*\} [1-9]",
            @"goadoption_cache_lookups_total\{[^}]*cache=""replays""[^}]*result=""hit""[^}]*\} [1-9]",
            @"goadoption_simulation_runs_total\{[^}]*kind=""replay""[^}]*\} [1-9]");
    }

    // A request's duration is recorded as it ends, and the exporter keeps a scrape for a moment: the figures settle
    // within a second, so the scrape is read again until every pattern is there (or the last one is reported).
    private static async Task ScrapeUntilAsync(HttpClient client, params string[] patterns)
    {
        var text = "";
        for (var attempt = 0; attempt < 50; attempt++)
        {
            using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
            text = await response.Content.ReadAsStringAsync();
            if (patterns.All(p => System.Text.RegularExpressions.Regex.IsMatch(text, p)))
                return;
            await Task.Delay(100);
        }

        Assert.All(patterns, p => Assert.Matches(p, text));
    }
}
