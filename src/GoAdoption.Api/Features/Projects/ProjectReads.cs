using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Features.Projects;

// ToLower() in these queries becomes SQL lower(), run by the database (see TextKey.LikePattern): no .NET culture applies.
#pragma warning disable CA1304, CA1311

/// <summary>The project list's reads: its filter and sort as one EF Core query.</summary>
internal sealed class ProjectReads(CatalogDbContext db) : QueryReads<Project, ProjectFilter, ProjectSummary>(Projections.ProjectSummary)
{
    // A project's aliases and domains are collections: the page is walked once for its keys (see QueryPages.PageByKeyAsync).
    public override Task<IReadOnlyList<ProjectSummary>> PageAsync(ProjectFilter filter, int skip, int take, CancellationToken cancellationToken) =>
        QueryPages.PageByKeyAsync(Query(filter), db.Projects, Projection, skip, take, cancellationToken);

    protected override IOrderedQueryable<Project> Query(ProjectFilter filter)
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
}
