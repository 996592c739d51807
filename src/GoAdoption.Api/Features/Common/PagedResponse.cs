namespace GoAdoption.Api.Features.Common;

/// <summary>One page of a list.</summary>
/// <param name="Items">The items on this page, in the requested order.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Items per page (1–100).</param>
/// <param name="Total">Items matching the filters, over all pages.</param>
public sealed record PagedResponse<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
