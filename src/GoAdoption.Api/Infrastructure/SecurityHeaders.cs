using Microsoft.Net.Http.Headers;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Headers every answer carries: no content sniffing, no referrer, never framed; a content security policy that
/// allows nothing on the API's own answers (JSON and CSV load no scripts), left off Swagger UI, whose page runs its
/// own scripts and styles; and <c>Vary: Accept-Encoding</c> whether or not this answer was compressed, so a shared
/// cache never hands a compressed body to a client that did not ask for one.
/// </summary>
internal static class SecurityHeaders
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Written as the answer starts, so an answer rebuilt by the exception handler (which clears headers) has them too.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers[HeaderNames.XFrameOptions] = "DENY";
            if (!context.Request.Path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase))
            {
                headers[HeaderNames.ContentSecurityPolicy] = ApiPolicy;
            }

            if (!headers.Vary.Any(v => v is not null && v.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase)))
            {
                headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }

            return Task.CompletedTask;
        }, context);
        return next(context);
    });
}
