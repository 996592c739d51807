using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace GoAdoption.Api.Tests;

/// <summary>Documents added, replaced and removed over HTTP, behind API keys.</summary>
public sealed class SourceWriteTests : IDisposable
{
    private const string WriteKey = "write-key-for-tests";
    private const string ReadKey = "read-key-for-tests";

    private const string Zentrix = "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go. P99 latency dropped from 120 ms to 18 ms.\n";

    private readonly CatalogFactory _factory;
    private readonly HttpClient _client;

    public SourceWriteTests()
    {
        _factory = NewFactory();
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    internal static Dictionary<string, string?> Keys(IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Keys:0:Name"] = "editor",
            ["Auth:Keys:0:Hash"] = Hash(WriteKey),
            ["Auth:Keys:0:Scopes:0"] = "write",
            ["Auth:Keys:1:Name"] = "reader",
            ["Auth:Keys:1:Hash"] = Hash(ReadKey),
            ["Auth:Keys:1:Scopes:0"] = "read",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    private static CatalogFactory NewFactory(string? workDirectory = null, IReadOnlyDictionary<string, string?>? more = null) =>
        new(workDirectory: workDirectory, settings: Keys(more));

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    internal static HttpRequestMessage Send(HttpMethod method, string url, string? body, string? key = WriteKey, string type = "text/markdown")
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (body is not null)
            request.Content = new StringContent(body, new MediaTypeHeaderValue(type));
        if (key is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> SendAsync(HttpRequestMessage request)
    {
        var response = await _client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!, response);
    }

    private async Task<JsonNode> PostOkAsync(string fileName, string body)
    {
        var (status, json, _) = await SendAsync(Send(HttpMethod.Post, $"/api/v1/sources?fileName={fileName}", body));
        Assert.True(status == HttpStatusCode.Created, $"{(int)status}: {json}");
        return json;
    }

    private static void AssertProblem(HttpResponseMessage response, JsonNode body, HttpStatusCode status, string field)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(body["errors"]?[field] is not null, $"errors.{field} missing in {body}");
    }

    [Fact]
    public async Task Posting_a_markdown_document_imports_it_and_its_company_can_be_read_at_once()
    {
        var (status, json, response) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=zentrix.md", Zentrix));

        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal("added", (string)json["outcome"]!);
        Assert.Equal(1, (int)json["claims"]!);
        Assert.Equal("upload", (string)json["source"]!["origin"]!);
        Assert.Equal($"/api/v1/sources/{(int)json["source"]!["id"]!}", response.Headers.Location?.AbsolutePath);
        var company = await _client.GetOkAsync("/api/v1/companies/zentrix");
        Assert.Equal("Zentrix", (string)company["name"]!);
        var claim = (await _client.GetOkAsync("/api/v1/claims?company=zentrix")).Items().Single();
        Assert.Equal(120, (double)claim["baseline"]!);
    }

    [Fact]
    public async Task A_form_upload_is_named_by_its_file_part()
    {
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Zentrix)), "file", "from-form.md");
        using var request = Send(HttpMethod.Post, "/api/v1/sources", null);
        request.Content = form;

        var (status, json, _) = await SendAsync(request);

        Assert.True(status == HttpStatusCode.Created, json.ToJsonString());
        Assert.Equal("from-form.md", (string)json["source"]!["fileName"]!);
    }

    [Fact]
    public async Task Without_a_key_a_write_is_401_with_a_bearer_challenge_and_reads_stay_public()
    {
        var (_, json, response) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=a.md", Zentrix, key: null));

        AssertProblem(response, json, HttpStatusCode.Unauthorized, "Authorization");
        Assert.StartsWith("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, (int)(await _client.GetOkAsync("/api/v1/sources"))["total"]!);
    }

    [Fact]
    public async Task A_wrong_key_is_401_invalid_token_and_a_read_only_key_is_403()
    {
        var (_, wrong, wrongResponse) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=a.md", Zentrix, key: "not-a-key"));
        var (_, readOnly, readOnlyResponse) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=a.md", Zentrix, key: ReadKey));

        AssertProblem(wrongResponse, wrong, HttpStatusCode.Unauthorized, "Authorization");
        Assert.Contains("invalid_token", wrongResponse.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        AssertProblem(readOnlyResponse, readOnly, HttpStatusCode.Forbidden, "Authorization");
        Assert.Equal(0, (int)(await _client.GetOkAsync("/api/v1/sources"))["total"]!);
    }

    [Theory]
    [InlineData("../escape.md")]
    [InlineData("notes.pdf")]
    [InlineData(".hidden.md")]
    [InlineData("")]
    public async Task A_name_that_is_not_a_plain_md_or_txt_file_name_is_400_naming_fileName(string name)
    {
        var (_, json, response) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=" + Uri.EscapeDataString(name), Zentrix));

        AssertProblem(response, json, HttpStatusCode.BadRequest, "fileName");
    }

    [Fact]
    public async Task A_second_document_of_the_same_name_is_409_and_the_first_is_kept()
    {
        var first = await PostOkAsync("same.md", Zentrix);

        var (_, json, response) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=same.md", "# Other\n\nOther text.\n"));

        AssertProblem(response, json, HttpStatusCode.Conflict, "fileName");
        Assert.Equal((string)first["source"]!["contentHash"]!,
            (string)(await _client.GetOkAsync($"/api/v1/sources/{(int)first["source"]!["id"]!}"))["contentHash"]!);
    }

    [Fact]
    public async Task A_body_that_is_not_text_or_a_form_is_415_naming_the_content_type()
    {
        var (_, json, response) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=a.md", "{}", type: "application/json"));

        AssertProblem(response, json, HttpStatusCode.UnsupportedMediaType, "Content-Type");
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_413_and_nothing_is_stored()
    {
        using var factory = NewFactory(more: new Dictionary<string, string?> { ["Catalog:Limits:MaxBytes"] = "100" });
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=big.md", Zentrix + new string('x', 200)));
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        AssertProblem(response, json, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Contains("Catalog:Limits:MaxBytes", json.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, (int)(await client.GetOkAsync("/api/v1/sources"))["total"]!);
    }

    [Fact]
    public async Task A_document_the_importer_rejects_is_422_with_its_reason_and_leaves_no_source()
    {
        var (_, json, response) = await SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=binary.md", "text\0with a NUL", type: "text/plain"));

        AssertProblem(response, json, HttpStatusCode.UnprocessableEntity, "body");
        Assert.Equal(0, (int)(await _client.GetOkAsync("/api/v1/sources"))["total"]!);
    }

    [Fact]
    public async Task Replacing_a_document_replaces_its_facts_and_drops_companies_only_it_named()
    {
        var id = (int)(await PostOkAsync("case.md", Zentrix))["source"]!["id"]!;

        var (status, json, _) = await SendAsync(Send(HttpMethod.Put, $"/api/v1/sources/{id}", "# Quorvane uses Go\n\nQuorvane built its search service with Go.\n"));

        Assert.True(status == HttpStatusCode.OK, json.ToJsonString());
        Assert.Equal("updated", (string)json["outcome"]!);
        await _client.GetProblemAsync("/api/v1/companies/zentrix", HttpStatusCode.NotFound);
        Assert.Equal("Quorvane", (string)(await _client.GetOkAsync("/api/v1/companies/quorvane"))["name"]!);
    }

    [Fact]
    public async Task Replacing_with_rejected_content_is_422_and_the_old_facts_stay()
    {
        var id = (int)(await PostOkAsync("case.md", Zentrix))["source"]!["id"]!;

        var (_, json, response) = await SendAsync(Send(HttpMethod.Put, $"/api/v1/sources/{id}", "\0\0\0", type: "text/plain"));

        AssertProblem(response, json, HttpStatusCode.UnprocessableEntity, "body");
        await _client.GetOkAsync("/api/v1/companies/zentrix");
        Assert.Equal("imported", (string)(await _client.GetOkAsync($"/api/v1/sources/{id}"))["status"]!);
    }

    [Fact]
    public async Task Removing_a_document_removes_what_only_it_said_and_keeps_what_another_also_says()
    {
        var both = "# Notes\n\nZentrix uses Go for its payment gateway.\n";
        var first = (int)(await PostOkAsync("first.md", Zentrix))["source"]!["id"]!;
        await PostOkAsync("second.md", both);
        await PostOkAsync("third.md", "# Quorvane uses Go\n\nQuorvane built its search service with Go.\n");
        var third = (int)(await _client.GetOkAsync("/api/v1/sources?q=third")).Items().Single()["id"]!;

        var (status, removed, _) = await SendAsync(Send(HttpMethod.Delete, $"/api/v1/sources/{third}", null));
        await SendAsync(Send(HttpMethod.Delete, $"/api/v1/sources/{first}", null));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, (int)removed["companies"]!);
        await _client.GetProblemAsync("/api/v1/companies/quorvane", HttpStatusCode.NotFound);
        await _client.GetProblemAsync($"/api/v1/sources/{third}", HttpStatusCode.NotFound);
        Assert.Equal(1, (int)(await _client.GetOkAsync("/api/v1/companies/zentrix"))["sourceCount"]!);
        Assert.Empty((await _client.GetOkAsync("/api/v1/claims?company=zentrix")).Items());
    }

    [Fact]
    public async Task A_file_of_the_documents_folder_is_not_replaced_or_removed_over_http()
    {
        using var factory = new CatalogFactory(settings: Keys(), importOnStart: false);
        factory.WriteSeed("folder.md", Zentrix);
        using var client = factory.CreateClient();
        await factory.SyncSeedsAsync();
        var id = (int)(await client.GetOkAsync("/api/v1/sources")).Items().Single()["id"]!;

        using var put = await client.SendAsync(Send(HttpMethod.Put, $"/api/v1/sources/{id}", "# Other\n"));
        using var delete = await client.SendAsync(Send(HttpMethod.Delete, $"/api/v1/sources/{id}", null));

        Assert.Equal(HttpStatusCode.Conflict, put.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, delete.StatusCode);
        await client.GetOkAsync("/api/v1/companies/zentrix");
    }

    [Fact]
    public async Task An_unknown_source_is_404_for_replace_and_remove()
    {
        using var put = await _client.SendAsync(Send(HttpMethod.Put, "/api/v1/sources/999", Zentrix));
        using var delete = await _client.SendAsync(Send(HttpMethod.Delete, "/api/v1/sources/999", null));

        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
    }

    [Fact]
    public async Task A_document_added_over_http_survives_a_restart_and_a_folder_file_of_its_name_is_reported_not_read()
    {
        await PostOkAsync("kept.md", Zentrix);
        _factory.WriteSeed("kept.md", "# Quorvane uses Go\n\nQuorvane built its search service with Go.\n");

        using var restarted = NewFactory(workDirectory: _factory.WorkDirectory);
        using var client = restarted.CreateClient();

        await client.GetOkAsync("/api/v1/companies/zentrix");
        await client.GetProblemAsync("/api/v1/companies/quorvane", HttpStatusCode.NotFound);
        var report = await restarted.SyncSeedsAsync();
        var kept = report.Documents.Single();
        Assert.Equal(Importing.ImportOutcome.Rejected, kept.Outcome);
        Assert.Contains("added over HTTP", kept.Reason, StringComparison.Ordinal);
        Assert.Equal("imported", (string)(await client.GetOkAsync("/api/v1/sources")).Items().Single()["status"]!);
    }

    [Fact]
    public async Task A_write_changes_the_etag_of_the_lists_it_changes()
    {
        using var before = await _client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));

        await PostOkAsync("zentrix.md", Zentrix);
        using var after = await _client.GetAsync(new Uri("/api/v1/companies", UriKind.Relative));

        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("zentrix", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_while_another_import_holds_the_catalog_is_503_with_retry_after_and_changes_nothing()
    {
        using var factory = NewFactory(more: new Dictionary<string, string?> { ["Catalog:ImportWaitSeconds"] = "0" });
        using var client = factory.CreateClient();
        var importLock = factory.Services.GetRequiredService<Importing.ImportLock>();

        HttpResponseMessage response;
        await using (await importLock.AcquireAsync(CancellationToken.None))
            response = await client.SendAsync(Send(HttpMethod.Post, "/api/v1/sources?fileName=a.md", Zentrix));

        using (response)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.NotNull(response.Headers.RetryAfter);
        }
        Assert.Equal(0, (int)(await client.GetOkAsync("/api/v1/sources"))["total"]!);
    }

    [Fact]
    public async Task The_openapi_document_marks_writes_with_the_bearer_scheme_and_leaves_reads_open()
    {
        var document = await _client.GetOkAsync("/swagger/v1/swagger.json");
        var sources = document["paths"]!["/api/v1/sources"]!;

        Assert.Equal("bearer", (string)document["components"]!["securitySchemes"]!["apiKey"]!["scheme"]!);
        Assert.NotNull(sources["post"]!["security"]);
        Assert.NotNull(sources["post"]!["requestBody"]!["content"]!["multipart/form-data"]);
        Assert.NotNull(sources["post"]!["responses"]!["401"]);
        Assert.Null(sources["get"]!["security"]);
    }
}
