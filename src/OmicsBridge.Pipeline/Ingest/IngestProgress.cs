namespace OmicsBridge.Pipeline.Ingest;

/// <summary>Progress of one file: bytes of the landed file consumed so far.</summary>
public readonly record struct IngestProgress(string FileName, long BytesDone, long BytesTotal);
