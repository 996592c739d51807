using System.Globalization;
using System.Linq.Expressions;
using GoAdoption.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace GoAdoption.Api.Features.Common;

/// <summary>Paging, the Link header and not-found problems shared by the catalog's controllers.</summary>
[ApiController]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, "application/problem+json")]
public abstract class CatalogControllerBase : ControllerBase
{
    /// <summary>
    /// One page of a list through its reads, with its total (see <see cref="TotalAsync"/>) and RFC 8288
    /// first/prev/next/last links.
    /// </summary>
    protected Task<PagedResponse<TItem>> ToPageAsync<TFilter, TItem>(IListReads<TFilter, TItem> reads, TFilter filter, CancellationToken cancellationToken)
        where TFilter : ListQuery
    {
        ArgumentNullException.ThrowIfNull(reads);
        return ToPageAsync((skip, take) => reads.PageAsync(filter, skip, take, cancellationToken), () => reads.CountAsync(filter, cancellationToken),
            filter, cancellationToken);
    }

    /// <summary>A page of a list scoped by its route (a company's mentions): a page by (skip, take), and a count.</summary>
    protected async Task<PagedResponse<TItem>> ToPageAsync<TItem>(
        Func<int, int, Task<IReadOnlyList<TItem>>> readPage,
        Func<Task<int>> count,
        ListQuery filter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readPage);
        ArgumentNullException.ThrowIfNull(filter);
        var skip = Skip(filter);
        var items = skip > int.MaxValue ? [] : await readPage((int)skip, filter.PageSize);
        var total = await TotalAsync(_ => count(), filter, skip, items.Count, cancellationToken);
        return ToPage(items, filter, total);
    }

    // Computed in 64 bits: page × pageSize can pass int.MaxValue on a valid request for a page past the end.
    private static long Skip(ListQuery filter) => (long)(filter.Page - 1) * filter.PageSize;

    /// <summary>
    /// The number of matching rows, from <paramref name="count"/>. A page that is neither full nor past the end shows where
    /// the list ends, so it needs no count; otherwise the count is recalled for this filter and catalog version, or
    /// counted once (<see cref="ListTotals"/>).
    /// </summary>
    private Task<int> TotalAsync(Func<CancellationToken, Task<int>> count, ListQuery filter, long skip, int read, CancellationToken cancellationToken)
    {
        if ((read > 0 && read < filter.PageSize) || (read == 0 && skip == 0))
            return Task.FromResult((int)skip + read);
        return HttpContext.RequestServices.GetRequiredService<ListTotals>()
            .GetAsync(Request.Path.Value ?? "", filter, count, cancellationToken);
    }

    /// <summary>The requested page of <paramref name="matches"/> (every match, in order), with its links.</summary>
    protected PagedResponse<TItem> ToPage<TItem>(IReadOnlyList<TItem> matches, ListQuery filter)
    {
        ArgumentNullException.ThrowIfNull(matches);
        ArgumentNullException.ThrowIfNull(filter);
        var skip = Skip(filter);
        var items = new List<TItem>();
        for (var i = skip; i < Math.Min(skip + filter.PageSize, matches.Count); i++)
            items.Add(matches[(int)i]);
        return ToPage(items, filter, matches.Count);
    }

    /// <summary>A page already read, with its RFC 8288 links, for lists that are not one LINQ query (search).</summary>
    protected PagedResponse<TItem> ToPage<TItem>(IReadOnlyList<TItem> items, ListQuery filter, int total)
    {
        ArgumentNullException.ThrowIfNull(filter);
        AddLinkHeader(filter.Page, filter.PageSize, total);
        return new PagedResponse<TItem>(items, filter.Page, filter.PageSize, total);
    }

    /// <summary>A problem of the given status naming the field at fault, as validation problems do.</summary>
    protected ObjectResult FieldProblem(int status, string field, string message)
    {
        ModelState.AddModelError(field, message);
        return ModelStateProblem(status);
    }

    /// <summary>The model state's errors as a problem of the given status.</summary>
    protected ObjectResult ModelStateProblem(int status)
    {
        var problem = ProblemDetailsFactory.CreateValidationProblemDetails(HttpContext, ModelState, status);
        return new ObjectResult(problem) { StatusCode = status, ContentTypes = { "application/problem+json" } };
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
