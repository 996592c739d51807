using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using GoAdoption.Domain.Languages;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.UseCases;

// ToLower() in these queries becomes SQL lower(), run by the database (see TextKey.LikePattern): no .NET culture applies.
#pragma warning disable CA1304, CA1311

/// <summary>The use-case list's reads: its filter and sort as one EF Core query, paged, counted and streamed.</summary>
internal sealed class UseCaseReads(CatalogDbContext db) : IListReads<UseCaseFilter, UseCaseResponse>
{
    public Task<IReadOnlyList<UseCaseResponse>> PageAsync(UseCaseFilter filter, int skip, int take, CancellationToken cancellationToken) =>
        QueryPages.PageAsync(Query(db, filter), Projections.UseCase, skip, take, cancellationToken);

    public Task<int> CountAsync(UseCaseFilter filter, CancellationToken cancellationToken) => Query(db, filter).CountAsync(cancellationToken);

    public IAsyncEnumerable<UseCaseResponse> StreamAsync(UseCaseFilter filter, CancellationToken cancellationToken) =>
        Query(db, filter).Select(Projections.UseCase).AsAsyncEnumerable();

    private static IOrderedQueryable<UseCase> Query(CatalogDbContext db, UseCaseFilter filter)
    {
        var query = db.UseCases.AsNoTracking();
        if (filter.Company is { } company)
            query = query.Where(u => u.Company!.Slug == company);
        if (filter.Project is { } project)
            query = query.Where(u => u.Project!.Slug == project);
        if (filter.Domain is { } domain)
            query = query.Where(u => u.Domain!.Slug == domain);
        if (ProgrammingLanguages.Key(filter.MigratedFrom) is { } language)
            query = query.Where(u => u.MigratedFromKey == language);
        if (filter.Source is { } source)
            query = query.Where(u => u.SourceId == source);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = TextKey.LikePattern(filter.Q);
            query = query.Where(u => EF.Functions.Like(u.System.ToLower(), pattern, TextKey.LikeEscape) || EF.Functions.Like(u.Summary.ToLower(), pattern, TextKey.LikeEscape));
        }

        var (sort, descending) = filter.SortOrder();
        var ordered = sort switch
        {
            "company" => query.OrderBy(u => u.Company!.NameKey, descending).ThenBy(u => u.System.ToLower()),
            _ => query.OrderBy(u => u.System.ToLower(), descending),
        };
        return ordered.ThenBy(u => u.Id);
    }
}
