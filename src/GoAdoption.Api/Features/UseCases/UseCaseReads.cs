using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using GoAdoption.Domain.Languages;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.UseCases;

// ToLower() in these queries becomes SQL lower(), run by the database (see TextKey.LikePattern): no .NET culture applies.
#pragma warning disable CA1304, CA1311

/// <summary>The use-case list's reads: its filter and sort as one EF Core query.</summary>
internal sealed class UseCaseReads(CatalogDbContext db) : QueryReads<UseCase, UseCaseFilter, UseCaseResponse>(Projections.UseCase)
{
    protected override IOrderedQueryable<UseCase> Query(UseCaseFilter filter)
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
