using DuckDB.NET.Data;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Query;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// The one read path out of the lake. Every command that shows lake data (sql, summaries, cohorts, analyses, exports)
/// asks here; nothing opens the lake's files or a query engine around it.
/// </summary>
public sealed class QueryGate(LakeStore lake)
{
    /// <summary>Runs a caller's SQL: one SELECT over the snapshot's table views.</summary>
    public QueryResult Query(QueryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = lake.GetSnapshot(request.AsOf);
        if (snapshot.Version is null)
        {
            throw OmicsBridgeException.NotFound("The lake is empty: nothing has been ingested yet. Start with: omicsbridge ingest manifest FILE");
        }

        var engine = LakeQueryEngine.Open(snapshot);
        try
        {
            StatementGuard.EnsureSingleSelect(engine, request.Sql);
            return new QueryResult(engine.ExecuteReader(request.Sql), engine, engine.Snapshot.Version);
        }
        catch (DuckDBException ex)
        {
            engine.Dispose();
            throw OmicsBridgeException.InvalidInput($"SQL error: {ex.Message}", inner: ex);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>The tables of a snapshot with their Delta versions (the catalog is not row data).</summary>
    public LakeSnapshot Snapshot(long? asOf = null) => lake.GetSnapshot(asOf);

    /// <summary>Every lake version, oldest first.</summary>
    public IReadOnlyList<LakeVersion> History() => [.. lake.Log.Versions().Select(lake.Log.Read)];

    /// <summary>Rows per table at a lake version.</summary>
    public IReadOnlyDictionary<string, long> RowCounts(long? asOf = null)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var snapshot = lake.GetSnapshot(asOf);
        if (snapshot.TableVersions.Count == 0)
        {
            return counts;
        }

        using var engine = LakeQueryEngine.Open(snapshot);
        var sql = string.Join(" UNION ALL ", snapshot.TableVersions.Keys.Select(t => $"SELECT '{t}', count(*) FROM \"{t}\""));
        using var reader = engine.ExecuteReader(sql);
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }
}
