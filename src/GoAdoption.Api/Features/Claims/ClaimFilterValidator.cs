using FluentValidation;
using GoAdoption.Api.Features.Common;
using GoAdoption.Domain.Claims;

namespace GoAdoption.Api.Features.Claims;

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
