using System.Net;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class ProjectsEndpointTests(SeededCatalog catalog)
{
    private readonly HttpClient _client = catalog.Client;

    [Fact]
    public async Task Seeds_yield_at_least_twenty_five_projects()
    {
        var page = await _client.GetOkAsync("/api/v1/projects");

        Assert.True((int)page["total"]! >= 25, $"total = {page["total"]}");
        foreach (var field in new[] { "slug", "name", "aliases", "category", "writtenInGo", "domains", "sourceCount", "useCaseCount", "companyCount" })
            Assert.True(page.Items().First().AsObject().ContainsKey(field), $"missing {field}");
    }

    [Fact]
    public async Task Kubernetes_detail_says_it_is_written_in_go_and_who_uses_it_with_provenance()
    {
        var kubernetes = await _client.GetOkAsync("/api/v1/projects/kubernetes");

        Assert.True((bool)kubernetes["writtenInGo"]!);
        Assert.False(string.IsNullOrEmpty((string?)kubernetes["category"]));
        Assert.NotEmpty(kubernetes["usedBy"]!.AsArray());
        Assert.NotEmpty(kubernetes["mentions"]!.AsArray());
        Assert.All(kubernetes["useCases"]!.AsArray(), u => Assert.Equal("kubernetes", (string)u!["project"]!["slug"]!));
    }

    [Fact]
    public async Task WrittenInGo_false_lists_projects_written_in_other_languages()
    {
        var page = await _client.GetOkAsync("/api/v1/projects?writtenInGo=false&pageSize=100");

        Assert.Contains("tikv", page.Strings("slug"));
        Assert.Contains("envoy", page.Strings("slug"));
        Assert.All(page.Items(), p => Assert.False((bool)p["writtenInGo"]!));
    }

    [Fact]
    public async Task Company_filter_lists_the_projects_a_company_uses()
    {
        var page = await _client.GetOkAsync("/api/v1/projects?company=google&pageSize=100");

        Assert.NotEmpty(page.Items());
        foreach (var slug in page.Strings("slug"))
        {
            var detail = await _client.GetOkAsync($"/api/v1/projects/{slug}");
            Assert.Contains("google", detail["usedBy"]!.AsArray().Select(c => (string)c!["slug"]!));
        }
    }

    [Fact]
    public async Task Sort_by_use_case_count_descending_is_ordered()
    {
        var counts = (await _client.GetOkAsync("/api/v1/projects?sort=-useCaseCount&pageSize=100")).Items()
            .Select(p => (int)p["useCaseCount"]!).ToList();

        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task Q_finds_a_project_by_alias()
    {
        var page = await _client.GetOkAsync("/api/v1/projects?q=k8s");

        Assert.Contains("kubernetes", page.Strings("slug"));
    }

    [Fact]
    public async Task Unknown_project_slug_is_a_404_problem() =>
        await _client.GetProblemAsync("/api/v1/projects/no-such-project", HttpStatusCode.NotFound);
}
