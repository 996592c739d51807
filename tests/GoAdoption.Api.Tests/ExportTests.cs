using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CsvHelper;

namespace GoAdoption.Api.Tests;

/// <summary>Every export format against the list endpoint it mirrors: same rows, same order, same filters.</summary>
[Collection(SeededCatalogGroup.Name)]
public sealed class ExportTests(SeededCatalog catalog)
{
    private readonly HttpClient _client = catalog.Client;

    public static TheoryData<string, string> ListsAndFilters() => new()
    {
        { "companies", "" },
        { "companies", "domain=finance&sort=-useCaseCount" },
        { "projects", "sort=-companyCount" },
        { "use-cases", "migratedFrom=java" },
        { "claims", "" },
        { "claims", "company=uber&sort=-changePercent" },
        { "claims", "metric=latency&domain=finance" },
        { "sources", "sort=-mentionCount" },
    };

    [Theory]
    [MemberData(nameof(ListsAndFilters))]
    public async Task Json_export_is_the_list_items_in_list_order(string list, string query)
    {
        var items = await AllItemsAsync(list, query);

        using var response = await GetAsync($"/api/v1/export/{list}?format=json&{query}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var exported = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(items.Select(i => i.ToJsonString()), exported.Select(i => i!.ToJsonString()));
    }

    [Theory]
    [MemberData(nameof(ListsAndFilters))]
    public async Task Ndjson_export_has_one_list_item_per_line(string list, string query)
    {
        var items = await AllItemsAsync(list, query);

        using var response = await GetAsync($"/api/v1/export/{list}?format=ndjson&{query}");
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        Assert.Equal("", lines[^1]);
        Assert.Equal(items.Select(i => i.ToJsonString()), lines[..^1].Select(l => JsonNode.Parse(l)!.ToJsonString()));
    }

    [Theory]
    [MemberData(nameof(ListsAndFilters))]
    public async Task Csv_export_reads_back_with_a_csv_reader_row_for_row(string list, string query)
    {
        var items = await AllItemsAsync(list, query);

        using var response = await GetAsync($"/api/v1/export/{list}?format=csv&{query}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var (header, rows) = ReadCsv(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(Columns[list], header);
        Assert.Equal(items.Count, rows.Count);
        var key = header[0];
        var itemKey = key == "id" ? "id" : "slug";
        Assert.Equal(items.Select(i => i[itemKey]!.ToString()), rows.Select(r => r[key]));
    }

    [Fact]
    public async Task Claims_csv_holds_canonical_units_lists_and_provenance_exactly()
    {
        var claims = await AllItemsAsync("claims", "company=uber");
        using var response = await GetAsync("/api/v1/export/claims?format=csv&company=uber");
        var (_, rows) = ReadCsv(await response.Content.ReadAsByteArrayAsync());

        Assert.NotEmpty(rows);
        foreach (var (claim, row) in claims.Zip(rows))
        {
            Assert.Equal("uber", row["company"]);
            Assert.Equal((string)claim["unit"]!, row["unit"]);
            Assert.Equal((string)claim["metric"]!, row["metric"]);
            Assert.Equal(claim["result"]?.GetValue<double>(), row["result"] is "" ? null : double.Parse(row["result"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(claim["baseline"]?.GetValue<double>(), row["baseline"] is "" ? null : double.Parse(row["baseline"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((string)claim["source"]!["fileName"]!, row["source_file"]);
            Assert.Equal((int)claim["lineStart"]!, int.Parse(row["line_start"], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal((string)claim["quote"]!, row["quote"]);
        }

        var companies = await AllItemsAsync("companies", "q=tencent");
        using var companyCsv = await GetAsync("/api/v1/export/companies?format=csv&q=tencent");
        var (_, companyRows) = ReadCsv(await companyCsv.Content.ReadAsByteArrayAsync());
        var tencent = companies.Single(c => (string)c["slug"]! == "tencent");
        Assert.Equal(string.Join(';', tencent["aliases"]!.AsArray().Select(a => (string)a!)), companyRows.Single(r => r["slug"] == "tencent")["aliases"]);
    }

    [Theory]
    [InlineData("companies", "json", "companies.json")]
    [InlineData("claims", "csv", "claims.csv")]
    [InlineData("use-cases", "ndjson", "use-cases.ndjson")]
    [InlineData("sources", null, "sources.json")]
    public async Task Export_names_its_file(string list, string? format, string fileName)
    {
        using var response = await GetAsync($"/api/v1/export/{list}" + (format is null ? "" : $"?format={format}"));

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Paging_parameters_are_ignored_by_exports()
    {
        var all = await AllItemsAsync("claims", "");

        using var response = await GetAsync("/api/v1/export/claims?format=ndjson&page=0&pageSize=100000");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(all.Count, lines.Length);
    }

    [Theory]
    [InlineData("/api/v1/export/claims?format=xml", "format")]
    [InlineData("/api/v1/export/claims?format=CSV", "format")]
    [InlineData("/api/v1/export/claims?metric=speed", "metric")]
    [InlineData("/api/v1/export/companies?website=not%20a%20host", "website")]
    [InlineData("/api/v1/export/sources?sort=size", "sort")]
    public async Task Malformed_export_queries_are_400_naming_the_parameter(string url, string field)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.True(problem["errors"]!.AsObject().ContainsKey(field), problem.ToJsonString());
    }

    [Fact]
    public async Task Empty_exports_are_a_header_an_empty_array_and_no_lines()
    {
        const string None = "company=no-such-company";
        using var csv = await GetAsync($"/api/v1/export/claims?format=csv&{None}");
        using var json = await GetAsync($"/api/v1/export/claims?format=json&{None}");
        using var ndjson = await GetAsync($"/api/v1/export/claims?format=ndjson&{None}");

        Assert.Equal(string.Join(',', Columns["claims"]) + "\r\n", await csv.Content.ReadAsStringAsync());
        Assert.Empty(JsonNode.Parse(await json.Content.ReadAsStringAsync())!.AsArray());
        Assert.Equal("", await ndjson.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readme_and_openapi_document_every_csv_column()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(TestPaths.Seeds)!, "README.md"));
        var paths = (await catalog.ProductionClient.GetJsonAsync("/swagger/v1/swagger.json"))["paths"]!;

        foreach (var (list, columns) in Columns)
        {
            var operation = paths[$"/api/v1/export/{list}"]!["get"]!;
            var description = (string)operation["description"]!;
            Assert.Contains(string.Join(", ", columns.Select(c => $"`{c}`")), description, StringComparison.Ordinal);
            Assert.Contains(string.Join(", ", columns.Select(c => $"`{c}`")), readme, StringComparison.Ordinal);
            var contentTypes = operation["responses"]!["200"]!["content"]!.AsObject().Select(c => c.Key).ToList();
            Assert.Equal(["application/json", "application/x-ndjson", "text/csv"], contentTypes.Order(StringComparer.Ordinal));
            Assert.DoesNotContain(operation["parameters"]!.AsArray(), p => (string)p!["name"]! is "page" or "pageSize");
        }
    }

    internal static readonly Dictionary<string, string[]> Columns = new()
    {
        ["companies"] = ["slug", "name", "kind", "aliases", "domains", "country", "website", "source_count", "use_case_count"],
        ["projects"] = ["slug", "name", "aliases", "category", "written_in_go", "repository", "website", "domains", "source_count", "use_case_count", "company_count"],
        ["use-cases"] =
        [
            "id", "system", "summary", "company", "company_name", "project", "project_name", "domain", "migrated_from",
            "source_id", "source_file", "line_start", "line_end", "quote",
        ],
        ["claims"] =
        [
            "id", "company", "company_name", "project", "project_name", "system", "metric", "statistic", "baseline", "result", "unit",
            "stated_change_percent", "stated_multiplier", "stated_delta", "change_percent", "consistency", "cross_source",
            "migrated_from", "bound", "source_id", "source_file", "line_start", "line_end", "quote", "restated_lines",
        ],
        ["sources"] =
        [
            "id", "file_name", "title", "language", "form", "status", "error", "imported_at", "last_attempt_at", "line_count",
            "mention_count", "use_case_count", "warning_count",
        ],
    };

    /// <summary>Every item of a list, page by page.</summary>
    private async Task<List<JsonNode>> AllItemsAsync(string list, string query)
    {
        var items = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var body = await _client.GetOkAsync($"/api/v1/{list}?pageSize=100&page={page}&{query}");
            items.AddRange(body.Items().Select(i => i.DeepClone()));
            if (items.Count >= (int)body["total"]!)
                return items;
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    internal static (string[] Header, List<Dictionary<string, string>> Rows) ReadCsv(byte[] csv)
    {
        Assert.False(csv.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',' });
        var header = reader.Headers.ToArray();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(header.Select((name, i) => (name, value: reader.GetString(i))).ToDictionary(f => f.name, f => f.value));
        return (header, rows);
    }
}
