using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Delta;

/// <summary>A Delta Lake table on the local file system: reads snapshots (log replay) and publishes commits.</summary>
/// <remarks>
/// Readers and writers may be in different processes. A commit becomes visible in one step: the file is written under a
/// temporary name in <c>_delta_log</c> and then published by a create-if-absent move (a hard link on Unix), so a crash
/// leaves at most an ignored temp file and two writers can never both claim a version.
/// </remarks>
/// <threadsafety>Instances hold no mutable state; every call lists the log afresh.</threadsafety>
public sealed class DeltaTable
{
    private static readonly JsonWriterOptions s_writerOptions = new()
    {
        // Keep z85 deletion-vector ids and non-ASCII column names readable in the log.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="rootPath">The table folder (holding <c>_delta_log</c>).</param>
    /// <param name="checkpointInterval">
    /// <see cref="TryCommit"/> writes a checkpoint after every version divisible by this (Delta's default, 10);
    /// 0 turns automatic checkpoints off.
    /// </param>
    public DeltaTable(string rootPath, int checkpointInterval = 10)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootPath);
        ArgumentOutOfRangeException.ThrowIfNegative(checkpointInterval);
        RootPath = Path.GetFullPath(rootPath);
        CheckpointInterval = checkpointInterval;
    }

    public string RootPath { get; }

    public int CheckpointInterval { get; }

    internal string LogPath => Path.Combine(RootPath, "_delta_log");

    /// <summary>The newest version in the log, or null when <c>_delta_log</c> holds no commit.</summary>
    public long? LatestVersion() => DeltaLogListing.Read(LogPath).Latest;

    /// <summary>The table as of <paramref name="version"/> (latest when null).</summary>
    /// <exception cref="OmicsBridgeException">
    /// NotFound when the version does not exist or can no longer be reconstructed (the message names the versions that
    /// can); InvalidInput for a corrupt log or a table that needs a feature OmicsBridge does not read.
    /// </exception>
    public DeltaSnapshot GetSnapshot(long? version = null)
    {
        var listing = DeltaLogListing.Read(LogPath);
        var latest = listing.Latest ?? throw OmicsBridgeException.NotFound($"{RootPath} is not a Delta table: _delta_log holds no commit.");
        var target = version ?? latest;
        var checkpoint = listing.Checkpoints.Keys.Where(v => v <= target).Select(v => (long?)v).LastOrDefault();
        var first = (checkpoint ?? -1) + 1;
        var missing = target < 0 || target > latest
            ? target
            : LongRange(first, target).Select(v => (long?)v).FirstOrDefault(v => !listing.Commits.Contains(v!.Value));
        if (missing is not null)
        {
            throw OmicsBridgeException.NotFound(string.Create(CultureInfo.InvariantCulture,
                $"Version {target} of Delta table {RootPath} does not exist or can no longer be read (commit {missing} is missing); versions {listing.Earliest}..{latest} exist."));
        }

        var replay = new DeltaLogReplay();
        if (checkpoint is { } c)
        {
            replay.ApplyCheckpoint(DeltaCheckpointReader.Read(listing.Checkpoints[c]));
        }

        foreach (var v in LongRange(first, target))
        {
            replay.ApplyCommit(Path.Combine(LogPath, DeltaLogListing.CommitFileName(v)));
        }

        var timestamp = first <= target ? replay.CommitTimestamp : CheckpointCommitTimestamp(target, listing);
        var protocol = replay.Protocol ?? throw Corrupt(target, "no protocol action");
        var metadata = replay.Metadata ?? throw Corrupt(target, "no metaData action");
        DeltaFeatures.EnsureReadable(RootPath, protocol, metadata);
        return new DeltaSnapshot(this, target, checkpoint, protocol, metadata, [.. replay.Files], replay.Transactions, timestamp);
    }

    /// <summary>
    /// Publishes <paramref name="actions"/> as version <paramref name="version"/>, create-if-absent.
    /// Returns false when that version already exists (another writer won).
    /// </summary>
    /// <exception cref="OmicsBridgeException">
    /// InvalidInput when the version would leave a gap, a new table lacks protocol or metaData, or the table needs a
    /// writer feature OmicsBridge does not support.
    /// </exception>
    public bool TryCommit(long version, IReadOnlyList<DeltaAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var listing = DeltaLogListing.Read(LogPath);
        var latest = listing.Latest;
        if (latest is { } l && version <= l)
        {
            return false;
        }

        var expected = (latest ?? -1) + 1;
        if (version != expected)
        {
            throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                $"Cannot commit version {version} to Delta table {RootPath}: the next version is {expected}."));
        }

        ValidateCommit(version, actions);
        Directory.CreateDirectory(LogPath);
        var final = Path.Combine(LogPath, DeltaLogListing.CommitFileName(version));
        var temp = Path.Combine(LogPath, string.Create(CultureInfo.InvariantCulture, $".{version:D20}.json.{Guid.NewGuid():N}.tmp"));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                WriteActions(stream, actions);
                stream.Flush(flushToDisk: true);
            }

            if (!DeltaCommitPublisher.TryPublish(temp, final))
            {
                return false;
            }
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        if (CheckpointInterval > 0 && version > 0 && version % CheckpointInterval == 0)
        {
            TryWriteCheckpoint(version);
        }

        return true;
    }

    /// <summary>
    /// Writes a classic checkpoint of <paramref name="version"/> (latest when null) and points <c>_last_checkpoint</c>
    /// at it, so readers can skip replaying the commits before it (and those commits may later be cleaned up).
    /// </summary>
    public void WriteCheckpoint(long? version = null)
    {
        var snapshot = GetSnapshot(version);
        DeltaFeatures.EnsureWritable(RootPath, snapshot.Protocol);
        DeltaCheckpointWriter.Write(LogPath, snapshot);
    }

    internal static void WriteActions(Stream stream, IReadOnlyList<DeltaAction> actions)
    {
        var newline = "\n"u8.ToArray();
        foreach (var action in actions)
        {
            using (var writer = new Utf8JsonWriter(stream, s_writerOptions))
            {
                DeltaActionJson.Write(writer, action);
            }

            stream.Write(newline);
        }
    }

    private void ValidateCommit(long version, IReadOnlyList<DeltaAction> actions)
    {
        var current = version == 0 ? null : GetSnapshot(version - 1);
        var protocol = actions.OfType<DeltaProtocol>().LastOrDefault() ?? current?.Protocol;
        var metadata = actions.OfType<DeltaMetadata>().LastOrDefault() ?? current?.Metadata;
        if (protocol is null || metadata is null)
        {
            throw OmicsBridgeException.InvalidInput($"Version 0 of Delta table {RootPath} must carry a protocol and a metaData action.");
        }

        DeltaFeatures.EnsureWritable(RootPath, protocol);
        var schema = DeltaSchema.Parse(metadata.SchemaString);
        foreach (var column in metadata.PartitionColumns)
        {
            if (schema.Find(column) is null)
            {
                throw OmicsBridgeException.InvalidInput($"Partition column '{column}' is not in the schema of Delta table {RootPath}.");
            }
        }

        // Writer version 2 means enforcing column invariants on the data, which this writer never sees.
        if (schema.Fields.Any(f => f.Metadata?.ContainsKey("delta.invariants") == true))
        {
            throw OmicsBridgeException.InvalidInput($"Delta table {RootPath} declares column invariants (delta.invariants), which OmicsBridge cannot enforce.");
        }

        var appendOnly = metadata.Configuration.TryGetValue("delta.appendOnly", out var flag)
            && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase);
        var partitions = new HashSet<string>(metadata.PartitionColumns, StringComparer.OrdinalIgnoreCase);
        foreach (var action in actions)
        {
            if (action is DeltaRemoveFile { DataChange: true } remove && appendOnly)
            {
                throw OmicsBridgeException.InvalidInput($"Delta table {RootPath} is append-only (delta.appendOnly); cannot remove {remove.Path}.");
            }

            if (action is DeltaAddFile add && !partitions.SetEquals(add.PartitionValues.Keys))
            {
                throw OmicsBridgeException.InvalidInput(
                    $"File {add.Path} must carry a partition value for exactly the partition columns [{string.Join(", ", metadata.PartitionColumns)}] of Delta table {RootPath}.");
            }
        }

        if (actions.OfType<DeltaCommitInfo>().Skip(1).Any())
        {
            throw OmicsBridgeException.InvalidInput("A Delta commit holds at most one commitInfo action.");
        }
    }

    // The commit is already published when this runs: a checkpoint is only a shortcut for readers, so failing to
    // write one must not report the commit as failed. Readers replay the JSON commits instead, and the next due
    // checkpoint covers this version too.
    private void TryWriteCheckpoint(long version)
    {
        try
        {
            WriteCheckpoint(version);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DuckDB.NET.Data.DuckDBException)
        {
            System.Diagnostics.Trace.TraceWarning($"Delta checkpoint of {RootPath} at version {version} was not written: {ex.Message}");
        }
    }

    private long? CheckpointCommitTimestamp(long version, DeltaLogListing listing)
    {
        if (!listing.Commits.Contains(version))
        {
            return null;
        }

        var file = Path.Combine(LogPath, DeltaLogListing.CommitFileName(version));
        return DeltaLogReplay.ReadCommit(file).OfType<DeltaCommitInfo>().FirstOrDefault()?.Timestamp;
    }

    private OmicsBridgeException Corrupt(long version, string what) =>
        OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
            $"Delta table {RootPath} at version {version} has {what}; the log is incomplete or corrupt."));

    private static IEnumerable<long> LongRange(long first, long last)
    {
        for (var v = first; v <= last; v++)
        {
            yield return v;
        }
    }
}
