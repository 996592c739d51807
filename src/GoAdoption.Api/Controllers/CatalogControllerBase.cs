using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GoAdoption.Api.Contracts;
using GoAdoption.Api.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Controllers;

/// <summary>Paging, the Link header and not-found problems shared by the catalog's controllers.</summary>
[ApiController]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status500InternalServerError, "application/problem+json")]
public abstract class CatalogControllerBase : ControllerBase
{
    /// <summary>
    /// Takes one page, projects it, works out the total (see <see cref="TotalAsync"/>) and adds RFC 8288
    /// first/prev/next/last links.
    /// </summary>
    protected async Task<PagedResponse<TItem>> ToPageAsync<TEntity, TItem>(
        IOrderedQueryable<TEntity> query,
        Expression<Func<TEntity, TItem>> projection,
        ListQuery filter,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(filter);
        List<TItem> items = PageOf(query, filter, out var skip) is { } page
            ? await page.Select(projection).ToListAsync(cancellationToken)
            : [];
        var total = await TotalAsync(query.CountAsync, filter, skip, items.Count, cancellationToken);
        return ToPage(items, filter, total);
    }

    /// <summary><see cref="ToPageAsync{TEntity, TItem}"/> for lists read without EF Core: a page by (skip, take), and a count.</summary>
    protected async Task<PagedResponse<TItem>> ToPageAsync<TItem>(
        Func<int, int, Task<IReadOnlyList<TItem>>> readPage,
        Func<int> count,
        ListQuery filter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(readPage);
        ArgumentNullException.ThrowIfNull(filter);
        var skip = Skip(filter);
        var items = skip > int.MaxValue ? [] : await readPage((int)skip, filter.PageSize);
        var total = await TotalAsync(_ => Task.FromResult(count()), filter, skip, items.Count, cancellationToken);
        return ToPage(items, filter, total);
    }

    /// <summary>
    /// <see cref="ToPageAsync{TEntity, TItem}"/> for items with collections (a company's aliases and domains): the filtered, sorted walk
    /// to the page runs once, for its keys, and the items are then read by key. Projected directly, each split query
    /// of a collection would repeat that walk, which is most of a filtered page's cost.
    /// </summary>
    /// <param name="query">The list's filter and sort.</param>
    /// <param name="all">Every row of the entity, to read the page's items by key.</param>
    /// <param name="projection">Entity → item.</param>
    /// <param name="filter">Filters, sort and paging.</param>
    /// <param name="cancellationToken">Aborts the queries.</param>
    protected async Task<PagedResponse<TItem>> ToPageByKeyAsync<TEntity, TItem>(
        IOrderedQueryable<TEntity> query,
        IQueryable<TEntity> all,
        Expression<Func<TEntity, TItem>> projection,
        ListQuery filter,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(filter);
        List<int> ids = PageOf(query, filter, out var skip) is { } page
            ? await page.Select(e => EF.Property<int>(e, "Id")).ToListAsync(cancellationToken)
            : [];
        var total = await TotalAsync(query.CountAsync, filter, skip, ids.Count, cancellationToken);
        if (ids.Count == 0)
            return ToPage<TItem>([], filter, total);
        var rows = await all.AsNoTracking().AsSplitQuery()
            .Where(e => ids.Contains(EF.Property<int>(e, "Id")))
            .Select(KeyedProjection<TEntity, TItem>.Of(projection))
            .ToDictionaryAsync(r => r.Id, r => r.Item, cancellationToken);
        // An import between the two reads may have removed a row; the page then shows what is still there.
        var items = ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
        return ToPage(items, filter, total);
    }

    /// <summary>The rows of the requested page, or null for a page so far past the end that no row can be on it.</summary>
    private static IQueryable<TEntity>? PageOf<TEntity>(IQueryable<TEntity> query, ListQuery filter, out long skip)
    {
        skip = Skip(filter);
        return skip > int.MaxValue ? null : query.Skip((int)skip).Take(filter.PageSize);
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

/// <summary>An item with the key of the row it was projected from.</summary>
internal sealed class Keyed<TItem>
{
    public int Id { get; init; }

    public required TItem Item { get; init; }
}

/// <summary><c>e => new Keyed { Id = e.Id, Item = projection(e) }</c>, built once per projection.</summary>
internal static class KeyedProjection<TEntity, TItem>
{
    private static readonly ConditionalWeakTable<Expression<Func<TEntity, TItem>>, Expression<Func<TEntity, Keyed<TItem>>>> Built = [];

    public static Expression<Func<TEntity, Keyed<TItem>>> Of(Expression<Func<TEntity, TItem>> projection) =>
        Built.GetValue(projection, static p =>
        {
            var entity = p.Parameters[0];
            var id = Expression.Call(typeof(EF), nameof(EF.Property), [typeof(int)], entity, Expression.Constant("Id"));
            var body = Expression.MemberInit(
                Expression.New(typeof(Keyed<TItem>)),
                Expression.Bind(typeof(Keyed<TItem>).GetProperty(nameof(Keyed<TItem>.Id))!, id),
                Expression.Bind(typeof(Keyed<TItem>).GetProperty(nameof(Keyed<TItem>.Item))!, p.Body));
            return Expression.Lambda<Func<TEntity, Keyed<TItem>>>(body, entity);
        });
}

internal static class QueryableExtensions
{
    public static IOrderedQueryable<T> OrderBy<T, TKey>(this IQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    public static IOrderedQueryable<T> ThenBy<T, TKey>(this IOrderedQueryable<T> query, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? query.ThenByDescending(key) : query.ThenBy(key);
}
