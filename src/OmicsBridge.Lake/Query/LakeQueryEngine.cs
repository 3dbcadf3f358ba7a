using System.Data.Common;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Catalog;

namespace OmicsBridge.Lake.Query;

/// <summary>
/// An in-process DuckDB database whose views are the tables of one lake snapshot. No server, nothing persisted:
/// it exists for the queries of one command and is thrown away with it.
/// </summary>
/// <remarks>Not for direct use by commands: every read goes through the governed gate, which owns an engine.</remarks>
public sealed class LakeQueryEngine : IDisposable
{
    private readonly DuckDBConnection _connection;

    private LakeQueryEngine(LakeSnapshot snapshot, DuckDBConnection connection)
    {
        Snapshot = snapshot;
        _connection = connection;
    }

    public LakeSnapshot Snapshot { get; }

    /// <summary>The connection itself, for the governance layer's bulk loads (appenders) and view installation.</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>Opens DuckDB in memory and defines one view per table at the snapshot's versions.</summary>
    public static LakeQueryEngine Open(LakeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var engine = new LakeQueryEngine(snapshot, connection);
        try
        {
            // Delta timestamps are instants: read and print them in UTC whatever the machine's zone.
            engine.Execute("SET threads = 2; SET memory_limit = '2GB'; SET TimeZone = 'UTC';");
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var table in snapshot.TableVersions.Keys.Order(StringComparer.Ordinal))
            {
                var delta = snapshot.Table(table);
                foreach (var id in delta.DataKeyIds.Where(keys.Add))
                {
                    // Keys live in this in-memory database only; no SQL function lists them back.
                    engine.Execute($"PRAGMA add_parquet_key('{id}', '{snapshot.Keys.Get(id).Base64}')");
                }

                engine.Execute($"CREATE VIEW \"{table}\" AS {delta.ToDuckDbSql()}");
            }
        }
        catch
        {
            engine.Dispose();
            throw;
        }

        return engine;
    }

    /// <summary>Runs a query and streams its rows; the reader is valid until disposed.</summary>
    public DbDataReader ExecuteReader(string sql, params object?[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(value ?? DBNull.Value));
        }

        return command.ExecuteReader();
    }

    /// <summary>Runs a statement that returns no rows (view definitions, settings).</summary>
    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A single value (the first column of the first row), or null.</summary>
    public object? Scalar(string sql, params object?[] parameters)
    {
        using var reader = ExecuteReader(sql, parameters);
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetValue(0) : null;
    }

    public void Dispose() => _connection.Dispose();
}
