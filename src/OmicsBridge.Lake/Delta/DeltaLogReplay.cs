using System.Globalization;
using System.Text.Json;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Delta;

/// <summary>Replays a checkpoint plus the commits after it into the state of one version.</summary>
/// <remarks>
/// Files are keyed by (path, deletion-vector unique id), as the protocol defines: a DELETE with deletion vectors
/// removes (p, old DV) and adds (p, new DV) in the same commit, and both must be kept apart.
/// </remarks>
internal sealed class DeltaLogReplay
{
    private readonly Dictionary<(string Path, string? Dv), DeltaAddFile> _files = [];
    private readonly Dictionary<string, DeltaTransaction> _transactions = new(StringComparer.Ordinal);

    public DeltaProtocol? Protocol { get; private set; }

    public DeltaMetadata? Metadata { get; private set; }

    public long? CommitTimestamp { get; private set; }

    public IReadOnlyCollection<DeltaAddFile> Files => _files.Values;

    public IReadOnlyDictionary<string, DeltaTransaction> Transactions => _transactions;

    public void ApplyCheckpoint(IEnumerable<DeltaAction> actions)
    {
        foreach (var action in actions)
        {
            // Checkpoint removes are tombstones kept for VACUUM; they never cancel a live add.
            if (action is not DeltaRemoveFile)
            {
                Apply(action);
            }
        }
    }

    public void ApplyCommit(string file)
    {
        CommitTimestamp = null;
        foreach (var action in ReadCommit(file))
        {
            Apply(action);
        }
    }

    /// <summary>Reads every action of one commit file; a malformed line names the file and the line.</summary>
    public static IEnumerable<DeltaAction> ReadCommit(string file)
    {
        using var reader = new StreamReader(file);
        long lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            DeltaAction? action;
            try
            {
                using var document = JsonDocument.Parse(line);
                action = DeltaActionJson.Parse(document.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                var issue = new ParseIssue("DLT001", IssueSeverity.Fatal, file, lineNumber, null, null,
                    $"Delta log line is not a valid action: {ex.Message}");
                throw OmicsBridgeException.FromIssue(issue, ex);
            }

            if (action is not null)
            {
                yield return action;
            }
        }
    }

    private void Apply(DeltaAction action)
    {
        switch (action)
        {
            case DeltaAddFile add:
                _files[Key(add.Path, add.DeletionVector)] = add;
                break;
            case DeltaRemoveFile remove:
                _files.Remove(Key(remove.Path, remove.DeletionVector));
                break;
            case DeltaMetadata metadata:
                Metadata = metadata;
                break;
            case DeltaProtocol protocol:
                Protocol = protocol;
                break;
            case DeltaTransaction txn:
                _transactions[txn.AppId] = txn;
                break;
            case DeltaCommitInfo info:
                CommitTimestamp = info.Timestamp;
                break;
            default:
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Unexpected action {action.GetType().Name}."));
        }
    }

    // Paths are compared decoded: writers differ in which characters they percent-encode.
    private static (string, string?) Key(string path, DeltaDeletionVector? dv) =>
        (Uri.UnescapeDataString(path), dv?.UniqueId);
}
