using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GoAdoption.Api.Features.Replays;

/// <summary>
/// The replay feature was first published under <c>/api/v1/benchmarks/</c>, a name it shared with the repository's
/// performance benchmarks. Its paths are now <c>/api/v1/simulations</c> and <c>/api/v1/replays</c>; the former ones
/// answer exactly as before, keep their operation ids, and are marked deprecated in the OpenAPI document.
/// </summary>
internal static class ReplayRoutes
{
    public const string FormerPrefix = "api/v1/benchmarks/";

    /// <summary>The controller name the former paths' operation ids were made with.</summary>
    public const string FormerName = "Benchmarks";

    public static bool IsFormer(ApiDescription description) =>
        description.RelativePath?.StartsWith(FormerPrefix, StringComparison.OrdinalIgnoreCase) == true;
}

/// <summary>Marks the former paths deprecated and names their successor.</summary>
internal sealed class FormerReplayRoutesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!ReplayRoutes.IsFormer(context.ApiDescription))
            return;
        operation.Deprecated = true;
        var successor = context.ApiDescription.RelativePath!.EndsWith("simulate", StringComparison.Ordinal) ? "/api/v1/simulations" : "/api/v1/replays";
        operation.Description = $"Deprecated: the same operation as POST {successor}, under its former path. {operation.Description}";
    }
}
