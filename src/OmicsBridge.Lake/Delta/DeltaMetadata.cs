namespace OmicsBridge.Lake.Delta;

/// <summary>The <c>metaData</c> action: table id, schema (as a JSON string), partition columns and configuration.</summary>
public sealed record DeltaMetadata(
    string Id,
    string SchemaString,
    IReadOnlyList<string> PartitionColumns,
    IReadOnlyDictionary<string, string> Configuration,
    long? CreatedTime,
    string? Name = null,
    string? Description = null,
    string FormatProvider = "parquet") : DeltaAction
{
    /// <summary>Metadata for a new table with a fresh id.</summary>
    public static DeltaMetadata Create(DeltaSchema schema, IReadOnlyList<string>? partitionColumns = null,
        IReadOnlyDictionary<string, string>? configuration = null, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return new DeltaMetadata(
            Guid.NewGuid().ToString("D"),
            schema.ToJson(),
            partitionColumns ?? [],
            configuration ?? new Dictionary<string, string>(),
            (clock ?? TimeProvider.System).GetUtcNow().ToUnixTimeMilliseconds());
    }
}
