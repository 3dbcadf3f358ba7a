namespace OmicsBridge.Lake.Catalog;

/// <summary>
/// One entry of the lake log: after lake version <see cref="Version"/>, each table is at the Delta version given in
/// <see cref="Tables"/>. Readers pin every table to one entry, so a query never sees half of a multi-table ingest.
/// </summary>
public sealed record LakeVersion(
    long Version,
    DateTimeOffset Timestamp,
    string RunId,
    string Operation,
    IReadOnlyDictionary<string, long> Tables);
