using GoAdoption.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// Ready when the catalog can be read: a real query of its tables, not only a connection. SQLite opens a deleted file
/// as a new empty database, so a connection alone says nothing; a corrupt file fails the query too.
/// </summary>
internal sealed class CatalogReadableCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var domains = await db.Domains.CountAsync(cancellationToken);
            return domains > 0
                ? HealthCheckResult.Healthy($"{domains} domains in the catalog")
                : HealthCheckResult.Unhealthy("The catalog has no domains: it was not created by this API's migrations.");
        }
#pragma warning disable CA1031 // Whatever stops the catalog from being read makes the API unready; the reason is reported.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The catalog cannot be read.", e);
        }
    }
}
