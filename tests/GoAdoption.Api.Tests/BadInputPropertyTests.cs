using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;

namespace GoAdoption.Api.Tests;

/// <summary>
/// Every operation of the OpenAPI document, walked with generated bad values (one parameter or body property at a time,
/// the others valid), in Development and Production: no answer is a 5xx, every error is a problem document, and a 400
/// names the field it was given. Fixed seed and count, so a failure replays.
/// </summary>
public sealed class BadInputPropertyTests
{
    private const int RequestsPerEnvironment = 1200;

    private static readonly string[] BadValues =
    [
        "", " ", "\0", "abc\0def", "\u0001\u001f", "-1", "0", "-0", "1e309", "-1e309", "5e-324", "NaN", "Infinity", "-Infinity",
        "-9,0", "0x10", "1_000", "99999999999999999999", "2147483648", "-2147483649", "1.5", "true", "null", new string('9', 400),
        new string('a', 5000), "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uFFFF\uFFFE", "\ud800", "'\";--<script>", "../../etc/passwd", "%", "%ZZ", "-", "--", "-name-", "*",
    ];

    private static readonly string[] BadJson =
    [
        "\"x\"", "-1", "0", "1e308", "-1e308", "5e-324", "-5e-324", "null", "true", "[]", "{}", "99999999999999999999999", "\"\\u0000\"",
        "1.5", "2147483648", "-2147483649", "\"NaN\"", "\"Infinity\"", string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)),
        "[0" + string.Concat(Enumerable.Repeat(",0", 20_000)) + "]", "\"" + new string('a', 10_000) + "\"",
    ];

    private static readonly string[] BadBodies =
    [
        "", "{", "[]", "null", "\"text\"", "{\"a\":", string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100),
    ];

    /// <summary>One request: an operation and what is wrong with it.</summary>
    public sealed record BadRequestCase(string Method, string Path, string Target, string Value, bool InBody)
    {
        public override string ToString() => $"{Method} {Path} {Target}={(Value.Length > 60 ? Value[..60] + "…" : Value)}";
    }

    private sealed record Operation(string Method, string Path, IReadOnlyList<(string Name, string In, bool Required)> Parameters, IReadOnlyList<string> BodyProperties, bool JsonBody);

    [Theory]
    [InlineData("Development")]
    [InlineData("Production")]
    public async Task No_generated_bad_request_gets_a_5xx_and_every_error_is_a_problem_naming_its_field(string environment)
    {
        using var factory = new CatalogFactory(environment: environment, settings: SourceWriteTests.Keys());
        factory.WriteSeed("zentrix.md", "# Zentrix uses Go\n\nZentrix rewrote its payment gateway in Go. P99 latency dropped from 120 ms to 18 ms at 50,000 QPS.\n");
        using var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/swagger/v1/swagger.json");
        var operations = Operations(document);
        var claimId = (int)(await client.GetOkAsync("/api/v1/claims")).Items().First()["id"]!;
        var sourceId = (int)(await client.GetOkAsync("/api/v1/sources")).Items().First()["id"]!;

        var cases =
            from operation in Gen.Elements(operations.ToArray())
            from target in Gen.Elements(Targets(operation).ToArray())
            from value in Gen.Elements(target.InBody ? (target.Name == "" ? BadBodies : BadJson) : target.InPath ? PathValues : BadValues)
            select new BadRequestCase(operation.Method, operation.Path, target.Name, value, target.InBody);

        Prop.ForAll(Arb.From(cases), c =>
        {
            var failure = SendAsync(client, operations.Single(o => o.Method == c.Method && o.Path == c.Path), c, claimId, sourceId).GetAwaiter().GetResult();
            Assert.True(failure is null, failure);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(RequestsPerEnvironment).WithReplay(20261202UL, 7UL).WithQuietOnSuccess(true));
    }

    private static List<Operation> Operations(JsonNode document)
    {
        var operations = new List<Operation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => ((string)p!["name"]!, (string)p["in"]!, (bool?)p["required"] ?? false))
                    .Where(p => p.Item2 is "query" or "path")
                    .ToList();
                var json = operation["requestBody"]?["content"]?["application/json"];
                var properties = json is null ? [] : BodyProperties(document, json["schema"]!);
                operations.Add(new Operation(method.ToUpperInvariant(), path, parameters, properties, json is not null));
            }
        }
        return operations;
    }

    private static List<string> BodyProperties(JsonNode document, JsonNode schema)
    {
        var reference = (string?)schema["$ref"] ?? (string?)schema["allOf"]?[0]?["$ref"];
        var resolved = reference is null ? schema : document["components"]!["schemas"]![reference.Split('/')[^1]]!;
        return resolved["properties"]?.AsObject().Select(p => p.Key).ToList() ?? [];
    }

    private static IEnumerable<(string Name, bool InBody, bool InPath)> Targets(Operation operation)
    {
        foreach (var (name, place, _) in operation.Parameters)
            yield return (name, false, place == "path");
        foreach (var property in operation.BodyProperties)
            yield return (property, true, false);
        if (operation.JsonBody)
            yield return ("", true, false);
    }

    // A NUL in a path is refused by the server before the application (Kestrel's 400), and the test host's client
    // refuses to send one at all.
    private static readonly string[] PathValues = [.. BadValues.Where(v => !v.Contains('\0', StringComparison.Ordinal))];

    // Valid bodies the cases spoil one property of: cheap runs, so a value that happens to be valid costs little.
    private static JsonObject ValidBody(string path, int claimId) => path switch
    {
        "/api/v1/simulations" or "/api/v1/benchmarks/simulate" => new JsonObject
        {
            ["arrivalRatePerSecond"] = 100, ["servers"] = 2, ["serviceTimeMs"] = 5, ["distribution"] = "exponential", ["requests"] = 1000,
        },
        _ => new JsonObject { ["claimIds"] = new JsonArray(claimId), ["requests"] = 1000 },
    };

    private static async Task<string?> SendAsync(HttpClient client, Operation operation, BadRequestCase c, int claimId, int sourceId)
    {
        var url = new StringBuilder();
        foreach (var segment in operation.Path.Split('/'))
        {
            if (url.Length > 0 || segment.Length > 0)
                url.Append('/');
            if (segment.StartsWith('{'))
            {
                var name = segment.Trim('{', '}');
                var value = !c.InBody && c.Target == name ? c.Value
                    : name == "slug" ? "zentrix"
                    : operation.Path.StartsWith("/api/v1/sources", StringComparison.Ordinal) ? sourceId.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : claimId.ToString(System.Globalization.CultureInfo.InvariantCulture);
                url.Append(Uri.EscapeDataString(value));
            }
            else
            {
                url.Append(segment);
            }
        }
        var query = new List<string>();
        if (!c.InBody && operation.Parameters.Any(p => p.Name == c.Target && p.In == "query"))
            query.Add(c.Target + "=" + Uri.EscapeDataString(c.Value));
        // A required parameter (search's q) the case does not spoil gets a valid value.
        query.AddRange(operation.Parameters.Where(p => p is { In: "query", Required: true } && p.Name != c.Target).Select(p => p.Name + "=go"));
        if (query.Count > 0)
            url.Append('?').AppendJoin('&', query);

        using var request = new HttpRequestMessage(new HttpMethod(c.Method), new Uri(url.ToString(), UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "write-key-for-tests");
        if (operation.JsonBody)
        {
            string body;
            if (c.InBody && c.Target.Length == 0)
            {
                body = c.Value;
            }
            else
            {
                var json = ValidBody(operation.Path, claimId);
                if (c.InBody)
                    json[c.Target] = null;
                body = json.ToJsonString();
                if (c.InBody)
                    body = body.Replace($"\"{c.Target}\":null", $"\"{c.Target}\":{c.Value}", StringComparison.Ordinal);
            }
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        else if (c.Method is "POST" or "PUT")
        {
            request.Content = new StringContent("# Notes\n\nQuorvane uses Go.\n", Encoding.UTF8, "text/markdown");
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        if (status >= 500)
            return $"{c} → {status}: {text[..Math.Min(300, text.Length)]}";
        if (status < 400 || response.StatusCode == HttpStatusCode.NotModified)
            return null;
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
            return $"{c} → {status} as {response.Content.Headers.ContentType?.MediaType ?? "no body"}";
        if (status == 400 && c.Target.Length > 0)
        {
            var errors = JsonNode.Parse(text)?["errors"]?.AsObject();
            if (errors is null || !errors.Any(e => e.Key.Contains(c.Target, StringComparison.OrdinalIgnoreCase)))
                return $"{c} → 400 without errors.{c.Target}: {text[..Math.Min(300, text.Length)]}";
        }
        return null;
    }
}
