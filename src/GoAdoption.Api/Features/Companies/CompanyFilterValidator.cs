using FluentValidation;
using GoAdoption.Api.Data;
using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Features.Companies;

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
