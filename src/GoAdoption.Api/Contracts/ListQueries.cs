using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Contracts;

/// <summary>Paging and sorting shared by every list; each list's filter adds its own filters and sort keys.</summary>
public abstract record ListQuery
{
    /// <summary>1-based page number.</summary>
    [FromQuery(Name = "page")]
    [DefaultValue(1)]
    public int Page { get; set; } = 1;

    /// <summary>Items per page, 1–100.</summary>
    [FromQuery(Name = "pageSize")]
    [DefaultValue(20)]
    public int PageSize { get; set; } = 20;

    /// <summary>Sort key, prefixed with '-' for descending; ties are broken by id.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Sort keys this list accepts; the first is the default. A method, so model binding leaves it alone.</summary>
    public abstract IReadOnlyList<string> SortKeys();

    /// <summary>The requested sort key and direction, or the default ascending.</summary>
    public (string Key, bool Descending) SortOrder() =>
        string.IsNullOrEmpty(Sort) ? (SortKeys()[0], false)
        : Sort[0] == '-' ? (Sort[1..], true)
        : (Sort, false);
}

/// <summary>Filters of <c>GET /api/v1/companies</c>.</summary>
public sealed record CompanyFilter : ListQuery
{
    /// <summary>Domain slug of the company's own industry (see <c>GET /api/v1/domains</c>).</summary>
    [FromQuery(Name = "domain")]
    public string? Domain { get; set; }

    /// <summary>ISO 3166-1 alpha-2 country code of the headquarters (cn, US).</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; set; }

    /// <summary>Slug of a project one of its use-cases involves.</summary>
    [FromQuery(Name = "project")]
    public string? Project { get; set; }

    /// <summary>Language one of its systems moved off (java, python, node.js, c++); case-insensitive, and any name of the language will do (c# or dotnet for .NET).</summary>
    [FromQuery(Name = "migratedFrom")]
    public string? MigratedFrom { get; set; }

    /// <summary>company or product.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>Part of the name or of an alias, in any script (腾讯, uber, 바이트댄스).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>
    /// The company's website (uber.com); scheme, <c>www.</c>, port and path are ignored and case does not matter, and a
    /// subdomain (eng.uber.com) finds the company of its parent site.
    /// </summary>
    [FromQuery(Name = "website")]
    public string? Website { get; set; }

    public override IReadOnlyList<string> SortKeys() => ["name", "sourceCount", "useCaseCount"];
}

/// <summary>Filters of <c>GET /api/v1/projects</c>.</summary>
public sealed record ProjectFilter : ListQuery
{
    /// <summary>Domain slug of the project's field.</summary>
    [FromQuery(Name = "domain")]
    public string? Domain { get; set; }

    /// <summary>Slug of a company whose use-cases involve the project.</summary>
    [FromQuery(Name = "company")]
    public string? Company { get; set; }

    /// <summary>Whether the project itself is written in Go.</summary>
    [FromQuery(Name = "writtenInGo")]
    public bool? WrittenInGo { get; set; }

    /// <summary>Part of the category ("orchestration"); case-insensitive.</summary>
    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    /// <summary>Part of the name or of an alias, in any script.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public override IReadOnlyList<string> SortKeys() => ["name", "sourceCount", "useCaseCount", "companyCount"];
}

/// <summary>Filters of <c>GET /api/v1/use-cases</c>.</summary>
public sealed record UseCaseFilter : ListQuery
{
    /// <summary>Slug of the company or product that runs the system.</summary>
    [FromQuery(Name = "company")]
    public string? Company { get; set; }

    /// <summary>Slug of the project involved.</summary>
    [FromQuery(Name = "project")]
    public string? Project { get; set; }

    /// <summary>Domain slug of the system's field.</summary>
    [FromQuery(Name = "domain")]
    public string? Domain { get; set; }

    /// <summary>Language the system moved off (java, python, node.js, c++); case-insensitive, and any name of the language will do (c# or dotnet for .NET).</summary>
    [FromQuery(Name = "migratedFrom")]
    public string? MigratedFrom { get; set; }

    /// <summary>Id of the document it was read from.</summary>
    [FromQuery(Name = "source")]
    public int? Source { get; set; }

    /// <summary>Part of the system name or summary.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>name sorts by system name; company by the company's name.</summary>
    public override IReadOnlyList<string> SortKeys() => ["name", "company"];
}

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

/// <summary>Filters of <c>GET /api/v1/domains</c>.</summary>
public sealed record DomainFilter : ListQuery
{
    /// <summary>Part of the slug or of a name in any language.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public override IReadOnlyList<string> SortKeys() => ["name", "slug", "companyCount", "useCaseCount"];
}

/// <summary>Filters of <c>GET /api/v1/sources</c>.</summary>
public sealed record SourceFilter : ListQuery
{
    /// <summary>imported, stale or failed.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>Language code (en, zh, ko, ja).</summary>
    [FromQuery(Name = "language")]
    public string? Language { get; set; }

    /// <summary>Part of the file name or title.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>name sorts by file name.</summary>
    public override IReadOnlyList<string> SortKeys() => ["name", "title", "importedAt", "mentionCount"];
}

/// <summary>Paging of <c>GET /api/v1/companies/{slug}/mentions</c> and <c>GET /api/v1/projects/{slug}/mentions</c>, in document order.</summary>
public sealed record MentionFilter : ListQuery
{
    /// <summary>document sorts by file, then line.</summary>
    public override IReadOnlyList<string> SortKeys() => ["document"];
}
