using GoAdoption.Api.Contracts;
using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Importing;
using GoAdoption.Domain.Languages;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Controllers;

// ToLower() in these queries becomes SQL lower(), run by the database (see TextKey.LikePattern): no .NET culture applies.
#pragma warning disable CA1304, CA1311

/// <summary>
/// Each list's filter and sort as one ordered query, so a list page, its export and the command line answer the same
/// rows in the same order. Validation has run before: a value here is one its validator accepted.
/// </summary>
internal static class CatalogQueries
{
    public static IOrderedQueryable<Project> Projects(CatalogDbContext db, ProjectFilter filter)
    {
        var query = db.Projects.AsNoTracking().AsSplitQuery();
        if (filter.Domain is { } domain)
            query = query.Where(p => p.Domains.Any(d => d.Slug == domain));
        if (filter.Company is { } company)
            query = query.Where(p => p.UseCases.Any(u => u.Company!.Slug == company));
        if (filter.WrittenInGo is { } writtenInGo)
            query = query.Where(p => p.WrittenInGo == writtenInGo);
        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var pattern = TextKey.LikePattern(filter.Category);
            query = query.Where(p => p.Category != null && EF.Functions.Like(p.Category.ToLower(), pattern, TextKey.LikeEscape));
        }
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var key = TextKey.Normalize(filter.Q);
            query = query.Where(p => p.NameKey.Contains(key) || p.Slug.Contains(key) || p.Aliases.Any(a => a.NameKey.Contains(key)));
        }

        var (sort, descending) = filter.SortOrder();
        var ordered = sort switch
        {
            "sourceCount" => query.OrderBy(p => p.Mentions.Select(m => m.SourceId).Union(p.UseCases.Select(u => u.SourceId)).Count(), descending)
                .ThenBy(p => p.NameKey),
            "useCaseCount" => query.OrderBy(p => p.UseCases.Count, descending).ThenBy(p => p.NameKey),
            "companyCount" => query.OrderBy(p => p.UseCases.Where(u => u.CompanyId != null).Select(u => u.CompanyId).Distinct().Count(), descending)
                .ThenBy(p => p.NameKey),
            _ => query.OrderBy(p => p.NameKey, descending).ThenBy(p => p.Name, descending),
        };
        return ordered.ThenBy(p => p.Id);
    }

    public static IOrderedQueryable<UseCase> UseCases(CatalogDbContext db, UseCaseFilter filter)
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

    public static IOrderedQueryable<Source> Sources(CatalogDbContext db, SourceFilter filter)
    {
        var query = db.Sources.AsNoTracking();
        if (filter.Status is { } status)
        {
            var wanted = Enum.Parse<SourceStatus>(status, ignoreCase: true);
            query = query.Where(s => s.Status == wanted);
        }
        if (filter.Language is { } language)
            query = query.Where(s => s.Language == language);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = TextKey.LikePattern(filter.Q);
            query = query.Where(s => EF.Functions.Like(s.FileName.ToLower(), pattern, TextKey.LikeEscape) || EF.Functions.Like(s.Title.ToLower(), pattern, TextKey.LikeEscape));
        }

        var (sort, descending) = filter.SortOrder();
        var ordered = sort switch
        {
            "title" => query.OrderBy(s => s.Title.ToLower(), descending),
            "importedAt" => query.OrderBy(s => s.ImportedAt, descending),
            "mentionCount" => query.OrderBy(s => s.Mentions.Count, descending),
            _ => query.OrderBy(s => s.FileName, descending),
        };
        return ordered.ThenBy(s => s.Id);
    }
}
