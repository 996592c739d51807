using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.UseCases;

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
