using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Companies;

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
