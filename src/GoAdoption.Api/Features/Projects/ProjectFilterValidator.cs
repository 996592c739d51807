using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Features.Projects;

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
