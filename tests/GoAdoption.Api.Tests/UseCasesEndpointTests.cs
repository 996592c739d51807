namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class UseCasesEndpointTests(SeededCatalog catalog)
{
    private readonly HttpClient _client = catalog.Client;

    [Fact]
    public async Task Every_use_case_carries_its_source_line_range_and_quote()
    {
        var page = await _client.GetOkAsync("/api/v1/use-cases?pageSize=100");

        Assert.True((int)page["total"]! > 0);
        Assert.All(page.Items(), u =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string)u["system"]!));
            Assert.True((int)u["source"]!["id"]! > 0);
            Assert.InRange((int)u["lineStart"]!, 1, (int)u["lineEnd"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)u["quote"]!));
        });
    }

    [Fact]
    public async Task One_use_case_is_fetched_by_its_id_as_the_list_shows_it_and_an_unknown_id_is_a_404_problem()
    {
        var listed = (await _client.GetOkAsync("/api/v1/use-cases?pageSize=1")).Items().Single();

        var one = await _client.GetOkAsync($"/api/v1/use-cases/{(int)listed["id"]!}");

        Assert.Equal(listed.ToJsonString(), one.ToJsonString());
        await _client.GetProblemAsync("/api/v1/use-cases/99999999", System.Net.HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Company_filter_keeps_only_that_companys_use_cases()
    {
        var page = await _client.GetOkAsync("/api/v1/use-cases?company=uber");

        Assert.NotEmpty(page.Items());
        Assert.All(page.Items(), u => Assert.Equal("uber", (string)u["company"]!["slug"]!));
    }

    [Fact]
    public async Task Project_filter_keeps_only_use_cases_of_that_project()
    {
        var page = await _client.GetOkAsync("/api/v1/use-cases?project=kubernetes");

        Assert.NotEmpty(page.Items());
        Assert.All(page.Items(), u => Assert.Equal("kubernetes", (string)u["project"]!["slug"]!));
    }

    [Fact]
    public async Task Domain_filter_keeps_only_use_cases_in_that_domain()
    {
        var page = await _client.GetOkAsync("/api/v1/use-cases?domain=finance&pageSize=100");

        Assert.NotEmpty(page.Items());
        Assert.All(page.Items(), u => Assert.Equal("finance", (string)u["domain"]!));
    }

    [Fact]
    public async Task MigratedFrom_filter_matches_the_language_whatever_its_case()
    {
        var lower = await _client.GetOkAsync("/api/v1/use-cases?migratedFrom=java&pageSize=100");
        var upper = await _client.GetOkAsync("/api/v1/use-cases?migratedFrom=JAVA&pageSize=100");

        Assert.NotEmpty(lower.Items());
        Assert.Equal(lower.Strings("system"), upper.Strings("system"));
        Assert.All(lower.Items(), u => Assert.Equal("java", ((string)u["migratedFrom"]!).ToLowerInvariant()));
    }

    [Fact]
    public async Task MigratedFrom_filter_takes_any_name_of_the_language()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("notes.md", """
            # Notes

            Uber moved its billing service from C# to Go.
            """);
        using var client = factory.CreateClient();

        foreach (var name in new[] { ".NET", "dotnet", "c%23" })
        {
            var page = await client.GetOkAsync($"/api/v1/use-cases?migratedFrom={name}");
            Assert.Equal([".NET"], page.Items().Select(u => (string)u["migratedFrom"]!));
        }

        Assert.Empty((await client.GetOkAsync("/api/v1/use-cases?migratedFrom=java")).Items());
    }

    [Fact]
    public async Task Sort_by_name_orders_by_system_with_ties_broken_by_id()
    {
        var items = (await _client.GetOkAsync("/api/v1/use-cases?sort=name&pageSize=100")).Items()
            .Select(u => (System: (string)u["system"]!, Id: (int)u["id"]!)).ToList();
        var again = (await _client.GetOkAsync("/api/v1/use-cases?sort=name&pageSize=100")).Items()
            .Select(u => (System: (string)u["system"]!, Id: (int)u["id"]!)).ToList();

        Assert.Equal(items, again);
        for (var i = 1; i < items.Count; i++)
        {
            if (items[i].System == items[i - 1].System)
                Assert.True(items[i].Id > items[i - 1].Id);
        }
    }
}
