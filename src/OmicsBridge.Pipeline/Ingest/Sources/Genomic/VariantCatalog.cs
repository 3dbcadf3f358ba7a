using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Query;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>
/// The variant keys the lake already holds plus those this run wrote, so the same variant from two files (or two
/// sources) stays one <c>variant</c> row.
/// </summary>
internal sealed class VariantCatalog
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private string? _runId;

    /// <summary>True when <paramref name="variantKey"/> is new, remembering it; false when a row exists already.</summary>
    public bool Add(IngestContext context, string variantKey)
    {
        EnsureLoaded(context);
        return _keys.Add(variantKey);
    }

    public bool Contains(IngestContext context, string variantKey)
    {
        EnsureLoaded(context);
        return _keys.Contains(variantKey);
    }

    // Keys are loaded once per run: the ingester outlives runs (tests, long-lived services), the lake does not stand still.
    private void EnsureLoaded(IngestContext context)
    {
        if (_runId == context.RunId)
        {
            return;
        }

        _runId = context.RunId;
        _keys.Clear();
        var snapshot = new LakeStore(context.Workspace).GetSnapshot();
        if (snapshot.Version is null)
        {
            return;
        }

        using var engine = LakeQueryEngine.Open(snapshot);
        using var reader = engine.ExecuteReader("SELECT variant_key FROM variant");
        while (reader.Read())
        {
            _keys.Add(reader.GetString(0));
        }
    }
}
