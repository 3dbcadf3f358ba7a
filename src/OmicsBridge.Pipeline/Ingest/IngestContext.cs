using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Landing;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>
/// What an ingester sees of the run while it reads one file: the landed bytes, the tables to write, the registries,
/// and the reconciliation counters (every record read is either accepted or rejected).
/// </summary>
public sealed class IngestContext
{
    private readonly IngestRunState _run;
    private readonly List<string> _notes = [];

    internal IngestContext(IngestRunState run, LandedFile file, string kind)
    {
        _run = run;
        File = file;
        Kind = kind;
    }

    public LandedFile File { get; }

    public string Kind { get; }

    public IngestOptions Options => _run.Options;

    public string RunId => _run.Transaction.RunId;

    public PatientRegistry Patients => _run.Patients;

    public SampleRegistry Samples => _run.Samples;

    public Lake.Workspace.Workspace Workspace => _run.Workspace;

    /// <summary>What a record is for this file (rows, values, messages, resources), for the reconciliation line.</summary>
    public string Unit { get; set; } = "rows";

    public long Read { get; private set; }

    public long Accepted { get; private set; }

    public long Rejected { get; private set; }

    public IReadOnlyList<string> Notes => _notes;

    public TableAppender Table(TableSchema schema) => _run.Transaction.Table(schema);

    /// <summary>
    /// Opens the landed copy (never the original path), decrypted and authenticated as it is read, reporting progress.
    /// The stream is seekable, as the plain file was: readers may peek and rewind, or check a gzip trailer.
    /// </summary>
    public Stream OpenRead() =>
        new ProgressStream(
            _run.Landing.OpenRead(File),
            File.Name,
            _run.Progress);

    public void Accept(long records = 1)
    {
        Read += records;
        Accepted += records;
    }

    /// <summary>Records that could not be loaded: counted, and the issue goes to <c>reject</c>.</summary>
    public void Reject(ParseIssue issue, long records = 1)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Read += records;
        Rejected += records;
        WriteIssue(issue);
    }

    /// <summary>
    /// Records a streaming reader's issues from index <paramref name="seen"/> on, each error as one rejected record and
    /// the rest as warnings; returns how many issues are now recorded (the next call's <paramref name="seen"/>).
    /// </summary>
    public int RecordIssues(IReadOnlyList<ParseIssue> issues, int seen)
    {
        ArgumentNullException.ThrowIfNull(issues);
        for (; seen < issues.Count; seen++)
        {
            var issue = issues[seen];
            if (issue.Severity >= IssueSeverity.Error)
            {
                Reject(issue);
            }
            else
            {
                Warn(issue);
            }
        }

        return seen;
    }

    /// <summary>A problem that did not stop the record from loading: kept in <c>reject</c> with severity warning.</summary>
    public void Warn(ParseIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        WriteIssue(issue with { Severity = IssueSeverity.Warning });
    }

    /// <summary>A sentence for the summary ("3 samples created: not in any manifest").</summary>
    public void Note(string note) => _notes.Add(note);

    private void WriteIssue(ParseIssue issue)
    {
        _run.RecordIssue(issue);
        Table(RejectTable.Schema).NewRow()
            .AppendValue(RunId)
            .AppendValue(File.Sha256)
            .AppendValue(File.Name)
            .AppendValue(issue.Line)
            .AppendValue(issue.Column)
            .AppendValue(issue.Field)
            .AppendValue(issue.Code)
            .AppendValue(issue.Severity.ToString().ToLowerInvariant())
            .AppendValue(issue.Message)
            .AppendValue(issue.Excerpt)
            .EndRow();
    }
}
