using GoAdoption.Api.Importing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.ObjectPool;
using Microsoft.Extensions.Options;

namespace GoAdoption.Api.Data.Reading;

/// <summary>A pool of <see cref="PreparedConnection"/>s for the hot read paths; connections beyond its size are closed on return.</summary>
public sealed class PreparedConnections : IDisposable
{
    private readonly ObjectPool<PreparedConnection> _pool;

    public PreparedConnections(IOptions<CatalogOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Each pooled connection is already kept open; Microsoft.Data.Sqlite's own pool would only add a second layer.
        var connectionString = new SqliteConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false }.ToString();
        _pool = new DefaultObjectPoolProvider { MaximumRetained = Environment.ProcessorCount * 4 }
            .Create(new Policy(connectionString));
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

    /// <summary>Streams <paramref name="read"/>'s rows, holding one connection until the caller stops enumerating.</summary>
    public IEnumerable<T> Stream<T>(Func<PreparedConnection, IEnumerable<T>> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var connection = _pool.Get();
        try
        {
            foreach (var row in read(connection))
                yield return row;
        }
        finally
        {
            _pool.Return(connection);
        }
    }

    public void Dispose() => (_pool as IDisposable)?.Dispose();

    private sealed class Policy(string connectionString) : PooledObjectPolicy<PreparedConnection>
    {
        public override PreparedConnection Create() => new(connectionString);

        public override bool Return(PreparedConnection obj) => true;
    }
}
