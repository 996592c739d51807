using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Strong ETag on successful API GETs, from a hash of the body, and 304 when If-None-Match already has it. Hashing
/// the body rather than tracking a catalog version keeps the tag exact: it changes when, and only when, an import
/// changed what this response shows.
/// </summary>
internal sealed class ETagMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            var hash = SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.AsSpan(0, 16))}\"");
            context.Response.Headers.ETag = etag.ToString();
            if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var tags)
                && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.ContentLength = null;
                context.Response.Headers.ContentType = default;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }
}
