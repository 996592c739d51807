using System.Net;

namespace GoAdoption.Api.Tests;

/// <summary>Malformed queries are the client's fault: 400 problem+json naming the field, never a 5xx, in either environment.</summary>
[Collection(SeededCatalogGroup.Name)]
public sealed class ValidationTests(SeededCatalog catalog)
{
    public static TheoryData<string, string, string> MalformedQueries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var environment in new[] { "Development", "Production" })
        {
            data.Add(environment, "/api/v1/companies?page=abc", "page");
            // No stored text holds a NUL, and PostgreSQL cannot take one as a value: refused wherever it is sent.
            data.Add(environment, "/api/v1/projects?category=%00", "category");
            data.Add(environment, "/api/v1/search?q=go%00lang", "q");
            data.Add(environment, "/api/v1/companies?page=0", "page");
            data.Add(environment, "/api/v1/companies?pageSize=0", "pageSize");
            data.Add(environment, "/api/v1/companies?pageSize=101", "pageSize");
            data.Add(environment, "/api/v1/companies?pageSize=99999999999", "pageSize");
            data.Add(environment, "/api/v1/companies?sort=bogus", "sort");
            data.Add(environment, "/api/v1/companies?sort=--name", "sort");
            data.Add(environment, "/api/v1/companies?domain=unknown-slug", "domain");
            data.Add(environment, "/api/v1/companies?country=China", "country");
            data.Add(environment, "/api/v1/companies?kind=person", "kind");
            data.Add(environment, "/api/v1/projects?writtenInGo=maybe", "writtenInGo");
            data.Add(environment, "/api/v1/projects?domain=nope", "domain");
            data.Add(environment, "/api/v1/projects?sort=-bogus", "sort");
            data.Add(environment, "/api/v1/use-cases?domain=nope", "domain");
            data.Add(environment, "/api/v1/use-cases?source=x", "source");
            data.Add(environment, "/api/v1/use-cases?pageSize=-5", "pageSize");
            data.Add(environment, "/api/v1/domains?sort=population", "sort");
            data.Add(environment, "/api/v1/sources?status=lost", "status");
            data.Add(environment, "/api/v1/sources?language=english", "language");
            data.Add(environment, "/api/v1/sources?page=1.5", "page");
            data.Add(environment, "/api/v1/claims?metric=speed", "metric");
            data.Add(environment, "/api/v1/claims?metric=StartupTime", "metric");
            data.Add(environment, "/api/v1/claims?statistic=p42", "statistic");
            data.Add(environment, "/api/v1/claims?consistency=maybe", "consistency");
            data.Add(environment, "/api/v1/claims?crossSource=agreed", "crossSource");
            data.Add(environment, "/api/v1/claims?domain=nope", "domain");
            data.Add(environment, "/api/v1/claims?minChangePercent=-101", "minChangePercent");
            data.Add(environment, "/api/v1/claims?maxChangePercent=1e9", "maxChangePercent");
            data.Add(environment, "/api/v1/claims?minChangePercent=abc", "minChangePercent");
            data.Add(environment, "/api/v1/claims?minChangePercent=10&maxChangePercent=-10", "maxChangePercent");
            data.Add(environment, "/api/v1/claims?source=0", "source");
            data.Add(environment, "/api/v1/claims?sort=result", "sort");
            data.Add(environment, "/api/v1/claims?pageSize=101", "pageSize");

            // Numbers as the OpenAPI document writes them: no hexadecimal, no group separators.
            data.Add(environment, "/api/v1/companies?page=0x10", "page");
            data.Add(environment, "/api/v1/companies?page=-9,0", "page");
            data.Add(environment, "/api/v1/claims?minChangePercent=NaN", "minChangePercent");
            data.Add(environment, "/api/v1/search?q=abc%00def", "q");

            // Valid UTF-8 that is no text: noncharacters cannot be normalized, and were a 500.
            data.Add(environment, "/api/v1/companies?q=%EF%BF%BF%EF%BF%BE", "q");
            data.Add(environment, "/api/v1/export/companies?q=%EF%BF%BF", "q");
            data.Add(environment, "/api/v1/search?q=go%EF%B7%90", "q");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task Malformed_query_is_a_400_problem_naming_the_field(string environment, string url, string field)
    {
        var client = environment == "Production" ? catalog.ProductionClient : catalog.Client;

        var problem = await client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"errors: {errors.ToJsonString()}");
        Assert.NotEmpty(errors[field]!.AsArray());
    }

    [Fact]
    public async Task A_nul_character_in_a_json_body_field_is_a_400_naming_that_field()
    {
        using var body = new StringContent("""{"company": "ub\u0000er"}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await catalog.Client.PostAsync(new Uri("/api/v1/replays", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("company"), errors.ToJsonString());
    }

    [Fact]
    public async Task Several_malformed_filters_are_all_reported_at_once()
    {
        var problem = await catalog.Client.GetProblemAsync("/api/v1/companies?pageSize=500&sort=bogus&domain=nope", HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("pageSize") && errors.ContainsKey("sort") && errors.ContainsKey("domain"), errors.ToJsonString());
    }

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task Unknown_route_is_a_404_problem(string environment)
    {
        var client = environment == "Production" ? catalog.ProductionClient : catalog.Client;

        await client.GetProblemAsync("/api/v1/sources/not-a-number", HttpStatusCode.NotFound);
    }
}
