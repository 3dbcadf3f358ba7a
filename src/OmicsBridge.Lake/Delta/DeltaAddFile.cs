namespace OmicsBridge.Lake.Delta;

/// <summary>The <c>add</c> action: a data file that is part of the table from this version on.</summary>
/// <remarks>
/// <see cref="Path"/> is kept as written in the log: a URI-encoded path relative to the table root (or an absolute
/// URI). <see cref="PartitionValues"/> holds the protocol's string serialisation; a null value is a null partition.
/// </remarks>
public sealed record DeltaAddFile(
    string Path,
    IReadOnlyDictionary<string, string?> PartitionValues,
    long Size,
    long ModificationTime,
    bool DataChange,
    string? Stats = null,
    DeltaDeletionVector? DeletionVector = null,
    IReadOnlyDictionary<string, string?>? Tags = null,
    long? BaseRowId = null,
    long? DefaultRowCommitVersion = null) : DeltaAction;
