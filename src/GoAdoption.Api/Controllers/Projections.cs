using System.Linq.Expressions;
using GoAdoption.Api.Contracts;
using GoAdoption.Api.Data.Entities;

namespace GoAdoption.Api.Controllers;

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

    public static readonly Expression<Func<Claim, ClaimResponse>> Claim = c => new ClaimResponse(
        c.Id,
        c.Company == null ? null : new EntityReference(c.Company.Slug, c.Company.Name),
        c.Project == null ? null : new EntityReference(c.Project.Slug, c.Project.Name),
        c.System,
        c.Metric,
        c.Statistic,
        c.Baseline,
        c.Result,
        c.Unit,
        c.StatedChangePercent,
        c.StatedMultiplier,
        c.StatedDelta,
        c.ChangePercent,
        c.Consistency,
        c.MigratedFrom,
        c.Bound,
        c.CrossSource,
        new SourceReference(c.Source.Id, c.Source.FileName, c.Source.Title),
        c.LineStart,
        c.LineEnd,
        c.Quote);

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
