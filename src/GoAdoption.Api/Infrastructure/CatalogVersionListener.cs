using GoAdoption.Api.Importing;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoAdoption.Api.Infrastructure;

/// <summary>
/// On PostgreSQL, hears each new catalog version the moment the import that wrote it commits, from whichever instance or
/// command ran it (LISTEN on <see cref="CatalogVersion.Channel"/>), so every instance behind a proxy drops its cached
/// responses together. A lost connection is opened again; what was announced meanwhile is caught by the version read
/// on reconnecting, and by <see cref="CatalogVersionPoller"/> in any case.
/// </summary>
internal sealed partial class CatalogVersionListener(CatalogVersion version, IOptions<CatalogOptions> options, ILogger<CatalogVersionListener> logger)
    : BackgroundService
{
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != CatalogProvider.Postgres)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A server restart or network fault must not end listening; the next attempt reconnects.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogListenFailed(logger, e);
                await Task.Delay(Retry, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // A connection of its own, outside the pool: it stays open and idle between notifications.
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false, KeepAlive = 30 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) => _ = OnNotifiedAsync(e.Payload, stoppingToken);
        await using (var command = new NpgsqlCommand($"LISTEN {CatalogVersion.Channel}", connection))
            await command.ExecuteNonQueryAsync(stoppingToken);
        // Whatever was announced while no connection listened.
        await version.RefreshAsync(stoppingToken);
        while (true)
            await connection.WaitAsync(stoppingToken);
    }

    private async Task OnNotifiedAsync(string payload, CancellationToken cancellationToken)
    {
        try
        {
            await version.ChangedAsync(payload, cancellationToken);
        }
#pragma warning disable CA1031 // An eviction that fails leaves the poller to catch the version up; listening goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogListenFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for catalog versions on PostgreSQL; retrying (polling still notices imports)")]
    private static partial void LogListenFailed(ILogger logger, Exception exception);
}
