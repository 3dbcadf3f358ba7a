namespace OmicsBridge.Pipeline.Ingest;

/// <summary>What one input file gave: the reconciliation <c>read = accepted + rejected</c>, and notes for the summary.</summary>
public sealed record FileReport(
    string Name,
    string Sha256,
    string Kind,
    long Bytes,
    bool Skipped,
    string? SkipReason,
    long Read,
    long Accepted,
    long Rejected,
    string Unit,
    IReadOnlyList<string> Notes);
