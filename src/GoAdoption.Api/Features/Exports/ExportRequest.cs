using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Exports;

/// <summary>How an export is written; the list's filters and sort choose what goes in it.</summary>
public sealed record ExportRequest
{
    /// <summary>json (an array of the list's items), ndjson (one item per line) or csv (RFC 4180, a header row).</summary>
    [FromQuery(Name = "format")]
    [DefaultValue("json")]
    public string? Format { get; set; }
}

/// <summary>The formats an export is written in.</summary>
public enum ExportFormat
{
    Json,
    Ndjson,
    Csv,
}

/// <summary>
/// Marks an action that takes a list's filter for its filters and sort only: <c>page</c> and <c>pageSize</c> neither
/// apply nor are checked, and the OpenAPI document leaves them out.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IgnoresPagingAttribute : Attribute;
