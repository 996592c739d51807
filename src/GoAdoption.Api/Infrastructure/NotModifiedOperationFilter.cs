using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GoAdoption.Api.Infrastructure;

/// <summary>Documents the ETag / If-None-Match exchange that <see cref="ETagMiddleware"/> adds to every API GET.</summary>
internal sealed class NotModifiedOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase))
            return;
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "ETag of a response already held; the answer is 304 while the catalog still gives the same one.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= [];
        operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the ETag in If-None-Match is still current." };
    }
}
