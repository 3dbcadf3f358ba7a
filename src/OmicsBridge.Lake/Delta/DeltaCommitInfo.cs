using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>The <c>commitInfo</c> action: free-form provenance (operation, engine, timestamp) the protocol does not constrain.</summary>
public sealed record DeltaCommitInfo(IReadOnlyDictionary<string, JsonElement> Values) : DeltaAction
{
    /// <summary>The in-commit timestamp when the table records one, else the writer's <c>timestamp</c> (ms since epoch).</summary>
    public long? Timestamp =>
        TryGetLong("inCommitTimestamp") ?? TryGetLong("timestamp");

    /// <summary>A commitInfo with the given timestamp and operation, the usual minimum.</summary>
    public static DeltaCommitInfo Create(long timestamp, string operation)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["timestamp"] = JsonSerializer.SerializeToElement(timestamp),
            ["operation"] = JsonSerializer.SerializeToElement(operation),
            ["engineInfo"] = JsonSerializer.SerializeToElement("OmicsBridge"),
        };
        return new DeltaCommitInfo(values);
    }

    private long? TryGetLong(string name) =>
        Values.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
            ? n
            : null;
}
