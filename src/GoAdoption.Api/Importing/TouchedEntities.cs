using GoAdoption.Api.Data;
using GoAdoption.Domain.Claims;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Importing;

/// <summary>
/// The companies and projects an importer's writes named, before and after: the only ones whose cross-source statuses,
/// search rows or existence the writes can have changed. A claim's cross-source group is its company, or its project
/// when it names no company (see <see cref="CrossSourceRule"/>), so the claims of these groups are all that need
/// comparing again; the rest of the catalog is left as it was.
/// </summary>
public sealed class TouchedEntities
{
    private readonly Dictionary<int, string> _companies = [];
    private readonly Dictionary<int, string> _projects = [];

    public IReadOnlyCollection<int> CompanyIds => _companies.Keys;

    public IReadOnlyCollection<int> ProjectIds => _projects.Keys;

    public IEnumerable<string> CompanySlugs => _companies.Values;

    public IEnumerable<string> ProjectSlugs => _projects.Values;

    /// <summary>Adds what one document's stored facts (mentions, use-cases, claims, aliases) name.</summary>
    public async Task AddSourceAsync(CatalogDbContext db, int sourceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var companyIds = db.Mentions.Where(m => m.SourceId == sourceId && m.CompanyId != null).Select(m => m.CompanyId!.Value)
            .Concat(db.UseCases.Where(u => u.SourceId == sourceId && u.CompanyId != null).Select(u => u.CompanyId!.Value))
            .Concat(db.Claims.Where(c => c.SourceId == sourceId && c.CompanyId != null).Select(c => c.CompanyId!.Value))
            .Concat(db.CompanyAliases.Where(a => a.SourceId == sourceId).Select(a => a.CompanyId));
        foreach (var company in await db.Companies.Where(c => companyIds.Contains(c.Id)).Select(c => new { c.Id, c.Slug }).ToListAsync(cancellationToken))
            _companies[company.Id] = company.Slug;

        var projectIds = db.Mentions.Where(m => m.SourceId == sourceId && m.ProjectId != null).Select(m => m.ProjectId!.Value)
            .Concat(db.UseCases.Where(u => u.SourceId == sourceId && u.ProjectId != null).Select(u => u.ProjectId!.Value))
            .Concat(db.Claims.Where(c => c.SourceId == sourceId && c.ProjectId != null).Select(c => c.ProjectId!.Value))
            .Concat(db.ProjectAliases.Where(a => a.SourceId == sourceId).Select(a => a.ProjectId));
        foreach (var project in await db.Projects.Where(p => projectIds.Contains(p.Id)).Select(p => new { p.Id, p.Slug }).ToListAsync(cancellationToken))
            _projects[project.Id] = project.Slug;
    }
}
