using GoAdoption.Api.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace GoAdoption.Api.Composition;

/// <summary>The request pipeline and the endpoints, in the order a request meets them.</summary>
internal static class PipelineComposition
{
    /// <summary>Headers, errors, logging, CORS, keys, rate limits, caches and authorization, in this order.</summary>
    public static WebApplication UseCatalogPipeline(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // A request the server cannot bind (bad form, oversized body) is the client's fault in every environment.
            StatusCodeSelector = exception => exception is BadHttpRequestException badRequest ? badRequest.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
        // Before the output cache, so a stored answer gets its CORS headers too.
        app.UseCors();
        app.UseAuthentication();
        // After authentication, so a client with a key is counted by its key; before the caches, so cached answers count too.
        app.UseRateLimits();
        app.UseHttpCaching();
        app.UseAuthorization();
        return app;
    }

    /// <summary>The OpenAPI document (always) and Swagger UI (unless <c>OpenApi:SwaggerUi</c> is false).</summary>
    public static WebApplication UseOpenApiDocument(this WebApplication app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add(OpenApiContract.AddServer));
        // The document is the contract and always served; the interactive page may be turned off where nobody should use it.
        if (app.Configuration.GetValue("OpenApi:SwaggerUi", defaultValue: true))
            app.UseSwaggerUI(options => options.SwaggerEndpoint("/swagger/v1/swagger.json", "GoAdoption API v1"));
        return app;
    }

    /// <summary>Health endpoints, the ping the load tests compare against, metrics, and the controllers.</summary>
    public static WebApplication MapCatalogEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        // The cheapest JSON answer this program gives, through the same middleware: the ceiling load tests compare against.
        app.MapGet("/health/ping", () => TypedResults.Ok(new Ping("ok"))).ExcludeFromDescription();
        // Prometheus's text format; for the operator's scraper, not part of the API's contract.
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapControllers();
        return app;
    }
}

internal sealed record Ping(string Status);
