namespace OmicsBridge.Lake.Delta;

/// <summary>The <c>protocol</c> action: the reader and writer versions (and, from 3/7, features) a client needs.</summary>
public sealed record DeltaProtocol(
    int MinReaderVersion,
    int MinWriterVersion,
    IReadOnlyList<string>? ReaderFeatures = null,
    IReadOnlyList<string>? WriterFeatures = null) : DeltaAction
{
    /// <summary>The protocol OmicsBridge writes for new tables: no table features, nothing a plain reader cannot read.</summary>
    public static DeltaProtocol Default { get; } = new(1, 2);
}
