using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Data.Reading;

/// <summary>
/// Company, project and source references by id, so a claim row needs no join to name them: the joins were a third
/// of a claims page's SQL time on a large catalog.
/// </summary>
public sealed class CatalogReferences(
    IReadOnlyDictionary<long, EntityReference> companies,
    IReadOnlyDictionary<long, EntityReference> projects,
    IReadOnlyDictionary<long, SourceReference> sources)
{
    public EntityReference? Company(long id) => companies.GetValueOrDefault(id);

    public EntityReference? Project(long id) => projects.GetValueOrDefault(id);

    public SourceReference? Source(long id) => sources.GetValueOrDefault(id);
}
