using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Common;

/// <summary>
/// The reads of a list that is one EF Core query: its filter and sort as <see cref="Query"/>, and its item as
/// <paramref name="projection"/>; a page, the total and the stream all follow from the two.
/// </summary>
internal abstract class QueryReads<TEntity, TFilter, TItem>(Expression<Func<TEntity, TItem>> projection) : IListReads<TFilter, TItem>
    where TEntity : class
    where TFilter : ListQuery
{
    protected Expression<Func<TEntity, TItem>> Projection { get; } = projection;

    public virtual Task<IReadOnlyList<TItem>> PageAsync(TFilter filter, int skip, int take, CancellationToken cancellationToken) =>
        QueryPages.PageAsync(Query(filter), Projection, skip, take, cancellationToken);

    public Task<int> CountAsync(TFilter filter, CancellationToken cancellationToken) => Query(filter).CountAsync(cancellationToken);

    public IAsyncEnumerable<TItem> StreamAsync(TFilter filter) => Query(filter).Select(Projection).AsAsyncEnumerable();

    /// <summary>The filter and sort; validation has run, so each value is one its validator accepted.</summary>
    protected abstract IOrderedQueryable<TEntity> Query(TFilter filter);
}
