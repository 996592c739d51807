using System.Data.Common;
using GoAdoption.Api.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.ObjectPool;
using Microsoft.Extensions.Options;
using Npgsql;

namespace GoAdoption.Api.Data.Reading;

/// <summary>A pool of <see cref="PreparedConnection"/>s for the hot read paths; connections beyond its size are closed on return.</summary>
public sealed class PreparedConnections : IDisposable
{
    private readonly ObjectPool<PreparedConnection> _pool;
    private readonly Func<DbConnection> _connect;

    public PreparedConnections(IOptions<CatalogOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.Provider == CatalogProvider.Postgres)
        {
            // Npgsql's own pool stays on: a connection beyond this pool's size, opened for a burst and closed after it,
            // then reuses a server session (and the statements prepared on it) instead of starting one per request.
            var connectionString = options.Value.ConnectionString;
            _connect = () => new NpgsqlConnection(connectionString);
        }
        else
        {
            // Each pooled connection is already kept open; Microsoft.Data.Sqlite's own pool would only add a second layer.
            var connectionString = new SqliteConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false }.ToString();
            _connect = () => new SqliteConnection(connectionString);
        }
        _pool = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 4 }
            .Create(new Policy(_connect));
    }

    /// <summary>Runs <paramref name="read"/> on a pooled connection; whatever it returns must not refer to a live reader.</summary>
    public T Use<T>(Func<PreparedConnection, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var connection = _pool.Get();
        try
        {
            return read(connection);
        }
        finally
        {
            _pool.Return(connection);
        }
    }

    /// <summary>
    /// Streams <paramref name="read"/>'s rows on a connection of its own, held until the caller stops enumerating. A
    /// stream may walk a whole table, so it reads without a memory map and keeps no pooled connection from page reads.
    /// </summary>
    public IEnumerable<T> Stream<T>(Func<PreparedConnection, IEnumerable<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var connection = new PreparedConnection(_connect(), memoryMapped: false);
        foreach (var row in read(connection))
            yield return row;
    }

    public void Dispose() => (_pool as IDisposable)?.Dispose();

    private sealed class Policy(Func<DbConnection> connect) : PooledObjectPolicy<PreparedConnection>
    {
        public override PreparedConnection Create() => new(connect(), memoryMapped: true);

        public override bool Return(PreparedConnection obj) => true;
    }
}
