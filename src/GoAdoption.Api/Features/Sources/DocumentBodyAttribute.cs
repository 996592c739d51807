using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GoAdoption.Api.Features.Sources;

/// <summary>
/// Marks an action that reads a document from its body itself (see <see cref="DocumentUploads"/>), so the OpenAPI
/// document can say which bodies it takes. MVC's form value providers are removed for it: they would read a form
/// whole into memory, without the document's size limit, before the action could stream it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class DocumentBodyAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        factories.RemoveType<FormValueProviderFactory>();
        factories.RemoveType<FormFileValueProviderFactory>();
        factories.RemoveType<JQueryFormValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}

/// <summary>Describes the body of a <see cref="DocumentBodyAttribute"/> action: text types, or a form with a file.</summary>
internal sealed class DocumentBodyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentBodyAttribute>().Any())
            return;
        var content = new Dictionary<string, IOpenApiMediaType>();
        foreach (var type in DocumentUploads.TextTypes)
            content[type] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        content["multipart/form-data"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string> { DocumentUploads.FilePart },
                Properties = new Dictionary<string, IOpenApiSchema>
                {
                    [DocumentUploads.FilePart] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Format = "binary",
                        Description = "The document (.md or .txt); its file name names it unless ?fileName= does.",
                    },
                },
            },
        };
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The document: Markdown or text as the body (name it with ?fileName=), or a form with a 'file' part.",
            Content = content,
        };
    }
}
