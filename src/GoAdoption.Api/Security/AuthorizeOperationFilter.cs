using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GoAdoption.Api.Security;

/// <summary>
/// Marks the operations that need a key with the bearer scheme, so Swagger UI offers
/// "Authorize" and a generated client knows which calls send the key; reads stay unmarked, as they are public.
/// </summary>
internal sealed class AuthorizeOperationFilter : IOperationFilter
{
    public const string SchemeName = "apiKey";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAuthorizeData>().Any())
            return;
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
    }
}
