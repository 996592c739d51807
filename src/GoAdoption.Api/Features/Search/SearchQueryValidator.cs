using FluentValidation;
using GoAdoption.Api.Data.Entities;
using GoAdoption.Api.Features.Common;
using GoAdoption.Api.Infrastructure;

namespace GoAdoption.Api.Features.Search;

public sealed class SearchQueryValidator : ListQueryValidator<SearchQuery>
{
    public const int MaxQueryLength = 200;

    public SearchQueryValidator()
    {
        Text(q => q.Q, MaxQueryLength);
        RuleFor(q => q.Q).NotEmpty()
            .Must(q => q is null || !q.Any(c => char.IsControl(c) && !char.IsWhiteSpace(c)))
            .WithMessage("'q' must not contain control characters such as NUL.");
        RuleFor(q => q.Type)
            .Must(t => t is null || WireNames<SearchHitType>.Parse(t) is not null)
            .WithMessage($"'type' must be one of {WireNames<SearchHitType>.Listed}.");
    }
}
