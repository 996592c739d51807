using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GoAdoption.Api.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class ReplaysEndpointTests(SeededCatalog catalog)
{
    private const string Web3 = "003_1a5a6f47d61ed29a.txt";
    private static readonly string[] Verdicts = ["model-consistent", "inconsistent", "insufficient-data"];
    private static readonly string[] Labels = ["claimed", "derived", "assumed"];

    private readonly HttpClient _client = catalog.Client;

    private static async Task<JsonNode> PostOkAsync(HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"POST {url} {json} → {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    private static async Task<JsonObject> PostProblemAsync(HttpClient client, string url, string json, HttpStatusCode status)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(url, UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"POST {url} {json} → {(int)response.StatusCode}, expected {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    private static JsonNode UberGeoFence(JsonNode replay) =>
        replay["scenarios"]!.AsArray().Single(s => (string)s!["key"]! == $"uber@{Web3}:438")!;

    [Fact]
    public async Task Simulate_matches_the_erlang_c_check_value()
    {
        // c = 8, a = 6.4 erlangs at 18 ms: W = 23.149 ms by Erlang C.
        var body = await PostOkAsync(_client, "/api/v1/simulations",
            """{"arrivalRatePerSecond": 355.5555555555556, "servers": 8, "serviceTimeMs": 18, "distribution": "exponential", "requests": 400000, "seed": 3}""");

        var result = body["result"]!;
        Assert.InRange((double)result["meanMs"]!, 23.149 * 0.97, 23.149 * 1.03);
        Assert.InRange((double)result["utilization"]!, 0.78, 0.82);
        Assert.InRange((double)result["throughput"]!, 345, 366);
        Assert.True((double)result["p50Ms"]! <= (double)result["p95Ms"]! && (double)result["p95Ms"]! <= (double)result["p99Ms"]! && (double)result["p99Ms"]! <= (double)result["maxMs"]!);
        Assert.True((double)result["meanQueueLength"]! > 0);
        Assert.False((bool)result["saturated"]!);
        Assert.Equal(800_000, (long)body["engine"]!["events"]!);
        Assert.True((double)body["engine"]!["elapsedMs"]! > 0);
    }

    [Fact]
    public async Task Former_benchmarks_paths_answer_as_the_replay_paths_and_are_marked_deprecated()
    {
        const string Simulate = """{"arrivalRatePerSecond": 500, "servers": 2, "serviceTimeMs": 3, "distribution": "exponential", "requests": 20000, "seed": 5}""";
        const string Replay = """{"company": "uber", "seed": 3, "requests": 20000}""";

        Assert.Equal((await PostOkAsync(_client, "/api/v1/simulations", Simulate))["result"]!.ToJsonString(),
            (await PostOkAsync(_client, "/api/v1/benchmarks/simulate", Simulate))["result"]!.ToJsonString());
        Assert.Equal((await PostOkAsync(_client, "/api/v1/replays", Replay))["scenarios"]!.ToJsonString(),
            (await PostOkAsync(_client, "/api/v1/benchmarks/replay", Replay))["scenarios"]!.ToJsonString());

        var paths = (await _client.GetJsonAsync("/swagger/v1/swagger.json"))["paths"]!;
        Assert.True((bool?)paths["/api/v1/benchmarks/simulate"]!["post"]!["deprecated"]);
        Assert.True((bool?)paths["/api/v1/benchmarks/replay"]!["post"]!["deprecated"]);
        Assert.Null(paths["/api/v1/replays"]!["post"]!["deprecated"]);
        // Clients generated from the former paths keep their operation ids.
        Assert.Equal("simulateBenchmarks", (string?)paths["/api/v1/benchmarks/simulate"]!["post"]!["operationId"]);
        Assert.Equal("simulateReplays", (string?)paths["/api/v1/simulations"]!["post"]!["operationId"]);
    }

    [Fact]
    public async Task Simulate_gives_the_same_result_for_the_same_body()
    {
        const string Body = """{"arrivalRatePerSecond": 900, "servers": 4, "serviceTimeMs": 3, "distribution": "lognormal", "coefficientOfVariation": 1.5, "requests": 50000, "seed": 11}""";

        var first = await PostOkAsync(_client, "/api/v1/simulations", Body);
        var second = await PostOkAsync(_client, "/api/v1/simulations", Body);

        Assert.Equal(first["result"]!.ToJsonString(), second["result"]!.ToJsonString());
    }

    public static TheoryData<string, string, string> InvalidSimulations()
    {
        const string Ok = "\"arrivalRatePerSecond\": 100, \"servers\": 2, \"serviceTimeMs\": 5, \"distribution\": \"exponential\"";
        var data = new TheoryData<string, string, string>();
        foreach (var environment in new[] { "Development", "Production" })
        {
            data.Add(environment, """{"servers": 2, "serviceTimeMs": 5, "distribution": "exponential"}""", "arrivalRatePerSecond");
            data.Add(environment, """{"arrivalRatePerSecond": 0, "servers": 2, "serviceTimeMs": 5, "distribution": "exponential"}""", "arrivalRatePerSecond");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": 0, "serviceTimeMs": 5, "distribution": "exponential"}""", "servers");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": 100001, "serviceTimeMs": 5, "distribution": "exponential"}""", "servers");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": 2, "serviceTimeMs": -1, "distribution": "exponential"}""", "serviceTimeMs");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": 2, "serviceTimeMs": 5}""", "distribution");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": 2, "serviceTimeMs": 5, "distribution": "gamma"}""", "distribution");
            data.Add(environment, "{" + Ok + ", \"coefficientOfVariation\": 0.5}", "coefficientOfVariation");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": 2, "serviceTimeMs": 5, "distribution": "lognormal", "coefficientOfVariation": 11}""", "coefficientOfVariation");
            data.Add(environment, "{" + Ok + ", \"requests\": 0}", "requests");
            data.Add(environment, "{" + Ok + ", \"requests\": 1000001}", "requests");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": "many", "serviceTimeMs": 5, "distribution": "exponential"}""", "servers");
            data.Add(environment, "{" + Ok + ", \"seed\": -1}", "seed");

            // Accepted by a bare "greater than zero", these leave the simulated clock infinite and the figures unwritable.
            data.Add(environment, """{"arrivalRatePerSecond": 5e-324, "servers": 2, "serviceTimeMs": 5, "distribution": "exponential"}""", "arrivalRatePerSecond");
            data.Add(environment, """{"arrivalRatePerSecond": 100, "servers": 2, "serviceTimeMs": 5e-324, "distribution": "exponential"}""", "serviceTimeMs");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidSimulations))]
    public async Task Simulate_rejects_each_invalid_field_with_a_problem_naming_it(string environment, string json, string field)
    {
        var client = environment == "Production" ? catalog.ProductionClient : _client;

        var problem = await PostProblemAsync(client, "/api/v1/simulations", json, HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.Any(e => e.Key == field || e.Key == "$." + field), $"errors: {errors.ToJsonString()}");
    }

    [Fact]
    public async Task Replay_of_uber_shows_before_and_after_p99_the_implied_speedup_and_a_verdict()
    {
        var replay = await PostOkAsync(_client, "/api/v1/replays", """{"company": "uber", "seed": 1}""");

        var scenario = UberGeoFence(replay);
        Assert.Equal("model-consistent", (string)scenario["verdict"]!);
        Assert.Equal("Geo-fence Service", (string)scenario["system"]!);
        Assert.InRange((double)scenario["before"]!["p99Ms"]!, 119.4, 120.6);
        Assert.InRange((double)scenario["after"]!["p99Ms"]!, 17.9, 18.1);
        Assert.InRange((double)scenario["implied"]!["perRequestSpeedup"]!, 5.5, 8);
        Assert.NotNull(scenario["implied"]!["beforeHeadroom"]!["loadFactorAtUtilization90"]);
        Assert.All(scenario["inputs"]!.AsArray(), i => Assert.Contains((string)i!["label"]!, Labels));
        Assert.Contains(scenario["inputs"]!.AsArray(), i => (string)i!["name"]! == "arrivalRatePerSecond" && ((string)i["basis"]!).Contains("peak factor 3", StringComparison.Ordinal));
        Assert.Contains(scenario["claimed"]!.AsArray(), c => (string)c!["metric"]! == "instances" && (double)c["statedChangePercent"]! == -62);
        Assert.Contains(scenario["claimed"]!.AsArray(), c => (string)c!["unit"]! == "per_day");
        Assert.Contains(scenario["reasons"]!.AsArray(), r => ((string)r!).Contains("agree by construction", StringComparison.Ordinal));
        Assert.DoesNotContain("reproduc", replay.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        // The other Uber passages lack absolute figures: a reader is told what is missing.
        var bullet = replay["scenarios"]!.AsArray().Single(s => (string)s!["key"]! == "uber@002_fc441899caaa3e5c.txt:12")!;
        Assert.Equal("insufficient-data", (string)bullet["verdict"]!);
        Assert.StartsWith("No absolute latency figure", (string)bullet["reasons"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replaying_every_claim_gives_each_seed_company_with_claims_a_scenario_and_a_reasoned_verdict()
    {
        var companies = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var claims = await _client.GetOkAsync($"/api/v1/claims?pageSize=100&page={page}");
            foreach (var claim in claims.Items())
            {
                if (claim["company"] is { } company)
                    companies.Add((string)company["slug"]!);
            }

            if (page * 100 >= (int)claims["total"]!)
                break;
        }

        var replay = await PostOkAsync(_client, "/api/v1/replays", "{}");

        var scenarios = replay["scenarios"]!.AsArray().Select(s => s!).ToList();
        Assert.True(companies.Count >= 20, $"{companies.Count} companies with claims");
        Assert.All(companies, slug => Assert.Contains(scenarios, s => (string?)s["subjectSlug"] == slug && (string?)s["subjectKind"] == "company"));
        Assert.All(scenarios, s =>
        {
            Assert.Contains((string)s["verdict"]!, Verdicts);
            Assert.NotEmpty(s["reasons"]!.AsArray());
            Assert.All(s["reasons"]!.AsArray(), r => Assert.EndsWith(".", (string)r!, StringComparison.Ordinal));
            Assert.NotEmpty(s["claimed"]!.AsArray());
        });
        Assert.Contains(scenarios, s => (string)s["verdict"]! == "model-consistent");
        Assert.Contains(scenarios, s => (string)s["verdict"]! == "insufficient-data");
    }

    [Fact]
    public async Task Same_seed_twice_gives_byte_identical_scenarios()
    {
        // Different seeds from every other test, so the first answer is computed rather than cached.
        var first = await PostOkAsync(_client, "/api/v1/replays", """{"company": "uber", "seed": 7001, "requests": 50000}""");
        var second = await PostOkAsync(_client, "/api/v1/replays", """{"company": "uber", "seed": 7001, "requests": 50000}""");
        var fresh = await PostOkAsync(_client, "/api/v1/replays", """{"company": "uber", "seed": 7002, "requests": 50000}""");

        Assert.True((int)first["engine"]!["runs"]! > 0);
        Assert.Equal(first["scenarios"]!.ToJsonString(), second["scenarios"]!.ToJsonString());
        Assert.NotEqual(first["scenarios"]!.ToJsonString(), fresh["scenarios"]!.ToJsonString());
    }

    [Fact]
    public async Task A_repeated_replay_is_served_from_the_cache_without_running_the_engine()
    {
        const string Body = """{"company": "uber", "seed": 7100}""";
        var cold = await PostOkAsync(_client, "/api/v1/replays", Body);
        var cached = await PostOkAsync(_client, "/api/v1/replays", Body);

        var count = cached["scenarios"]!.AsArray().Count;
        Assert.True((int)cold["engine"]!["runs"]! > 0);
        Assert.Equal(0, (int)cold["engine"]!["cachedScenarios"]!);
        Assert.Equal(0, (int)cached["engine"]!["runs"]!);
        Assert.Equal(count, (int)cached["engine"]!["cachedScenarios"]!);
    }

    [Fact]
    public async Task Get_replay_of_a_claim_replays_its_passage_with_defaults()
    {
        var claims = await _client.GetOkAsync("/api/v1/claims?company=uber&metric=latency&pageSize=100");
        var claim = claims.Items().Single(c => (int)c["lineStart"]! == 438 && (string)c["source"]!["fileName"]! == Web3);

        var replay = await _client.GetOkAsync($"/api/v1/claims/{(int)claim["id"]!}/replay");

        var scenario = Assert.Single(replay["scenarios"]!.AsArray())!;
        Assert.Equal($"uber@{Web3}:438", (string)scenario["key"]!);
        Assert.Equal("model-consistent", (string)scenario["verdict"]!);
        Assert.Equal(
            UberGeoFence(await PostOkAsync(_client, "/api/v1/replays", """{"company": "uber"}""")).ToJsonString(),
            scenario.ToJsonString());
    }

    [Fact]
    public async Task A_what_if_load_factor_and_servers_change_the_runs_but_not_the_verdict()
    {
        var replay = await PostOkAsync(_client, "/api/v1/replays", """{"company": "uber", "loadFactor": 3, "requests": 50000}""");

        var scenario = UberGeoFence(replay);
        Assert.Equal("model-consistent", (string)scenario["verdict"]!);
        Assert.True((bool)scenario["before"]!["saturated"]!);
        Assert.Contains(scenario["reasons"]!.AsArray(), r => ((string)r!).StartsWith("What-if (3×", StringComparison.Ordinal));

        var overridden = UberGeoFence(await PostOkAsync(_client, "/api/v1/replays", """{"company": "uber", "servers": 2000, "requests": 50000}"""));
        Assert.Equal(2000, (int)overridden["before"]!["servers"]!);
        Assert.Equal(2000, (int)overridden["after"]!["servers"]!);
    }

    [Theory]
    [InlineData("/api/v1/replays", """{"company": "no-such-company"}""")]
    [InlineData("/api/v1/replays", """{"project": "no-such-project"}""")]
    [InlineData("/api/v1/replays", """{"claimIds": [1, 99999999]}""")]
    public async Task Unknown_company_project_or_claim_is_a_404_problem(string url, string json)
    {
        var problem = await PostProblemAsync(_client, url, json, HttpStatusCode.NotFound);

        Assert.Contains("No ", (string)problem["detail"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replay_listing_far_too_many_claims_is_refused_on_its_count_alone()
    {
        var json = """{"claimIds": [""" + string.Join(',', Enumerable.Repeat("0", 200_000)) + "]}";

        var problem = await PostProblemAsync(_client, "/api/v1/replays", json, HttpStatusCode.BadRequest);

        // One error for the list, none for each of its 200,000 zeros.
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["claimIds"], errors.Select(e => e.Key));
    }

    [Fact]
    public async Task Replay_of_an_unknown_claim_is_a_404_problem()
    {
        await _client.GetProblemAsync("/api/v1/claims/99999999/replay", HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"requests": 0}""", "requests")]
    [InlineData("""{"requests": 500001}""", "requests")]
    [InlineData("""{"loadFactor": 0}""", "loadFactor")]
    [InlineData("""{"loadFactor": 101}""", "loadFactor")]
    [InlineData("""{"servers": 0}""", "servers")]
    [InlineData("""{"claimIds": []}""", "claimIds")]
    [InlineData("""{"claimIds": [0]}""", "claimIds[0]")]
    [InlineData("""{"domain": "nope"}""", "domain")]
    [InlineData("""{"company": " "}""", "company")]
    [InlineData("""{"loadFactor": "lots"}""", "loadFactor")]
    [InlineData("""{"loadFactor": 5e-324}""", "loadFactor")]
    public async Task Replay_rejects_each_invalid_field_with_a_problem_naming_it(string json, string field)
    {
        var problem = await PostProblemAsync(_client, "/api/v1/replays", json, HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.Any(e => e.Key == field || e.Key == "$." + field), $"errors: {errors.ToJsonString()}");
    }

    [Theory]
    [InlineData("?loadFactor=0", "loadFactor")]
    [InlineData("?requests=999999", "requests")]
    [InlineData("?servers=-1", "servers")]
    [InlineData("?seed=abc", "seed")]
    [InlineData("?loadFactor=5e-324", "loadFactor")]
    [InlineData("?loadFactor=NaN", "loadFactor")]
    [InlineData("?loadFactor=1,5", "loadFactor")]
    [InlineData("?requests=0x10", "requests")]
    public async Task Get_replay_rejects_each_invalid_parameter_with_a_problem_naming_it(string query, string field)
    {
        var problem = await _client.GetProblemAsync("/api/v1/claims/1/replay" + query, HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task An_import_that_changes_a_claim_invalidates_the_cached_replay()
    {
        await using var factory = new CatalogFactory();
        var original = await File.ReadAllTextAsync(Path.Combine(TestPaths.Seeds, Web3));
        factory.WriteSeed(Web3, original);
        using var client = factory.CreateClient();
        const string Body = """{"company": "uber", "requests": 50000}""";

        var before = UberGeoFence(await PostOkAsync(client, "/api/v1/replays", Body));
        var cached = await PostOkAsync(client, "/api/v1/replays", Body);
        Assert.Equal(before.ToJsonString(), UberGeoFence(cached).ToJsonString());
        Assert.Equal(0, (int)cached["engine"]!["runs"]!);

        factory.WriteSeed(Web3, original.Replace("P99 延迟从 120ms 降至 18ms", "P99 延迟从 150ms 降至 18ms", StringComparison.Ordinal));
        await using (var scope = factory.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<CatalogImporter>().SyncSeedsAsync();

        var after = await PostOkAsync(client, "/api/v1/replays", Body);
        Assert.True((int)after["engine"]!["runs"]! > 0);
        Assert.Contains(after["scenarios"]!.AsArray(), s => (double?)s!["before"]?["p99Ms"] is > 149 and < 151);
    }
}
