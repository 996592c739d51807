using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GoAdoption.Api.Features.Exports;

/// <summary>Streams an export into the response body as the rows are read, with a download file name.</summary>
internal sealed class ExportResult(ExportKind kind, ListQuery filter, ExportFormat format) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var http = context.HttpContext;
        var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;

        // Once the first chunk is out, the status is 200 whatever happens: a catalog that cannot be read (a deleted or
        // corrupt file) must fail before, as an error no cache keeps, not as a cut-off download.
        await http.RequestServices.GetRequiredService<CatalogDbContext>().Domains.AnyAsync(http.RequestAborted);

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ExportWriter.ContentType(format);
        http.Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment")
        {
            FileName = $"{kind.Name}.{ExportWriter.Extension(format)}",
        }.ToString();
        // Whatever sits between the action and the socket must pass chunks on as they come rather than gather the body.
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();

        await kind.WriteAsync(http.RequestServices, filter, format, json, http.Response.Body, http.RequestAborted);
    }
}
