using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Query;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// The engine an identified read left behind, kept open for the next identified read of the same lake version: opening
/// DuckDB and defining one view per table (a Delta log replay each) is most of a small query's time.
/// </summary>
/// <remarks>
/// <para>Only identified reads use it. Their engine holds the lake's views and nothing else, and the statement guard
/// lets only one SELECT run on it, so a read leaves nothing behind that the next could see. A researcher's engine is
/// never kept: it is restricted to copies of one statement's governed tables, and its consent is evaluated per query.</para>
/// <para>One engine is lent at a time (a DuckDB connection runs one statement at a time); a read that finds it lent, a
/// nested or concurrent one, opens its own. A published lake version never changes, so an engine stays right for its
/// version; an engine of another version is closed when a newer one comes back.</para>
/// </remarks>
internal sealed class WarmEngine : IDisposable
{
    private readonly Lock _lock = new();
    private LakeQueryEngine? _idle;
    private bool _disposed;

    /// <summary>The kept engine when it reads <paramref name="snapshot"/>'s version and is free, else a new one.</summary>
    public EngineLease Rent(LakeSnapshot snapshot)
    {
        lock (_lock)
        {
            if (!_disposed && _idle is { } idle && Same(idle.Snapshot.Entry, snapshot.Entry))
            {
                _idle = null;
                return new EngineLease(idle, this);
            }
        }

        return new EngineLease(LakeQueryEngine.Open(snapshot), this);
    }

    /// <summary>Keeps <paramref name="engine"/> for the next read, closing the one it replaces.</summary>
    public void Return(LakeQueryEngine engine)
    {
        LakeQueryEngine? close;
        lock (_lock)
        {
            if (_disposed)
            {
                close = engine;
            }
            else
            {
                close = _idle;
                _idle = engine;
            }
        }

        close?.Dispose();
    }

    public void Dispose()
    {
        LakeQueryEngine? close;
        lock (_lock)
        {
            _disposed = true;
            close = _idle;
            _idle = null;
        }

        close?.Dispose();
    }

    // The run and timestamp too: a workspace re-created at the same path starts its versions again at 0.
    private static bool Same(LakeVersion? kept, LakeVersion? asked) =>
        kept is not null && asked is not null && kept.Version == asked.Version && kept.Timestamp == asked.Timestamp
        && string.Equals(kept.RunId, asked.RunId, StringComparison.Ordinal);
}
