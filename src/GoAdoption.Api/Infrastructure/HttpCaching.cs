using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// How catalog reads are cached and compressed: ETag and Cache-Control (<see cref="ETagMiddleware"/>), the output
/// cache keyed by URL, content coding and catalog version (storing a URL's response from its second request, see
/// <see cref="StoreOnSecondRequestPolicy"/>), and Brotli/gzip for every textual format the API writes.
/// </summary>
internal static class HttpCaching
{
    /// <summary>Cached lists and details are dropped on import anyway; the expiry only bounds what a quiet catalog keeps.</summary>
    public static readonly TimeSpan OutputCacheExpiry = TimeSpan.FromMinutes(10);

    private static readonly string[] CompressedTypes = ["application/problem+json", "text/csv", "application/x-ndjson"];

    public static IServiceCollection AddHttpCaching(this IServiceCollection services)
    {
        services.AddSingleton<CatalogVersion>();
        services.AddSingleton<ListTotals>();
        services.AddHostedService<CatalogVersionPoller>();
        services.AddHostedService<CatalogVersionListener>();
        // One instance, so every request consults the same table of URLs already asked for.
        services.AddSingleton<StoreOnSecondRequestPolicy>();

        services.AddOutputCache(options => options.AddBasePolicy(policy => policy
            .With(context => IsCachedRead(context.HttpContext.Request))
            .SetVaryByQuery("*")
            // The cache sits outside compression and keeps encoded bodies, one per coding a client asks for.
            .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding)
            // Keyed by version too, so a response read before an import and stored after it is never served.
            .VaryByValue(context => new("catalog-version", context.RequestServices.GetRequiredService<CatalogVersion>().Current))
            .Tag(CatalogVersion.CacheTag)
            .Expire(OutputCacheExpiry)
            .AddPolicy<StoreOnSecondRequestPolicy>()));

        services.AddResponseCompression(options =>
        {
            // The catalog holds no secrets and sets no cookies, so compressing over TLS exposes nothing to BREACH.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(CompressedTypes);
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Order matters: 304s first, then the cache, then compression of whatever the cache did not have.</summary>
    public static IApplicationBuilder UseHttpCaching(this IApplicationBuilder app)
    {
        app.UseMiddleware<ETagMiddleware>();
        app.UseOutputCache();
        return app.UseResponseCompression();
    }

    /// <summary>Catalog lists and details; exports stream files of any size and are never held in memory.</summary>
    private static bool IsCachedRead(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !request.Path.StartsWithSegments("/api/v1/export", StringComparison.OrdinalIgnoreCase);
}
