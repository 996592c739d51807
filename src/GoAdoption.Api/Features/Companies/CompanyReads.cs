using System.Runtime.CompilerServices;
using GoAdoption.Api.Data.Reading;
using GoAdoption.Api.Features.Common;

namespace GoAdoption.Api.Features.Companies;

/// <summary>
/// The companies list's reads, from the version's <see cref="CompanySnapshot"/> in memory: filtering by domain and
/// country through SQL walked every company of the country in name order (see <see cref="CatalogSnapshots"/>).
/// </summary>
internal sealed class CompanyReads(CatalogSnapshots snapshots) : IListReads<CompanyFilter, CompanySummary>
{
    public async Task<IReadOnlyList<CompanySummary>> PageAsync(CompanyFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var matches = await snapshots.FindCompaniesAsync(filter);
        return matches.Skip(skip).Take(take).ToList();
    }

    public async Task<int> CountAsync(CompanyFilter filter, CancellationToken cancellationToken) =>
        (await snapshots.FindCompaniesAsync(filter)).Count;

    public IAsyncEnumerable<CompanySummary> StreamAsync(CompanyFilter filter) => Stream(filter);

    // The enumeration's token (WithCancellation) arrives here.
    private async IAsyncEnumerable<CompanySummary> Stream(CompanyFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var company in await snapshots.FindCompaniesAsync(filter))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return company;
        }
    }
}
