using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GoAdoption.Api.Features.Exports;

/// <summary>
/// Documents what is particular to exports: no paging parameters, the CSV columns (taken from <see cref="CsvColumns"/>,
/// so the document cannot drift from the files) and the file name header.
/// </summary>
internal sealed class ExportOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IgnoresPagingAttribute>().Any())
            return;

        if (operation.Parameters is { } parameters)
        {
            foreach (var parameter in parameters.Where(p => p.Name is "page" or "pageSize").ToList())
                parameters.Remove(parameter);
        }

        var name = context.ApiDescription.RelativePath?.Split('/')[^1];
        if (name is null || CatalogExports.Find(name) is not { } kind)
            return;
        operation.Description = (operation.Description is { Length: > 0 } description ? description + "\n\n" : "")
            + $"CSV columns, in order: {string.Join(", ", kind.CsvHeader.Select(c => $"`{c}`"))}.";
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Content-Disposition"] = new OpenApiHeader
            {
                Description = $"attachment; filename=\"{kind.Name}.csv\" (or .json, .ndjson after the format).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }
}
