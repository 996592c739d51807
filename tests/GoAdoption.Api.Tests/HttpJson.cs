using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GoAdoption.Api.Tests;

internal static class HttpJson
{
    /// <summary>GETs a URL that must answer 200 with JSON and returns the body.</summary>
    public static async Task<JsonNode> GetOkAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} → {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    /// <summary>GETs a URL that must answer with a problem document of the given status; returns the problem.</summary>
    public static async Task<JsonObject> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"GET {url} → {(int)response.StatusCode}, expected {(int)status}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)status, (int)problem["status"]!);
        return problem;
    }

    public static IEnumerable<JsonNode> Items(this JsonNode page) => page["items"]!.AsArray().Select(i => i!);

    public static List<string> Strings(this JsonNode page, string property) =>
        page.Items().Select(i => (string)i[property]!).ToList();

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonNode>(new Uri(url, UriKind.Relative)))!;
}
