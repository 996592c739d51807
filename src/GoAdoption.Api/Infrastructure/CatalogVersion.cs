using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GoAdoption.Api.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// The version of the catalog this process serves: a random number the importer writes into the catalog's state
/// (<see cref="Data.Entities.CatalogState"/>) whenever a sync changed anything, so every process serving the database can
/// tell its cached responses are stale. ETags and output-cache keys are derived from it instead of from response bodies,
/// so a 304 costs no query and no hashing of a body, and a streamed export is never buffered. The importer in this
/// process reports its changes at once (<see cref="ChangedAsync"/>); an import by another process (the <c>import</c>
/// command, another API instance) is heard at once on PostgreSQL (<see cref="CatalogVersionListener"/>) and within
/// <see cref="Importing.CatalogOptions.VersionPollSeconds"/> on either store (<see cref="CatalogVersionPoller"/>).
/// </summary>
public sealed partial class CatalogVersion(IServiceScopeFactory scopes, IOutputCacheStore outputCache, ILogger<CatalogVersion> logger)
{
    /// <summary>Output-cache tag of every cached catalog response; evicted whenever the version changes.</summary>
    public const string CacheTag = "catalog";

    /// <summary>The PostgreSQL notification channel an import announces its new version on.</summary>
    public const string Channel = "goadoption_catalog_version";

    private const string StateKey = "version";

    // A new build may shape responses differently over the same data, so its tags must not match the old build's.
    private static readonly string Build = typeof(CatalogVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The version of a catalog no import has changed yet.</summary>
    public const string InitialVersion = "0";

    private volatile string _current = InitialVersion;

    /// <summary>The version last read or written; "0" until the catalog is first read.</summary>
    public string Current => _current;

    /// <summary>
    /// Writes a new version; called by the importer, in the transaction that ends a sync that changed something. On
    /// PostgreSQL the version is also announced to every listening instance, which hears it when that transaction commits.
    /// </summary>
    public static async Task<string> BumpAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Random rather than counted: a database deleted and imported again must not reuse the tags of the old one.
        var version = RandomNumberGenerator.GetInt32(1, int.MaxValue).ToString(CultureInfo.InvariantCulture);
        await db.SetStateAsync(StateKey, version, cancellationToken);
        if (db.Database.IsNpgsql())
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {version})", cancellationToken);
        return version;
    }

    /// <summary>The version stored in the database.</summary>
    public static async Task<string> ReadAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.StateAsync(StateKey, cancellationToken) ?? InitialVersion;
    }

    /// <summary>Takes <paramref name="version"/> as current and drops every cached response of the earlier one.</summary>
    public async Task ChangedAsync(string version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(version);
        if (string.Equals(Interlocked.Exchange(ref _current, version), version, StringComparison.Ordinal))
            return;
        LogChanged(logger, version);
        await outputCache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    /// <summary>Reads the stored version, and evicts cached responses when another process changed it.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        // Captured before the read: if this process's importer moves on meanwhile, the exchange below fails rather
        // than putting back the version read before its commit.
        var seen = _current;
        await using var scope = scopes.CreateAsyncScope();
        var stored = await ReadAsync(scope.ServiceProvider.GetRequiredService<CatalogDbContext>(), cancellationToken);
        if (string.Equals(stored, seen, StringComparison.Ordinal)
            || !ReferenceEquals(Interlocked.CompareExchange(ref _current, stored, seen), seen))
            return;
        LogChanged(logger, stored);
        await outputCache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    /// <summary>
    /// Weak ETag of a GET: the same URL under the same catalog version and build answers the same representation up to
    /// its content coding (hence weak: gzip and Brotli bodies differ byte for byte).
    /// </summary>
    public string ETagFor(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = $"{Build}|{_current}|{request.PathBase}{request.Path}{request.QueryString}";
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), hash);
        return $"W/\"{Convert.ToHexStringLower(hash[..12])}\"";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog version is now {Version}; cached responses evicted")]
    private static partial void LogChanged(ILogger logger, string version);
}

/// <summary>
/// Notices imports made by another process (the <c>import</c> command, another API instance) into the database this API
/// serves, within <see cref="Importing.CatalogOptions.VersionPollSeconds"/>; on PostgreSQL, the fallback for a
/// notification <see cref="CatalogVersionListener"/> missed while its connection was down.
/// </summary>
internal sealed partial class CatalogVersionPoller(CatalogVersion version, IOptions<Importing.CatalogOptions> options, ILogger<CatalogVersionPoller> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.VersionPollSeconds;
        if (seconds <= 0)
            return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await version.RefreshAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A locked or briefly missing database must not stop polling; the next tick retries.
            catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
            {
                LogPollFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the catalog version; retrying at the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
