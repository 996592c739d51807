using System.Net;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class LookupTests(SeededCatalog catalog)
{
    private readonly HttpClient _client = catalog.Client;

    [Theory]
    [InlineData("uber.com")]
    [InlineData("UBER.COM")]
    [InlineData("https://www.uber.com/us/en/ride/")]
    [InlineData("http://uber.com:8080?x=1")]
    [InlineData("eng.uber.com")]
    public async Task Website_finds_the_company_whatever_form_the_url_takes(string website)
    {
        var page = await _client.GetOkAsync("/api/v1/companies?website=" + Uri.EscapeDataString(website));

        Assert.Equal(["uber"], page.Strings("slug"));
    }

    [Fact]
    public async Task Website_of_no_company_is_an_empty_list_and_no_suffix_match()
    {
        Assert.Equal(0, (int)(await _client.GetOkAsync("/api/v1/companies?website=example.org"))["total"]!);
        Assert.Equal(0, (int)(await _client.GetOkAsync("/api/v1/companies?website=notuber.com"))["total"]!);
    }

    [Theory]
    [InlineData("not a host")]
    [InlineData("https://")]
    [InlineData("-uber.com")]
    public async Task Malformed_website_is_400_naming_it(string website)
    {
        var problem = await _client.GetProblemAsync("/api/v1/companies?website=" + Uri.EscapeDataString(website), HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey("website"));
    }

    [Fact]
    public async Task Every_company_with_a_website_is_found_by_it()
    {
        var companies = await _client.GetOkAsync("/api/v1/companies?pageSize=100");
        Assert.True((int)companies["total"]! <= 100, "raise the page loop when the catalog grows");

        foreach (var company in companies.Items().Where(c => c["website"] is not null))
        {
            var page = await _client.GetOkAsync("/api/v1/companies?website=" + Uri.EscapeDataString((string)company["website"]!));
            Assert.Contains((string)company["slug"]!, page.Strings("slug"));
        }
    }

    [Theory]
    [InlineData("finance", "")]
    [InlineData("finance", "&kind=company&sort=-useCaseCount")]
    [InlineData("cloud-infrastructure", "&country=cn")]
    public async Task A_domains_companies_are_the_companies_list_filtered_by_that_domain(string domain, string query)
    {
        var expected = await _client.GetOkAsync($"/api/v1/companies?domain={domain}&pageSize=100{query}");
        var actual = await _client.GetOkAsync($"/api/v1/domains/{domain}/companies?pageSize=100{query}");

        Assert.Equal(expected.ToJsonString(), actual.ToJsonString());
    }

    [Fact]
    public async Task A_domains_companies_page_like_any_list()
    {
        using var response = await _client.GetAsync(new Uri("/api/v1/domains/finance/companies?pageSize=2&page=2", UriKind.Relative));
        var link = string.Join(",", response.Headers.GetValues("Link"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/v1/domains/finance/companies?pageSize=2&page=1>; rel=\"prev\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_domain_is_404_and_bad_filters_400()
    {
        var missing = await _client.GetProblemAsync("/api/v1/domains/no-such-domain/companies", HttpStatusCode.NotFound);
        Assert.Contains("no-such-domain", (string)missing["detail"]!, StringComparison.Ordinal);

        var bad = await _client.GetProblemAsync("/api/v1/domains/finance/companies?pageSize=0", HttpStatusCode.BadRequest);
        Assert.True(bad["errors"]!.AsObject().ContainsKey("pageSize"));
    }
}
