using System.Text.Json;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Claims;
using GoAdoption.Api.Features.Companies;
using GoAdoption.Api.Features.Projects;
using GoAdoption.Api.Features.Replays;
using GoAdoption.Api.Features.Common;
using GoAdoption.Domain.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// What makes the OpenAPI document a contract clients can be generated from: stable operation ids, the server it was
/// read from, and examples of the main resources written by the API's own serializer (so they show the wire names).
/// </summary>
internal static class OpenApiContract
{
    /// <summary>listCompanies-style ids: the action and the controller, unique because each controller's actions are.</summary>
    public static string OperationId(ApiDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var action = (ControllerActionDescriptor)description.ActionDescriptor;
        // A former path keeps the id clients were generated with when it was the only one (simulateBenchmarks).
        var controller = ReplayRoutes.IsFormer(description) ? ReplayRoutes.FormerName : action.ControllerName;
        return JsonNamingPolicy.CamelCase.ConvertName(action.ActionName) + controller;
    }

    /// <summary>The configuration key of the public base URL the document names (<c>https://api.example.org</c>).</summary>
    public const string ServerUrlKey = "OpenApi:ServerUrl";

    /// <summary>
    /// The document names its server: the configured public URL, else the path it was served under, relative to
    /// wherever a client read it. Never the request's Host header, which any client can set to any name.
    /// </summary>
    public static void AddServer(OpenApiDocument document, HttpRequest request)
    {
        var configured = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()[ServerUrlKey];
        var url = string.IsNullOrWhiteSpace(configured) ? (request.PathBase.HasValue ? request.PathBase.Value! : "/") : configured.TrimEnd('/');
        document.Servers = [new OpenApiServer { Url = url, Description = "This server." }];
    }
}

/// <summary>Examples of companies, projects and claims, as the API writes them (camelCase, kebab-case enums).</summary>
internal sealed class ExamplesSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    private static readonly EntityReference Uber = new("uber", "Uber");
    private static readonly SourceReference Source = new(3, "uber-geofence.md", "Uber 地理围栏服务的 Go 实践");

    private static readonly ClaimResponse Claim = new(
        Id: 42, Company: Uber, Project: null, System: "Geo-fence Service", Metric: ClaimMetric.Latency,
        Statistic: ClaimStatistic.P99, Baseline: 120, Result: 18, Unit: ClaimUnit.Milliseconds, StatedChangePercent: -85,
        StatedMultiplier: null, StatedDelta: null, ChangePercent: -85, Consistency: ClaimConsistency.Consistent,
        MigratedFrom: "Node.js", Bound: ClaimBound.Exact, CrossSource: ClaimCrossSource.Corroborated, Source: Source,
        LineStart: 12, LineEnd: 12, Quote: "P99 延迟从 120ms 降至 18ms（↓85%）",
        RestatedAt: [new ClaimStatement(15, 15, "P99 延迟 | 120 ms | 18 ms | 85% ↓")]);

    private static readonly Dictionary<Type, object> Examples = new()
    {
        [typeof(CompanySummary)] = new CompanySummary("uber", "Uber", CompanyKind.Company, ["优步", "Uber Technologies"],
            ["logistics"], "US", "uber.com", SourceCount: 3, UseCaseCount: 4),
        [typeof(ProjectSummary)] = new ProjectSummary("kubernetes", "Kubernetes", ["k8s"], "orchestration", WrittenInGo: true,
            Repository: "kubernetes/kubernetes", Website: "kubernetes.io", ["cloud-infrastructure"], SourceCount: 9, UseCaseCount: 12, CompanyCount: 8),
        [typeof(ClaimResponse)] = Claim,
        [typeof(EntityReference)] = Uber,
        [typeof(SourceReference)] = Source,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        // Components only: a property of such a type (a claim's project) gets its own description, not this example.
        if (context.MemberInfo is null && context.ParameterInfo is null
            && schema is OpenApiSchema concrete && Examples.TryGetValue(context.Type, out var example))
            concrete.Examples = [JsonSerializer.SerializeToNode(example, context.Type, json.Value.JsonSerializerOptions)!];
    }
}

/// <summary>
/// Writes a nullable reference (a claim's company) as <c>anyOf: [$ref, null]</c>. Swashbuckle's
/// <c>allOf: [$ref]</c> with <c>nullable: true</c> does not allow null in OpenAPI 3.0, where <c>nullable</c> only widens a
/// <c>type</c> and every <c>allOf</c> member must still match, so validators rejected the nulls the API writes.
/// </summary>
internal sealed class NullableReferenceDocumentFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        var components = document.Components?.Schemas;
        if (components is null)
            return;
        foreach (var schema in components.Values.OfType<OpenApiSchema>())
        {
            foreach (var property in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).Values.OfType<OpenApiSchema>())
            {
                if (property.Type is not JsonSchemaType.Null || property.AllOf is not [OpenApiSchemaReference reference])
                    continue;
                if (reference.Reference.Id is not { } id || !components.TryGetValue(id, out var target) || target.Type is not { } type)
                    continue;
                property.Type = null;
                property.AllOf = null;
                property.AnyOf = [reference, new OpenApiSchema { Type = type | JsonSchemaType.Null, Enum = [null!] }];
            }
        }
    }
}
