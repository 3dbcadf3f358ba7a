using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;

namespace OmicsBridge.Lake.Catalog;

/// <summary>
/// One consistent state of the whole lake: every table pinned to the Delta version named by one lake version.
/// </summary>
public sealed class LakeSnapshot
{
    private readonly string _lakePath;
    private readonly Dictionary<string, DeltaSnapshot> _loaded = new(StringComparer.Ordinal);

    internal LakeSnapshot(string lakePath, LakeVersion? version, DataKeyRing keys)
    {
        _lakePath = lakePath;
        Entry = version;
        Keys = keys;
    }

    /// <summary>The data keys the tables' files are encrypted with (for the query engine, never for callers).</summary>
    internal DataKeyRing Keys { get; }

    /// <summary>The lake log entry this snapshot reads; null for a lake nothing was ingested into yet.</summary>
    public LakeVersion? Entry { get; }

    public long? Version => Entry?.Version;

    public IReadOnlyDictionary<string, long> TableVersions => Entry?.Tables ?? new Dictionary<string, long>();

    public bool HasTable(string name) => TableVersions.ContainsKey(name);

    public string TableRoot(string name) => Path.Combine(_lakePath, name);

    /// <summary>The Delta snapshot of <paramref name="name"/> at the version this lake version pinned.</summary>
    public DeltaSnapshot Table(string name)
    {
        if (_loaded.TryGetValue(name, out var snapshot))
        {
            return snapshot;
        }

        if (!TableVersions.TryGetValue(name, out var version))
        {
            throw Core.Diagnostics.OmicsBridgeException.NotFound($"Table '{name}' does not exist in this lake version.");
        }

        snapshot = new DeltaTable(TableRoot(name)).GetSnapshot(version);
        _loaded[name] = snapshot;
        return snapshot;
    }
}
