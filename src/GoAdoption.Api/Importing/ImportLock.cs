using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoAdoption.Api.Importing;

/// <summary>
/// Serializes everything that writes the catalog: the startup import, the <c>import</c> command, and documents added,
/// replaced or removed over HTTP. Within a process a semaphore orders them; across processes (an API and an import
/// command on one SQLite file) an exclusive lock on a file beside the database does, which the operating system releases
/// when its holder dies, so a killed import never leaves the catalog locked. On PostgreSQL, where the processes may be on
/// different machines, a session advisory lock does the same: the server releases it when the holder's connection ends.
/// </summary>
public sealed class ImportLock(IOptions<CatalogOptions> options, CatalogAccess access) : IDisposable
{
    private readonly SemaphoreSlim _inProcess = new(1, 1);

    /// <summary>
    /// Waits for the catalog to be free for up to <see cref="CatalogOptions.ImportWaitSeconds"/>, then holds it until the
    /// result is disposed.
    /// </summary>
    /// <exception cref="ImportBusyException">Another import held it the whole time.</exception>
    /// <exception cref="CatalogReadOnlyException">The catalog cannot be written at all.</exception>
    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        access.EnsureWritable();
        var wait = TimeSpan.FromSeconds(options.Value.ImportWaitSeconds);
        if (!await _inProcess.WaitAsync(wait, cancellationToken))
            throw new ImportBusyException(options.Value.ImportWaitSeconds);
        try
        {
            if (options.Value.Provider == CatalogProvider.Postgres)
                return new Held(this, await AdvisoryLockAsync(wait, cancellationToken));
            var path = LockFilePath(options.Value.ConnectionString);
            return new Held(this, path is null ? null : await LockFileAsync(path, wait, cancellationToken));
        }
        catch
        {
            _inProcess.Release();
            throw;
        }
    }

    public void Dispose() => _inProcess.Dispose();

    private async Task<FileStream> LockFileAsync(string path, TimeSpan wait, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix and a sharing lock on Windows.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
            catch (IOException)
            {
                throw new ImportBusyException(options.Value.ImportWaitSeconds);
            }
        }
    }

    // Any number fixed for the catalog: every process importing into one database asks for the same lock.
    internal const long AdvisoryLockKey = 0x476f41646f7074; // "GoAdopt"

    private async Task<IAsyncDisposable> AdvisoryLockAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        // A connection of its own, never pooled: the lock lives as long as the session, and closing it must end both.
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var deadline = DateTime.UtcNow + wait;
            while (true)
            {
                await using (var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({AdvisoryLockKey})", connection))
                {
                    if (await command.ExecuteScalarAsync(cancellationToken) is true)
                        return connection;
                }
                if (DateTime.UtcNow >= deadline)
                    throw new ImportBusyException(options.Value.ImportWaitSeconds);
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    // Beside the database file, as SQLite keeps its own -wal and -shm files; an in-memory database has no other process.
    private static string? LockFilePath(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return dataSource.Length == 0 || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal)
            ? null
            : dataSource + "-import.lock";
    }

    private sealed class Held(ImportLock owner, IAsyncDisposable? resource) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            if (resource is not null)
                await resource.DisposeAsync();
            owner._inProcess.Release();
        }
    }
}

/// <summary>Another import held the catalog for longer than this one would wait.</summary>
public sealed class ImportBusyException(int seconds)
    : Exception($"Another import is writing the catalog and did not finish within {seconds} s (Catalog:ImportWaitSeconds); try again when it has.")
{
    public int Seconds { get; } = seconds;
}
