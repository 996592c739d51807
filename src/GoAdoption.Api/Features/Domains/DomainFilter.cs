using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Domains;

/// <summary>Filters of <c>GET /api/v1/domains</c>.</summary>
public sealed record DomainFilter : ListQuery
{
    /// <summary>Part of the slug or of a name in any language.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    public override IReadOnlyList<string> SortKeys() => ["name", "slug", "companyCount", "useCaseCount"];
}
