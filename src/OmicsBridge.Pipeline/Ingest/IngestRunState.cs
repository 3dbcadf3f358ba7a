using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Landing;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>State shared by the files of one run: the write transaction, registries, options and collected issues.</summary>
internal sealed class IngestRunState(
    Lake.Workspace.Workspace workspace,
    LandingZone landing,
    LakeWriteTransaction transaction,
    PatientRegistry patients,
    SampleRegistry samples,
    IngestOptions options,
    IProgress<IngestProgress>? progress)
{
    public const int IssuesKept = 200;

    private readonly List<ParseIssue> _issues = [];

    public Lake.Workspace.Workspace Workspace { get; } = workspace;

    /// <summary>Where the run's files were landed; the one place their bytes are read back (decrypted) from.</summary>
    public LandingZone Landing { get; } = landing;

    public LakeWriteTransaction Transaction { get; } = transaction;

    public PatientRegistry Patients { get; } = patients;

    public SampleRegistry Samples { get; } = samples;

    public IngestOptions Options { get; } = options;

    public IProgress<IngestProgress>? Progress { get; } = progress;

    public IReadOnlyList<ParseIssue> Issues => _issues;

    public long IssueCount { get; private set; }

    public void RecordIssue(ParseIssue issue)
    {
        IssueCount++;
        if (_issues.Count < IssuesKept)
        {
            _issues.Add(issue);
        }
    }
}
