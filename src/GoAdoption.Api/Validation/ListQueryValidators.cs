using System.Linq.Expressions;
using FluentValidation;
using GoAdoption.Api.Contracts;
using GoAdoption.Ingest.Taxonomy;

namespace GoAdoption.Api.Validation;

/// <summary>Rules every list shares: page bounds and a sort key the list knows.</summary>
public abstract class ListQueryValidator<T> : AbstractValidator<T>
    where T : ListQuery
{
    public const int MaxPageSize = 100;

    protected ListQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
        RuleFor(q => q.Sort)
            .Must((query, sort) => query.SortKeys().Contains(sort!.TrimStart('-'), StringComparer.Ordinal) && sort.LastIndexOf('-') <= 0)
            .When(q => !string.IsNullOrEmpty(q.Sort))
            .WithMessage(q => $"'sort' must be one of {string.Join(", ", q.SortKeys())}, optionally prefixed with '-'.");
    }

    protected void DomainSlug(Expression<Func<T, string?>> property) =>
        RuleFor(property)
            .Must(slug => slug is null || DomainTaxonomy.Find(slug) is not null)
            .WithMessage((_, slug) => $"'{slug}' is not a domain; see GET /api/v1/domains.");

    protected void Slug(Expression<Func<T, string?>> property) =>
        RuleFor(property)
            .Must(slug => slug is null || slug.Trim().Length > 0).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(200);

    protected void Text(Expression<Func<T, string?>> property, int maximumLength = 200) =>
        RuleFor(property).MaximumLength(maximumLength);
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
