using System.Text;

namespace GoAdoption.Api.Tests;

/// <summary>A company's or project's detail stays small however often it is named: capped lists, counts and links.</summary>
public sealed class DetailLimitTests
{
    [Fact]
    public async Task A_company_named_in_hundreds_of_places_shows_the_first_hundred_with_counts_and_a_paged_list_of_all()
    {
        using var factory = new CatalogFactory();
        var text = new StringBuilder("# Zentrix notes\n\n");
        for (var i = 0; i < 150; i++)
            text.Append("Zentrix uses Go for service ").Append(i).Append(".\n\n");
        factory.WriteSeed("zentrix.md", text.ToString());
        using var client = factory.CreateClient();

        var detail = await client.GetOkAsync("/api/v1/companies/zentrix");
        var mentions = (int)detail["counts"]!["mentions"]!;

        Assert.True(mentions > 100, $"{mentions} mentions");
        Assert.Equal(100, detail["mentions"]!.AsArray().Count);
        Assert.True(detail["useCases"]!.AsArray().Count <= 100);
        Assert.Equal("/api/v1/claims?company=zentrix", (string)detail["links"]!["claims"]!);
        Assert.Equal("/api/v1/use-cases?company=zentrix", (string)detail["links"]!["useCases"]!);
        var last = await client.GetOkAsync((string)detail["links"]!["mentions"]! + "?pageSize=100&page=2");
        Assert.Equal(mentions, (int)last["total"]!);
        Assert.Equal(mentions - 100, last["items"]!.AsArray().Count);
        Assert.Equal(detail["mentions"]![0]!.ToJsonString(),
            (await client.GetOkAsync("/api/v1/companies/zentrix/mentions?pageSize=1"))["items"]![0]!.ToJsonString());
    }

    [Fact]
    public async Task Mentions_of_an_unknown_company_or_project_are_404()
    {
        using var factory = new CatalogFactory(importOnStart: false);
        using var client = factory.CreateClient();

        await client.GetProblemAsync("/api/v1/companies/nobody/mentions", System.Net.HttpStatusCode.NotFound);
        await client.GetProblemAsync("/api/v1/projects/nothing/mentions", System.Net.HttpStatusCode.NotFound);
    }
}
