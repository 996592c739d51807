using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Claims;

/// <summary>Filters of <c>GET /api/v1/claims</c>.</summary>
public sealed record ClaimFilter : ListQuery
{
    /// <summary>Slug of the company or product the claim is about.</summary>
    [FromQuery(Name = "company")]
    public string? Company { get; set; }

    /// <summary>Slug of the project the claim is about or involves.</summary>
    [FromQuery(Name = "project")]
    public string? Project { get; set; }

    /// <summary>latency, throughput, volume, memory, cpu, startup-time, instances, cost, error-rate, gc-pause, build-time or other.</summary>
    [FromQuery(Name = "metric")]
    public string? Metric { get; set; }

    /// <summary>unspecified, mean, p50, p90, p95, p99, p999, peak, max or min.</summary>
    [FromQuery(Name = "statistic")]
    public string? Statistic { get; set; }

    /// <summary>Domain slug of the claim's company, or of its project when it names one.</summary>
    [FromQuery(Name = "domain")]
    public string? Domain { get; set; }

    /// <summary>Language the system moved off (java, python, node.js, c++); case-insensitive, and any name of the language will do (c# or dotnet for .NET).</summary>
    [FromQuery(Name = "migratedFrom")]
    public string? MigratedFrom { get; set; }

    /// <summary>consistent, inconsistent or unchecked.</summary>
    [FromQuery(Name = "consistency")]
    public string? Consistency { get; set; }

    /// <summary>corroborated, conflicting or single.</summary>
    [FromQuery(Name = "crossSource")]
    public string? CrossSource { get; set; }

    /// <summary>Smallest computed change, in percent (−100 to 1,000,000); claims without a computed change are left out.</summary>
    [FromQuery(Name = "minChangePercent")]
    public double? MinChangePercent { get; set; }

    /// <summary>Largest computed change, in percent (−100 to 1,000,000); claims without a computed change are left out.</summary>
    [FromQuery(Name = "maxChangePercent")]
    public double? MaxChangePercent { get; set; }

    /// <summary>Id of the document it was read from.</summary>
    [FromQuery(Name = "source")]
    public int? Source { get; set; }

    /// <summary>id is document order; changePercent the computed change (claims without one first when ascending); metric and company by name.</summary>
    public override IReadOnlyList<string> SortKeys() => ["id", "changePercent", "metric", "company"];
}
