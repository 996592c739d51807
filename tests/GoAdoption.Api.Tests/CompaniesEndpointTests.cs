using System.Globalization;
using System.Net;

namespace GoAdoption.Api.Tests;

[Collection(SeededCatalogGroup.Name)]
public sealed class CompaniesEndpointTests(SeededCatalog catalog)
{
    private readonly HttpClient _client = catalog.Client;

    private static readonly string[] FinanceCompanies =
        ["bank-of-china", "china-merchants-bank", "citic-securities", "coinbase", "icbc", "paypal", "ping-an", "stripe"];

    [Fact]
    public async Task Seeds_yield_at_least_forty_companies_in_the_list_envelope()
    {
        var page = await _client.GetOkAsync("/api/v1/companies");

        Assert.True((int)page["total"]! >= 40, $"total = {page["total"]}");
        Assert.Equal(1, (int)page["page"]!);
        Assert.Equal(20, (int)page["pageSize"]!);
        Assert.Equal(20, page.Items().Count());
        var first = page.Items().First();
        foreach (var field in new[] { "slug", "name", "kind", "aliases", "domains", "country", "website", "sourceCount", "useCaseCount" })
            Assert.True(first.AsObject().ContainsKey(field), $"missing {field}");
    }

    [Fact]
    public async Task Finance_domain_filter_returns_exactly_the_finance_companies_by_their_own_industry()
    {
        var companies = await _client.GetOkAsync("/api/v1/companies?domain=finance&kind=company&pageSize=100");
        Assert.Equal(FinanceCompanies, companies.Strings("slug").Order(StringComparer.Ordinal));

        // Without the kind filter the one finance product, WeChat Pay, joins them and nothing else does: Tencent runs a
        // finance use-case (WeChat Pay's risk engine) but is not a finance company, since the filter is a company's own industry.
        var all = await _client.GetOkAsync("/api/v1/companies?domain=finance&pageSize=100");
        Assert.Equal(FinanceCompanies.Append("wechat-pay").Order(StringComparer.Ordinal), all.Strings("slug").Order(StringComparer.Ordinal));
        Assert.All(all.Items(), c => Assert.Contains("finance", c["domains"]!.AsArray().Select(d => (string)d!)));
        Assert.DoesNotContain("tencent", all.Strings("slug"));
    }

