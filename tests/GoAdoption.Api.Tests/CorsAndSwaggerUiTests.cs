using System.Net;

namespace GoAdoption.Api.Tests;

/// <summary>A frontend on another origin may read the API only when its origin is configured; the Swagger page can be turned off.</summary>
public sealed class CorsAndSwaggerUiTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Cors:AllowedOrigins:0"] = "https://app.example",
        ["OpenApi:SwaggerUi"] = "false",
    };

    [Theory]
    [InlineData("https://app.example", true)]
    [InlineData("https://evil.example", false)]
    public async Task A_preflight_is_allowed_for_a_configured_origin_only(string origin, bool allowed)
    {
        using var factory = new CatalogFactory(importOnStart: false, environment: "Production", settings: Settings);
        using var client = factory.CreateClient();
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/companies");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        using var response = await client.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    [Fact]
    public async Task A_read_from_a_configured_origin_exposes_the_etag()
    {
        using var factory = new CatalogFactory(importOnStart: false, environment: "Production", settings: Settings);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/domains");
        request.Headers.Add("Origin", "https://app.example");

        using var response = await client.SendAsync(request);

        Assert.Equal("https://app.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_swagger_page_off_the_document_is_still_served()
    {
        using var factory = new CatalogFactory(importOnStart: false, environment: "Production", settings: Settings);
        using var client = factory.CreateClient();

        using var page = await client.GetAsync(new Uri("/swagger/index.html", UriKind.Relative));
        using var document = await client.GetAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
    }
}
