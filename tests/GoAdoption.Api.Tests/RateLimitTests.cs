using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GoAdoption.Api.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

/// <summary>What one client may cost: a token bucket on every route, slots for simulations, 429 problems with Retry-After.</summary>
public sealed class RateLimitTests
{
    private static CatalogFactory Limited(params (string Key, string Value)[] limits)
    {
        var settings = SourceWriteTests.Keys(limits.ToDictionary(l => l.Key, l => (string?)l.Value));
        return new CatalogFactory(importOnStart: false, settings: settings);
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "Retry-After is missing");
        Assert.Equal(429, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!);
    }

    [Fact]
    public async Task A_client_past_its_burst_gets_429_with_retry_after_and_a_client_with_a_key_is_counted_apart()
    {
        using var factory = Limited(("RateLimits:Burst", "3"), ("RateLimits:RequestsPerSecond", "1"));
        using var client = factory.CreateClient();

        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }
        using (var refused = await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative)))
            await AssertTooManyAsync(refused);

        using var withKey = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/companies", UriKind.Relative));
        withKey.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "read-key-for-tests");
        using var keyed = await client.SendAsync(withKey);
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_escape_its_bucket_by_forging_x_forwarded_for_when_no_proxy_is_configured()
    {
        using var factory = Limited(("RateLimits:Burst", "2"), ("RateLimits:RequestsPerSecond", "1"));
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var forged in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/companies", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", forged);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task A_simulation_when_the_servers_slots_and_queue_are_full_is_429_and_reads_still_answer()
    {
        using var factory = Limited(("RateLimits:Simulations", "1"), ("RateLimits:SimulationQueue", "0"));
        using var client = factory.CreateClient();
        var slots = factory.Services.GetRequiredService<RateLimits.ServerSimulations>().Limiter;

        using (var held = slots.AttemptAcquire())
        {
            Assert.True(held.IsAcquired);
            using var refused = await client.PostAsJsonAsync(new Uri("/api/v1/simulations", UriKind.Relative),
                new { arrivalRatePerSecond = 100, servers = 2, serviceTimeMs = 5, requests = 1000, distribution = "exponential" });
            await AssertTooManyAsync(refused);
            using var read = await client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }

        using var served = await client.PostAsJsonAsync(new Uri("/api/v1/simulations", UriKind.Relative),
            new { arrivalRatePerSecond = 100, servers = 2, serviceTimeMs = 5, requests = 1000, distribution = "exponential" });
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_replay_whose_client_went_away_stops_and_frees_its_slot_long_before_it_would_have_ended()
    {
        using var factory = new CatalogFactory(settings: new Dictionary<string, string?> { ["RateLimits:Simulations"] = "1" });
        factory.WriteSeed("zentrix.md", "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go. P99 latency dropped from 120 ms to 18 ms at 50,000 QPS.\n");
        using var client = factory.CreateClient();
        var slots = factory.Services.GetRequiredService<RateLimits.ServerSimulations>().Limiter;
        Uri replay = new("/api/v1/replays", UriKind.Relative);

        // How long the heaviest replay of this claim takes here, run to the end (another seed below, so nothing is cached).
        var full = System.Diagnostics.Stopwatch.StartNew();
        using (var whole = await client.PostAsJsonAsync(replay, new { requests = 500_000, servers = 100_000, seed = 1 }))
            Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        full.Stop();

        var cancelled = System.Diagnostics.Stopwatch.StartNew();
        using var cancel = new CancellationTokenSource(full.Elapsed / 5);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.PostAsJsonAsync(replay, new { requests = 500_000, servers = 100_000, seed = 2 }, cancel.Token));
        while (slots.GetStatistics()!.CurrentAvailablePermits == 0 && cancelled.Elapsed < full.Elapsed)
            await Task.Delay(10);

        Assert.Equal(1, slots.GetStatistics()!.CurrentAvailablePermits);
        Assert.True(cancelled.Elapsed < full.Elapsed * 0.6, $"slot freed after {cancelled.Elapsed}, a whole replay takes {full.Elapsed}");
    }

    [Theory]
    [InlineData("1000")]    // its reported runs alone (2 × 1,000) exceed it: refused before any work
    [InlineData("2001")]    // its calibration runs take it there
    public async Task A_replay_over_the_simulated_requests_budget_of_one_call_is_422_naming_requests(string budget)
    {
        using var factory = new CatalogFactory(settings: new Dictionary<string, string?> { ["RateLimits:MaxSimulatedRequestsPerCall"] = budget });
        factory.WriteSeed("zentrix.md", "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go. P99 latency dropped from 120 ms to 18 ms at 50,000 QPS.\n");
        using var client = factory.CreateClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/replays", UriKind.Relative), new { requests = 1000 });
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("MaxSimulatedRequestsPerCall", (string)problem["errors"]!["requests"]![0]!, StringComparison.Ordinal);
    }
}
