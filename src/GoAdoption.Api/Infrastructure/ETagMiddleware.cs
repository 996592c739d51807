using Microsoft.Net.Http.Headers;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Conditional GETs for the catalog: a weak ETag from the catalog version and the URL (see
/// <see cref="CatalogVersion.ETagFor"/>), 304 when If-None-Match already holds it, answered before anything else
/// runs, and a Cache-Control suited to a catalog that changes only on import. Nothing is buffered, so streamed exports
/// carry the same headers at no cost.
/// </summary>
internal sealed class ETagMiddleware(RequestDelegate next, CatalogVersion version)
{
    /// <summary>A minute of reuse without asking, then revalidation by ETag; a shared cache may keep it too.</summary>
    public const string CacheControl = "public, max-age=60";

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            return next(context);

        var etag = version.ETagFor(request);
        var response = context.Response;
        if (Matches(request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = CacheControl;
            return Task.CompletedTask;
        }

        // Set now rather than when the response starts, so the output cache stores them with the body it keeps.
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        response.OnStarting(static state =>
        {
            // Errors are not representations of the resource: no validator, and no caching of a transient 500.
            var response = (HttpResponse)state;
            if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status304NotModified))
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.CacheControl = "no-cache";
            }
            return Task.CompletedTask;
        }, response);
        return next(context);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        // "*" asks whether any representation exists, which only the action can tell (see IfNoneMatchAnyFilter).
        if (ifNoneMatch.Count == 0)
            return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
               && tags.Any(t => t.Compare(current, useStrongComparison: false));
    }
}
