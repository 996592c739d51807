using System.Globalization;
using System.Linq.Expressions;
using GoAdoption.Api.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Controllers;

/// <summary>Paging, the Link header and not-found problems shared by the catalog's controllers.</summary>
[ApiController]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, "application/problem+json")]
public abstract class CatalogControllerBase : ControllerBase
{
    /// <summary>Counts, takes one page, projects it and adds RFC 8288 first/prev/next/last links.</summary>
    protected async Task<PagedResponse<TItem>> ToPageAsync<TEntity, TItem>(
        IOrderedQueryable<TEntity> query,
        Expression<Func<TEntity, TItem>> projection,
        ListQuery filter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var total = await query.CountAsync(cancellationToken);
        // Computed in 64 bits: page × pageSize can pass int.MaxValue on a valid request for a page past the end.
        var skip = (long)(filter.Page - 1) * filter.PageSize;
        var items = skip >= total
            ? []
            : await query.Skip((int)skip).Take(filter.PageSize).Select(projection).ToListAsync(cancellationToken);
        return ToPage(items, filter, total);
    }

    /// <summary>A page already read, with its RFC 8288 links, for lists that are not one LINQ query (search).</summary>
    protected PagedResponse<TItem> ToPage<TItem>(IReadOnlyList<TItem> items, ListQuery filter, int total)
    {
        ArgumentNullException.ThrowIfNull(filter);
        AddLinkHeader(filter.Page, filter.PageSize, total);
        return new PagedResponse<TItem>(items, filter.Page, filter.PageSize, total);
    }

    protected ObjectResult NotFoundProblem(string what, string key) =>
        Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"No {what} '{key}'.");

    private void AddLinkHeader(int page, int pageSize, int total)
    {
        var last = Math.Max(1, (total + pageSize - 1) / pageSize);
        var links = new List<string> { Link(1, "first") };
        if (page > 1)
            links.Add(Link(Math.Min(page - 1, last), "prev"));
        if (page < last)
            links.Add(Link(page + 1, "next"));
        links.Add(Link(last, "last"));
        Response.Headers.Link = string.Join(", ", links);

        string Link(int target, string rel)
        {
            var query = QueryHelpers.ParseQuery(Request.QueryString.Value)
                .Where(p => !string.Equals(p.Key, "page", StringComparison.OrdinalIgnoreCase))
                .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
                .Append(new KeyValuePair<string, string?>("page", target.ToString(CultureInfo.InvariantCulture)));
            return $"<{QueryHelpers.AddQueryString(Request.PathBase + Request.Path, query)}>; rel=\"{rel}\"";
        }
    }
}

internal static class QueryableExtensions
{
    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    public static IOrderedQueryable<T> ThenBy<T, TKey>(this IOrderedQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.ThenByDescending(key) : query.ThenBy(key);
}
