using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Marks every property the API always sends (non-nullable value or reference type) as required, so clients
/// generated from the document do not type them as optional.
/// </summary>
internal sealed class RequiredPropertiesSchemaFilter : ISchemaFilter
{
    private readonly NullabilityInfoContext _nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || concrete.Properties is not { Count: > 0 } properties)
            return;
        if (context.Type.Namespace?.StartsWith("GoAdoption.", StringComparison.Ordinal) != true)
            return;
        foreach (var property in context.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (!properties.ContainsKey(name))
                continue;
            bool nullable;
            lock (_nullability)
                nullable = _nullability.Create(property).ReadState == NullabilityState.Nullable;
            if (!nullable)
            {
                concrete.Required ??= new HashSet<string>(StringComparer.Ordinal);
                concrete.Required.Add(name);
            }
        }
    }
}
