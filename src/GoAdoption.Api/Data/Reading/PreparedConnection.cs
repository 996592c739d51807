using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace GoAdoption.Api.Data.Reading;

/// <summary>
/// An open connection to the catalog that keeps every statement it has run prepared. SQLite's parser and planner cost
/// more than a short indexed read itself, and a connection opened per query (as EF Core does) prepares afresh each time;
/// PostgreSQL, too, plans a prepared statement once per connection.
/// </summary>
/// <remarks>
/// Used by one caller at a time (<see cref="PreparedConnections"/> lends it out). Between queries no statement is left
/// stepping, so an idle connection holds no lock and an import can commit.
/// </remarks>
public sealed class PreparedConnection : IDisposable
{
    // Statements are keyed by their text, and a text follows from which filters a request sets, so the set is small;
    // the bound only keeps a pathological client from growing it.
    private const int MaxStatements = 256;

    // The most of the file a connection maps; SQLite's own build caps it near 2 GiB.
    private const long MemoryMapBytes = 1L << 30;

    private readonly DbConnection _connection;
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;

    /// <param name="connection">A new connection to the catalog, not yet open; this object owns it.</param>
    /// <param name="memoryMapped">
    /// Read the file through a memory map rather than a read call per page. A page of claims touches a few dozen pages
    /// scattered over the file, and copying each through the kernel cost about a tenth of the request (see README,
    /// Performance). Mapped pages count toward the process's resident memory, though, so a walk of the whole file
    /// (an export) reads without the map. SQLite only.
    /// </param>
    public PreparedConnection(DbConnection connection, bool memoryMapped)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _connection.Open();
        if (memoryMapped && connection is SqliteConnection)
        {
            using var command = _connection.CreateCommand();
            command.CommandText = $"PRAGMA mmap_size = {MemoryMapBytes}";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Runs <paramref name="query"/>; dispose the reader before the connection goes back to the pool.</summary>
    public DbDataReader ExecuteReader(SqlQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var command = Prepared(query);
        command.Transaction = _transaction;
        for (var i = 0; i < query.Arguments.Count; i++)
            command.Parameters[i].Value = query.Arguments[i];
        return command.ExecuteReader();
    }

    public T ExecuteScalar<T>(SqlQuery query)
    {
        using var reader = ExecuteReader(query);
        return reader.Read() ? reader.GetFieldValue<T>(0) : throw new InvalidOperationException("The query returned no row.");
    }

    /// <summary>Runs several queries that must see one state of the catalog, even if an import commits meanwhile.</summary>
    public T InReadTransaction<T>(Func<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        // SQLite: deferred, so reading takes no write lock. PostgreSQL: one snapshot for every statement of the transaction.
        using var transaction = _connection is SqliteConnection sqlite
            ? sqlite.BeginTransaction(deferred: true)
            : _connection.BeginTransaction(IsolationLevel.RepeatableRead);
        _transaction = transaction;
        try
        {
            return read();
        }
        finally
        {
            _transaction = null;
        }
    }

    private DbCommand Prepared(SqlQuery query)
    {
        if (_commands.TryGetValue(query.Text, out var command))
            return command;
        if (_commands.Count >= MaxStatements)
            ClearStatements();
        command = _connection.CreateCommand();
        command.CommandText = query.Text;
        for (var i = 0; i < query.Arguments.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = SqlQuery.ParameterName(i);
            parameter.Value = query.Arguments[i];
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        _commands.Add(query.Text, command);
        return command;
    }

    private void ClearStatements()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _commands.Clear();
    }

    public void Dispose()
    {
        ClearStatements();
        _connection.Dispose();
    }
}
