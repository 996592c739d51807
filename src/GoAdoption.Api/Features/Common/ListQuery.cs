using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace GoAdoption.Api.Features.Common;

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
