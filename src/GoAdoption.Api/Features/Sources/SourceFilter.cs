using GoAdoption.Api.Features.Common;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Sources;

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