    [Fact]
    public async Task No_alias_names_two_companies()
    {
        var page = await _client.GetOkAsync("/api/v1/companies?pageSize=100");
        Assert.True((int)page["total"]! <= 100, "raise the page loop when the catalog grows");

        var owners = page.Items()
            .SelectMany(c => c["aliases"]!.AsArray().Select(a => (string)a!).Append((string)c["name"]!)
                .Select(n => n.ToLower(CultureInfo.InvariantCulture)).Distinct().Select(n => (Name: n, Slug: (string)c["slug"]!)))
            .GroupBy(x => x.Name)
            .Where(g => g.Select(x => x.Slug).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Slug))}")
            .ToList();
        Assert.Empty(owners);
    }

    [Theory]
    [InlineData("腾讯", "tencent")]
    [InlineData("TENCENT", "tencent")]
    [InlineData("우버", "uber")]
    [InlineData("ウーバー", "uber")]
    [InlineData("招商银行", "china-merchants-bank")]
    public async Task Q_finds_a_company_by_name_or_alias_in_any_script(string q, string slug)
    {
        var page = await _client.GetOkAsync($"/api/v1/companies?q={Uri.EscapeDataString(q)}");

        Assert.Contains(slug, page.Strings("slug"));
    }

    [Fact]
    public async Task Country_filter_is_case_insensitive_and_keeps_only_that_country()
    {
        var page = await _client.GetOkAsync("/api/v1/companies?country=cn&pageSize=100");

        Assert.Contains("tencent", page.Strings("slug"));
        Assert.All(page.Items(), c => Assert.Equal("CN", (string)c["country"]!));
    }

    [Fact]
    public async Task MigratedFrom_filter_finds_companies_that_moved_a_system_off_java()
    {
        var page = await _client.GetOkAsync("/api/v1/companies?migratedFrom=java&pageSize=100");

        Assert.Contains("uber", page.Strings("slug"));
        foreach (var slug in page.Strings("slug"))
        {
            var useCases = await _client.GetOkAsync($"/api/v1/use-cases?company={slug}&migratedFrom=JAVA");
            Assert.True((int)useCases["total"]! > 0, slug);
        }
    }

    [Fact]
    public async Task Project_filter_finds_the_companies_whose_use_cases_involve_it()
    {
        var project = await _client.GetOkAsync("/api/v1/projects/kubernetes");
        var expected = project["usedBy"]!.AsArray().Select(c => (string)c!["slug"]!).Order(StringComparer.Ordinal).ToList();

        var page = await _client.GetOkAsync("/api/v1/companies?project=kubernetes&pageSize=100");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, page.Strings("slug").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sort_by_name_descending_reverses_ascending_and_sourceCount_sort_is_ordered()
    {
        var ascending = (await _client.GetOkAsync("/api/v1/companies?sort=name&pageSize=100")).Strings("name");
        var descending = (await _client.GetOkAsync("/api/v1/companies?sort=-name&pageSize=100")).Strings("name");
        var bySources = (await _client.GetOkAsync("/api/v1/companies?sort=-sourceCount&pageSize=100")).Items()
            .Select(c => (int)c["sourceCount"]!).ToList();

        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
        Assert.Equal(bySources.OrderDescending(), bySources);
    }

    [Fact]
    public async Task Name_sort_ignores_case()
    {
        var names = (await _client.GetOkAsync("/api/v1/companies?sort=name&pageSize=100")).Strings("name");

        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
    }

    [Fact]
    public async Task Pages_do_not_overlap_and_together_cover_the_list()
    {
        var all = (await _client.GetOkAsync("/api/v1/companies?pageSize=100")).Strings("slug");
        var paged = new List<string>();
        for (var page = 1; page <= (all.Count + 6) / 7; page++)
            paged.AddRange((await _client.GetOkAsync($"/api/v1/companies?pageSize=7&page={page}")).Strings("slug"));

        Assert.Equal(all, paged);
    }

    [Fact]
    public async Task Page_past_the_end_is_empty_with_the_real_total_and_a_link_header()
    {
        using var response = await _client.GetAsync(new Uri("/api/v1/companies?page=2147483647&pageSize=100", UriKind.Relative));
        var page = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.Items());
        Assert.True((int)page["total"]! >= 40);
        var link = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"last\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uber_detail_has_mentions_from_three_sources_with_line_ranges_and_quotes()
    {
        var uber = await _client.GetOkAsync("/api/v1/companies/uber");

        Assert.Equal("Uber", (string)uber["name"]!);
        Assert.Equal("company", (string)uber["kind"]!);
        var mentions = uber["mentions"]!.AsArray().Select(m => m!).ToList();
        Assert.True(mentions.Select(m => (int)m["source"]!["id"]!).Distinct().Count() >= 3);
        Assert.True((int)uber["sourceCount"]! >= 3);
        Assert.All(mentions, m =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string)m["source"]!["fileName"]!));
            Assert.False(string.IsNullOrWhiteSpace((string)m["source"]!["title"]!));
            Assert.InRange((int)m["lineStart"]!, 1, (int)m["lineEnd"]!);
            Assert.False(string.IsNullOrWhiteSpace((string)m["quote"]!));
        });
        Assert.NotEmpty(uber["useCases"]!.AsArray());
        Assert.All(uber["useCases"]!.AsArray(), u => Assert.Equal("uber", (string)u!["company"]!["slug"]!));
        Assert.NotNull(uber["projects"]);
        Assert.Contains("logistics", uber["domains"]!.AsArray().Select(d => (string)d!));
    }

    [Fact]
    public async Task Unknown_company_slug_is_a_404_problem()
    {
        var problem = await _client.GetProblemAsync("/api/v1/companies/no-such-company", HttpStatusCode.NotFound);

        Assert.Contains("no-such-company", (string)problem["detail"]!, StringComparison.Ordinal);
    }
}
