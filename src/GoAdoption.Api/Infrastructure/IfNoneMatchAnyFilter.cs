using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// <c>If-None-Match: *</c> asks whether the resource exists at all (RFC 9110 §13.1.2): only the action knows, so the
/// answer is decided once it has found the resource: 304 instead of its representation, 404 as ever when there is none.
/// </summary>
internal sealed class IfNoneMatchAnyFilter : IAsyncResultFilter
{
    public Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if ((HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.Result is ObjectResult { StatusCode: null or StatusCodes.Status200OK, Value: not null }
            && request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == "*")))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        return next();
    }
}
