using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Common;

/// <summary>Pages of an EF Core list query, for the lists read through EF Core.</summary>
internal static class QueryPages
{
    public static async Task<IReadOnlyList<TItem>> PageAsync<TEntity, TItem>(
        IOrderedQueryable<TEntity> query, Expression<Func<TEntity, TItem>> projection, int skip, int take, CancellationToken cancellationToken)
        where TEntity : class =>
        await query.Skip(skip).Take(take).Select(projection).ToListAsync(cancellationToken);

    /// <summary>
    /// A page of items with collections (a project's aliases and domains): the filtered, sorted walk to the page runs
    /// once, for its keys, and the items are then read by key. Projected directly, each split query of a collection
    /// would repeat that walk, which is most of a filtered page's cost.
    /// </summary>
    public static async Task<IReadOnlyList<TItem>> PageByKeyAsync<TEntity, TItem>(
        IOrderedQueryable<TEntity> query, IQueryable<TEntity> all, Expression<Func<TEntity, TItem>> projection, int skip, int take,
        CancellationToken cancellationToken)
        where TEntity : class
    {
        var ids = await query.Skip(skip).Take(take).Select(e => EF.Property<int>(e, "Id")).ToListAsync(cancellationToken);
        if (ids.Count == 0)
            return [];
        var rows = await all.AsNoTracking().AsSplitQuery()
            .Where(e => ids.Contains(EF.Property<int>(e, "Id")))
            .Select(KeyedProjection<TEntity, TItem>.Of(projection))
            .ToDictionaryAsync(r => r.Id, r => r.Item, cancellationToken);
        // An import between the two reads may have removed a row; the page then shows what is still there.
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
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
