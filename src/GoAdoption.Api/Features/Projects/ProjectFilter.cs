using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Projects;

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
