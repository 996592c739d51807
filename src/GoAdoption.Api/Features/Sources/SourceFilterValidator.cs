using FluentValidation;
using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Features.Sources;

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
