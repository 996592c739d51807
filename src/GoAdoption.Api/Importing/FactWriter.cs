using GoAdoption.Api.Data;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Domain.Claims;
using GoAdoption.Domain.Languages;
using GoAdoption.Ingest.Claims;
using GoAdoption.Ingest.Model;
using Microsoft.EntityFrameworkCore;

namespace GoAdoption.Api.Importing;

/// <summary>
/// Writes one ingested document's entities, aliases, mentions, use-cases and claims for its source, inside the importer's
/// transaction. Entities are shared: an existing one is updated, never duplicated.
/// </summary>
internal sealed class FactWriter(CatalogDbContext db, Source source, List<string> warnings)
{
    private readonly Dictionary<string, Company?> _companies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Project?> _projects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliasOwners = new(StringComparer.Ordinal);
    private Dictionary<string, Data.Entities.Domain> _domains = [];

    public int EntityCount { get; private set; }

    public int MentionCount { get; private set; }

    public int UseCaseCount { get; private set; }

    public int ClaimCount { get; private set; }

    public async Task WriteAsync(IngestedDocument document, CancellationToken cancellationToken)
    {
        _domains = await db.Domains.ToDictionaryAsync(d => d.Slug, StringComparer.Ordinal, cancellationToken);

        foreach (var entity in document.Entities.DistinctBy(e => (e.Slug, e.Kind == EntityKind.Project)))
        {
            if (string.IsNullOrWhiteSpace(entity.Slug) || string.IsNullOrWhiteSpace(entity.Name))
            {
                warnings.Add($"Entity without slug or name skipped ({entity.Slug}/{entity.Name}).");
                continue;
            }
            if (entity.Kind == EntityKind.Project)
                await UpsertProjectAsync(entity, cancellationToken);
            else
                await UpsertCompanyAsync(entity, cancellationToken);
            EntityCount++;
        }

        SetSubject(document.Subject);

        foreach (var mention in document.Mentions)
            await AddMentionAsync(mention, cancellationToken);

        foreach (var useCase in document.UseCases)
            await AddUseCaseAsync(useCase, cancellationToken);

        foreach (var claim in document.Claims)
            await AddClaimAsync(claim, cancellationToken);

        foreach (var passage in document.Passages.Where(p => p.IsFactBearing && !string.IsNullOrWhiteSpace(p.Text)))
        {
            db.Passages.Add(new Data.Entities.Passage
            {
                Source = source,
                Kind = passage.Kind,
                LineStart = passage.LineStart,
                LineEnd = passage.LineEnd,
                Text = passage.Text,
            });
        }
    }

    /// <summary>Files what the document is about on its source; a document read again may be about someone else now.</summary>
    private void SetSubject(Ingest.Organizations.DocumentSubject? subject)
    {
        // A new entity has no id yet: the navigation carries it, the key is cleared only when there is no subject.
        var company = subject is { Kind: not EntityKind.Project } ? _companies.GetValueOrDefault(subject.Slug) : null;
        var project = subject is { Kind: EntityKind.Project } ? _projects.GetValueOrDefault(subject.Slug) : null;
        source.SubjectCompany = company;
        source.SubjectProject = project;
        if (company is null)
            source.SubjectCompanyId = null;
        if (project is null)
            source.SubjectProjectId = null;
        source.SubjectReasons = company is null && project is null ? [] : [.. subject!.Reasons];
    }

    private async Task UpsertCompanyAsync(ExtractedEntity entity, CancellationToken cancellationToken)
    {
        var company = await db.Companies.Include(c => c.Domains).SingleOrDefaultAsync(c => c.Slug == entity.Slug, cancellationToken);
        var authoritative = company is null || entity.FromGazetteer || !company.FromGazetteer;
        if (company is null)
        {
            company = new Company { Slug = entity.Slug, Name = entity.Name, NameKey = TextKey.Normalize(entity.Name) };
            db.Companies.Add(company);
        }
        if (authoritative)
        {
            company.Name = entity.Name;
            company.NameKey = TextKey.Normalize(entity.Name);
            company.Kind = entity.Kind == EntityKind.Product ? CompanyKind.Product : CompanyKind.Company;
            company.Country = entity.Country?.ToUpperInvariant() ?? company.Country;
            company.Website = WebsiteHost.Normalize(entity.Website) ?? company.Website;
            company.Description = entity.Description ?? company.Description;
            company.ParentSlug = entity.ParentSlug ?? company.ParentSlug;
            company.FromGazetteer |= entity.FromGazetteer;
        }
        SetDomains(company.Domains, entity, replace: authoritative && entity.FromGazetteer);
        _companies[entity.Slug] = company;

        var keys = AliasKeys(entity);
        var taken = await db.CompanyAliases
            .Where(a => keys.Contains(a.NameKey))
            .Join(db.Companies, a => a.CompanyId, c => c.Id, (a, c) => new { a.NameKey, c.Slug })
            .Where(a => a.Slug != entity.Slug)
            .Select(a => a.NameKey)
            .ToListAsync(cancellationToken);
        taken.AddRange(await db.Companies
            .Where(c => c.Slug != entity.Slug && keys.Contains(c.NameKey))
            .Select(c => c.NameKey)
            .ToListAsync(cancellationToken));
        foreach (var (name, key) in Aliases(entity, company.NameKey))
        {
            if (taken.Contains(key) || !ClaimAlias(key, entity.Slug))
            {
                warnings.Add($"Alias \"{name}\" of {entity.Slug} already names another company; not stored.");
                continue;
            }
            company.Aliases.Add(new CompanyAlias { SourceId = source.Id, Name = name, NameKey = key });
        }
    }

