using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>The outcome of an ingest run: files, counts, the first issues, and the lake version it committed (if any).</summary>
public sealed record IngestReport(
    string RunId,
    string Kind,
    long? LakeVersion,
    TimeSpan Duration,
    IReadOnlyList<FileReport> Files,
    IReadOnlyList<ParseIssue> Issues,
    long IssueCount)
{
    public long Read => Files.Sum(f => f.Read);

    public long Accepted => Files.Sum(f => f.Accepted);

    public long Rejected => Files.Sum(f => f.Rejected);

    /// <summary>True when every file's bytes were already in the lake, so nothing was committed.</summary>
    public bool NothingNew => LakeVersion is null;
}
