namespace OmicsBridge.Lake.Delta;

/// <summary>The <c>remove</c> action: a data file (with its deletion vector, if any) leaves the table.</summary>
public sealed record DeltaRemoveFile(
    string Path,
    long? DeletionTimestamp,
    bool DataChange,
    bool? ExtendedFileMetadata = null,
    IReadOnlyDictionary<string, string?>? PartitionValues = null,
    long? Size = null,
    DeltaDeletionVector? DeletionVector = null,
    IReadOnlyDictionary<string, string?>? Tags = null) : DeltaAction;
