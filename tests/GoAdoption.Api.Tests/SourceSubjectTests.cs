namespace GoAdoption.Api.Tests;

/// <summary>What a document is about is stored on its source, and its figures fall back to it.</summary>
public sealed class SourceSubjectTests
{
    private const string CaseStudy = """
        ---
        title: "Zentrix Grows with Go"
        company: Zentrix
        ---

        ## Background

        We rewrote our billing service in Go last year. The p99 latency went from 300 ms to 40 ms.
        """;

    private const string Readme = """
        # fastqueue

        A job queue written in Go, with retries and rate limits.

        Install it from [fastqueue](https://github.com/acme-labs/fastqueue).
        """;

    private const string Survey = """
        # Notes on Go

        Go compiles quickly and ships as a single binary.
        """;

    [Fact]
    public async Task A_case_study_names_its_company_as_subject_and_its_figures_go_to_it()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("zentrix.md", CaseStudy);
        using var client = factory.CreateClient();

        var source = await SourceAsync(client, "zentrix.md");
        var subject = source["subject"]!;
        Assert.Equal("company", (string)subject["kind"]!);
        Assert.Equal("zentrix", (string)subject["slug"]!);
        Assert.Contains(subject["reasons"]!.AsArray(), r => ((string)r!).StartsWith("front matter company", StringComparison.Ordinal));

        var claims = await client.GetOkAsync("/api/v1/claims?company=zentrix");
        var claim = Assert.Single(claims.Items());
        Assert.Equal(300, (double)claim["baseline"]!);
        Assert.Equal(40, (double)claim["result"]!);
    }

    [Fact]
    public async Task A_readme_is_about_its_project_and_the_project_keeps_its_repository()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("README.md", Readme);
        using var client = factory.CreateClient();

        var source = await SourceAsync(client, "README.md");
        Assert.Equal("project", (string)source["subject"]!["kind"]!);
        var project = await client.GetOkAsync($"/api/v1/projects/{(string)source["subject"]!["slug"]!}");
        Assert.Equal("acme-labs/fastqueue", (string?)project["repository"]);
    }

    [Fact]
    public async Task A_document_about_no_one_has_no_subject()
    {
        using var factory = new CatalogFactory();
        factory.WriteSeed("notes.md", Survey);
        using var client = factory.CreateClient();

        var source = await SourceAsync(client, "notes.md");
        Assert.Null(source["subject"]);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> SourceAsync(HttpClient client, string fileName)
    {
        var sources = await client.GetOkAsync("/api/v1/sources?pageSize=100");
        var id = (int)sources.Items().Single(s => (string)s["fileName"]! == fileName)["id"]!;
        return await client.GetOkAsync($"/api/v1/sources/{id}");
    }
}
