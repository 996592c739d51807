using System.Linq.Expressions;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Projects;
using GoAdoption.Api.Features.Sources;
using GoAdoption.Api.Features.UseCases;

namespace GoAdoption.Api.Features.Common;

/// <summary>Entity → response projections shared by several endpoints, translated to SQL by EF Core.</summary>
internal static class Projections
{
    public static readonly Expression<Func<UseCase, UseCaseResponse>> UseCase = u => new UseCaseResponse(
        u.Id,
        u.System,
        u.Summary,
        u.Company == null ? null : new EntityReference(u.Company.Slug, u.Company.Name),
        u.Project == null ? null : new EntityReference(u.Project.Slug, u.Project.Name),
        u.Domain == null ? null : u.Domain.Slug,
        u.MigratedFrom,
        new SourceReference(u.Source.Id, u.Source.FileName, u.Source.Title),
        u.LineStart,
        u.LineEnd,
        u.Quote);

    /// <summary>A project as lists and exports show it; its sources are the distinct documents of its mentions and use-cases.</summary>
    public static readonly Expression<Func<Project, ProjectSummary>> ProjectSummary = p => new ProjectSummary(
        p.Slug,
        p.Name,
        Distinct(p.Aliases.OrderBy(a => a.Name).Select(a => a.Name).ToList()),
        p.Category,
        p.WrittenInGo,
        p.Repository,
        p.Website,
        p.Domains.Select(d => d.Slug).OrderBy(d => d).ToList(),
        p.Mentions.Select(m => m.SourceId).Union(p.UseCases.Select(u => u.SourceId)).Count(),
        p.UseCases.Count,
        p.UseCases.Where(u => u.CompanyId != null).Select(u => u.CompanyId).Distinct().Count());

    public static readonly Expression<Func<Source, SourceSummary>> SourceSummary = s => new SourceSummary(
        s.Id, s.FileName, s.Origin, s.Title, s.Language, s.Form, s.Status, s.Error, s.ImportedAt, s.LastAttemptAt, s.LineCount,
        s.Mentions.Count, s.UseCases.Count, s.Warnings.Count);

    public static readonly Expression<Func<Source, SourceDetail>> SourceDetail = s => new SourceDetail(
        s.Id, s.FileName, s.Origin, s.Title, s.Language, s.Form, s.Status, s.Error, s.ContentHash, s.ImportedAt, s.LastAttemptAt,
        s.LineCount,
        s.Mentions.Where(m => m.CompanyId != null).Select(m => m.CompanyId).Distinct().Count(),
        s.Mentions.Where(m => m.ProjectId != null).Select(m => m.ProjectId).Distinct().Count(),
        s.Mentions.Count,
        s.UseCases.Count,
        s.SubjectCompany != null ? new SourceSubject("company", s.SubjectCompany.Slug, s.SubjectCompany.Name, s.SubjectReasons)
        : s.SubjectProject != null ? new SourceSubject("project", s.SubjectProject.Slug, s.SubjectProject.Name, s.SubjectReasons)
        : null,
        s.Warnings);

    public static readonly Expression<Func<Mention, MentionResponse>> Mention = m => new MentionResponse(
        new SourceReference(m.Source.Id, m.Source.FileName, m.Source.Title),
        m.AsWritten,
        m.LineStart,
        m.LineEnd,
        m.Quote);

    /// <summary>
    /// Alias names without repeats (two sources may give the same spelling). Done on the client: SQLite cannot run
    /// DISTINCT inside a collection subquery of a projection.
    /// </summary>
    public static IReadOnlyList<string> Distinct(List<string> sortedNames) => sortedNames.Distinct(StringComparer.Ordinal).ToList();
}
