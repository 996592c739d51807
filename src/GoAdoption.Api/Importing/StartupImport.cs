using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Importing;

/// <summary>
/// The import at start (a sync of the seeds folder, or with <see cref="CatalogOptions.ImportOnStart"/> off a repair of
/// what a killed import left), run once the server listens: a slow or hostile document delays facts, never the
/// service. Until it is done <c>/health/ready</c> says so (degraded, still 200: the catalog serves what it holds).
/// </summary>
public sealed partial class StartupImport(
    IServiceScopeFactory scopes,
    IOptions<CatalogOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<StartupImport> logger) : BackgroundService
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private volatile string? _problem;

    /// <summary>Completes when the startup import has finished, however it ended.</summary>
    public Task Completion => _completion.Task;

    /// <summary>Why the startup import did not finish; null while it runs or after it succeeded.</summary>
    public string? Problem => _problem;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ListeningAsync(stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var importer = scope.ServiceProvider.GetRequiredService<CatalogImporter>();
            if (options.Value.ImportOnStart)
                await importer.SyncSeedsAsync(stoppingToken);
            else
                await importer.RepairAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            _problem = "The server stopped before the startup import finished.";
        }
        catch (Exception e) when (e is ImportBusyException or CatalogReadOnlyException)
        {
            _problem = e.Message;
            LogFailed(logger, e.Message);
        }
#pragma warning disable CA1031 // The service goes on serving what the catalog holds; the failure is logged and reported by health.
        catch (Exception e)
#pragma warning restore CA1031
        {
            _problem = "The startup import failed; the server log has the details, and the catalog serves what it held.";
            LogError(logger, e);
        }
        finally
        {
            _completion.TrySetResult();
        }
    }

    // Hosted services start before the server: the import waits until it listens.
    private Task ListeningAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Startup import not run: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Startup import failed")]
    private static partial void LogError(ILogger logger, Exception exception);
}

/// <summary>Healthy once the startup import is done; degraded while it runs or when it could not finish.</summary>
internal sealed class StartupImportCheck(StartupImport import) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(!import.Completion.IsCompleted
            ? HealthCheckResult.Degraded("The startup import is running; the catalog serves what it already holds.")
            : import.Problem is { } problem
                ? HealthCheckResult.Degraded(problem)
                : HealthCheckResult.Healthy("The startup import is done."));
}
