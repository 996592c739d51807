using System.Linq.Expressions;
using FluentValidation;
using GoAdoption.Api.Contracts;
using GoAdoption.Api.Data;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Domain.Claims;
using GoAdoption.Domain.Taxonomy;

namespace GoAdoption.Api.Validation;

public static class ListQueryValidation
{
    /// <summary>
    /// Key of <see cref="ValidationContext{T}.RootContextData"/> set when the filter drives an export, which has no
    /// pages: page bounds are then not checked.
    /// </summary>
    public const string IgnorePaging = "ignorePaging";
}

/// <summary>Rules every list shares: page bounds and a sort key the list knows.</summary>
public abstract class ListQueryValidator<T> : AbstractValidator<T>
    where T : ListQuery
{
    public const int MaxPageSize = 100;

    protected ListQueryValidator()
    {
        When((_, context) => !context.RootContextData.ContainsKey(ListQueryValidation.IgnorePaging), () =>
        {
            RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        });
        RuleFor(q => q.Sort)
            .Must((query, sort) => query.SortKeys().Contains(sort!.TrimStart('-'), StringComparer.Ordinal) && sort.LastIndexOf('-') <= 0)
            .When(q => !string.IsNullOrEmpty(q.Sort))
            .WithMessage(q => $"'sort' must be one of {string.Join(", ", q.SortKeys())}, optionally prefixed with '-'.");
    }

    protected void DomainSlug(Expression<Func<T, string?>> property) =>
        RuleFor(property)
            .Must(slug => slug is null || DomainTaxonomy.IsKnown(slug))
            .WithMessage((_, slug) => $"'{slug}' is not a domain; see GET /api/v1/domains.");

    protected void Slug(Expression<Func<T, string?>> property) =>
        RuleFor(property)
            .Must(slug => slug is null || slug.Trim().Length > 0).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(200)
            .Must(BeWellFormed).WithMessage(WellFormedMessage);

    protected void Text(Expression<Func<T, string?>> property, int maximumLength = 200) =>
        RuleFor(property).MaximumLength(maximumLength).Must(BeWellFormed).WithMessage(WellFormedMessage);

    private const string WellFormedMessage = "'{PropertyName}' must be Unicode text: no unpaired surrogate, no noncharacter such as U+FFFF.";

    private static bool BeWellFormed(string? text) => text is null || TextKey.IsWellFormed(text);

    /// <summary>One of the enum's names as responses write them.</summary>
    protected void OneOf<TEnum>(Expression<Func<T, string?>> property)
        where TEnum : struct, Enum =>
        RuleFor(property)
            .Must(name => name is null || WireNames<TEnum>.Parse(name) is not null)
            .WithMessage($"'{{PropertyName}}' must be one of {WireNames<TEnum>.Listed}.");
}

public sealed class CompanyFilterValidator : ListQueryValidator<CompanyFilter>
{
    public CompanyFilterValidator()
    {
        DomainSlug(q => q.Domain);
        Slug(q => q.Project);
        RuleFor(q => q.Country).Matches("^[A-Za-z]{2}$").WithMessage("'country' must be an ISO 3166-1 alpha-2 code such as CN or US.");
        Text(q => q.MigratedFrom, 50);
        RuleFor(q => q.Kind).Must(k => k is null or "company" or "product").WithMessage("'kind' must be company or product.");
        Text(q => q.Q);
        RuleFor(q => q.Website)
            .MaximumLength(300)
            .Must(w => w is null || (WebsiteHost.Normalize(w) is { } host && WebsiteHost.IsHost(host)))
            .WithMessage("'website' must be a host name or URL such as uber.com.");
    }
}

public sealed class ProjectFilterValidator : ListQueryValidator<ProjectFilter>
{
    public ProjectFilterValidator()
    {
        DomainSlug(q => q.Domain);
        Slug(q => q.Company);
        Text(q => q.Category);
        Text(q => q.Q);
    }
}

public sealed class UseCaseFilterValidator : ListQueryValidator<UseCaseFilter>
{
    public UseCaseFilterValidator()
    {
        Slug(q => q.Company);
        Slug(q => q.Project);
        DomainSlug(q => q.Domain);
        Text(q => q.MigratedFrom, 50);
        RuleFor(q => q.Source).GreaterThanOrEqualTo(1);
        Text(q => q.Q);
    }
}

public sealed class ClaimFilterValidator : ListQueryValidator<ClaimFilter>
{
    /// <summary>A change cannot fall below −100 %; rises past a million percent are no real claim.</summary>
    public const double MinChange = -100;

    public const double MaxChange = 1_000_000;

    public ClaimFilterValidator()
    {
        Slug(q => q.Company);
        Slug(q => q.Project);
        DomainSlug(q => q.Domain);
        Text(q => q.MigratedFrom, 50);
        OneOf<ClaimMetric>(q => q.Metric);
        OneOf<ClaimStatistic>(q => q.Statistic);
        OneOf<ClaimConsistency>(q => q.Consistency);
        OneOf<ClaimCrossSource>(q => q.CrossSource);
        RuleFor(q => q.MinChangePercent).InclusiveBetween(MinChange, MaxChange);
        RuleFor(q => q.MaxChangePercent).InclusiveBetween(MinChange, MaxChange);
        RuleFor(q => q.MaxChangePercent)
            .Must((q, max) => max is null || q.MinChangePercent is null || max >= q.MinChangePercent)
            .WithMessage("'maxChangePercent' must not be less than 'minChangePercent'.");
        RuleFor(q => q.Source).GreaterThanOrEqualTo(1);
    }
}

public sealed class DomainFilterValidator : ListQueryValidator<DomainFilter>
{
    public DomainFilterValidator() => Text(q => q.Q);
}

public sealed class SourceFilterValidator : ListQueryValidator<SourceFilter>
{
    public SourceFilterValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null or "imported" or "stale" or "failed")
            .WithMessage("'status' must be imported, stale or failed.");
        RuleFor(q => q.Language).Matches("^[a-z]{2}$").WithMessage("'language' must be a two-letter code such as en or zh.");
        Text(q => q.Q);
    }
}

public sealed class MentionFilterValidator : ListQueryValidator<MentionFilter>;
