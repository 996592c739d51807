using FluentValidation;
using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Features.UseCases;

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