    private async Task UpsertProjectAsync(ExtractedEntity entity, CancellationToken cancellationToken)
    {
        var project = await db.Projects.Include(p => p.Domains).SingleOrDefaultAsync(p => p.Slug == entity.Slug, cancellationToken);
        var authoritative = project is null || entity.FromGazetteer || !project.FromGazetteer;
        if (project is null)
        {
            project = new Project { Slug = entity.Slug, Name = entity.Name, NameKey = TextKey.Normalize(entity.Name) };
            db.Projects.Add(project);
        }
        if (authoritative)
        {
            project.Name = entity.Name;
            project.NameKey = TextKey.Normalize(entity.Name);
            project.Category = entity.Category ?? project.Category;
            project.WrittenInGo = entity.WrittenInGo ?? project.WrittenInGo;
            project.Description = entity.Description ?? project.Description;
            project.ParentSlug = entity.ParentSlug ?? project.ParentSlug;
            project.FromGazetteer |= entity.FromGazetteer;
        }

        // What a document says about a project's home fills what the catalog does not know yet.
        if (authoritative || project.Repository is null)
        {
            project.Repository = entity.Repository ?? project.Repository;
        }

        if (authoritative || project.Website is null)
        {
            project.Website = WebsiteHost.Normalize(entity.Website) ?? project.Website;
        }
        SetDomains(project.Domains, entity, replace: authoritative && entity.FromGazetteer);
        _projects[entity.Slug] = project;

        foreach (var (name, key) in Aliases(entity, project.NameKey))
            project.Aliases.Add(new ProjectAlias { SourceId = source.Id, Name = name, NameKey = key });
    }

    /// <summary>Within one document, the first company to claim an alias keeps it.</summary>
    private bool ClaimAlias(string key, string slug) =>
        _aliasOwners.TryAdd(key, slug) || _aliasOwners[key] == slug;

