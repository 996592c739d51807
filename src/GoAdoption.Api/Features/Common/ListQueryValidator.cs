using System.Linq.Expressions;
using FluentValidation;
using GoAdoption.Api.Data;
using GoAdoption.Api.Infrastructure;
using GoAdoption.Domain.Taxonomy;

namespace GoAdoption.Api.Features.Common;

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
