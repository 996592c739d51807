using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Features.Domains;

public sealed class DomainFilterValidator : ListQueryValidator<DomainFilter>
{
    public DomainFilterValidator() => Text(q => q.Q);
}