    private static IEnumerable<(string Name, string Key)> Aliases(ExtractedEntity entity, string nameKey) =>
        entity.Aliases
            .Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => (Name: a.Trim(), Key: TextKey.Normalize(a)))
            .Where(a => a.Key != nameKey)
            .DistinctBy(a => a.Key);

    private static List<string> AliasKeys(ExtractedEntity entity) =>
        entity.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(TextKey.Normalize).Distinct().ToList();

    private void SetDomains(List<Data.Entities.Domain> current, ExtractedEntity entity, bool replace)
    {
        var wanted = new List<Data.Entities.Domain>();
        foreach (var slug in entity.Domains.Distinct(StringComparer.Ordinal))
        {
            if (_domains.TryGetValue(slug, out var domain))
                wanted.Add(domain);
            else
                warnings.Add($"Unknown domain \"{slug}\" on {entity.Slug} ignored.");
        }
        if (replace && wanted.Count > 0)
            current.RemoveAll(d => !wanted.Contains(d));
        foreach (var domain in wanted.Where(d => !current.Contains(d)))
            current.Add(domain);
    }

    private async Task AddMentionAsync(EntityMention mention, CancellationToken cancellationToken)
    {
        // A slug can name both a company and a project (docker); the document's own entity decides which.
        Company? company = null;
        var project = _companies.GetValueOrDefault(mention.Slug) is null ? _projects.GetValueOrDefault(mention.Slug) : null;
        if (project is null)
        {
            company = await FindCompanyAsync(mention.Slug, cancellationToken);
            project = company is null ? await FindProjectAsync(mention.Slug, cancellationToken) : null;
        }
        if (company is null && project is null)
        {
            warnings.Add($"Mention of unknown entity \"{mention.Slug}\" at line {mention.At.LineStart} skipped.");
            return;
        }
        db.Mentions.Add(new Mention
        {
            Source = source,
            Company = company,
            Project = project,
            AsWritten = mention.AsWritten,
            LineStart = mention.At.LineStart,
            LineEnd = mention.At.LineEnd,
            Quote = mention.At.Quote,
        });
        MentionCount++;
    }

    private async Task AddUseCaseAsync(ExtractedUseCase useCase, CancellationToken cancellationToken)
    {
        var company = useCase.CompanySlug is null ? null : await FindCompanyAsync(useCase.CompanySlug, cancellationToken);
        var project = useCase.ProjectSlug is null ? null : await FindProjectAsync(useCase.ProjectSlug, cancellationToken);
        if (useCase.CompanySlug is not null && company is null)
            warnings.Add($"Use-case \"{useCase.System}\" names unknown company \"{useCase.CompanySlug}\"; stored without it.");
        if (useCase.ProjectSlug is not null && project is null)
            warnings.Add($"Use-case \"{useCase.System}\" names unknown project \"{useCase.ProjectSlug}\"; stored without it.");
        Data.Entities.Domain? domain = null;
        if (useCase.Domain is not null && !_domains.TryGetValue(useCase.Domain, out domain))
            warnings.Add($"Use-case \"{useCase.System}\" has unknown domain \"{useCase.Domain}\"; stored without it.");

        db.UseCases.Add(new UseCase
        {
            Source = source,
            Company = company,
            Project = project,
            System = useCase.System,
            Summary = useCase.Summary,
            Domain = domain,
            MigratedFrom = string.IsNullOrWhiteSpace(useCase.MigratedFrom) ? null : useCase.MigratedFrom.Trim(),
            MigratedFromKey = ProgrammingLanguages.Key(useCase.MigratedFrom),
            LineStart = useCase.At.LineStart,
            LineEnd = useCase.At.LineEnd,
            Quote = useCase.At.Quote,
        });
        UseCaseCount++;
    }

    private async Task AddClaimAsync(ExtractedClaim claim, CancellationToken cancellationToken)
    {
        // A slug can name both a company and a project (docker): the document's own entity decides, as for mentions.
        var company = claim.CompanySlug is null ? null
            : _companies.GetValueOrDefault(claim.CompanySlug) ?? await FindCompanyAsync(claim.CompanySlug, cancellationToken);
        var project = claim.ProjectSlug is null ? null
            : _projects.GetValueOrDefault(claim.ProjectSlug) ?? await FindProjectAsync(claim.ProjectSlug, cancellationToken);
        if (claim.CompanySlug is not null && company is null)
        {
            project ??= await FindProjectAsync(claim.CompanySlug, cancellationToken);
            if (project is null)
                warnings.Add($"Claim at line {claim.At.LineStart} names unknown company \"{claim.CompanySlug}\"; stored without it.");
        }
        if (claim.ProjectSlug is not null && project is null)
            warnings.Add($"Claim at line {claim.At.LineStart} names unknown project \"{claim.ProjectSlug}\"; stored without it.");

        db.Claims.Add(new Claim
        {
            Source = source,
            Company = company,
            Project = project,
            System = string.IsNullOrWhiteSpace(claim.System) ? null : claim.System.Trim(),
            Metric = claim.Metric,
            Statistic = claim.Statistic,
            Baseline = claim.Baseline,
            Result = claim.Result,
            Unit = claim.Unit,
            StatedChangePercent = claim.StatedChangePercent,
            StatedMultiplier = claim.StatedMultiplier,
            StatedDelta = claim.StatedDelta,
            ChangePercent = claim.ChangePercent,
            Consistency = claim.Consistency,
            MigratedFrom = string.IsNullOrWhiteSpace(claim.MigratedFrom) ? null : claim.MigratedFrom.Trim(),
            MigratedFromKey = ProgrammingLanguages.Key(claim.MigratedFrom),
            Bound = claim.Bound,
            CrossSource = ClaimCrossSource.Single,
            LineStart = claim.At.LineStart,
            LineEnd = claim.At.LineEnd,
            Quote = claim.At.Quote,
            RestatedAt = [.. (claim.RestatedAt ?? []).Select(p => new ClaimStatement(p.LineStart, p.LineEnd, p.Quote))],
        });
        ClaimCount++;
    }

    private async Task<Company?> FindCompanyAsync(string slug, CancellationToken cancellationToken)
    {
        if (!_companies.TryGetValue(slug, out var company))
            _companies[slug] = company = await db.Companies.SingleOrDefaultAsync(c => c.Slug == slug, cancellationToken);
        return company;
    }

    private async Task<Project?> FindProjectAsync(string slug, CancellationToken cancellationToken)
    {
        if (!_projects.TryGetValue(slug, out var project))
            _projects[slug] = project = await db.Projects.SingleOrDefaultAsync(p => p.Slug == slug, cancellationToken);
        return project;
    }
}
