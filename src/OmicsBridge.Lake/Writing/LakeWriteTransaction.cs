using System.Text.Json;
using DuckDB.NET.Data;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// All writes of one ingest run: rows are buffered per table and written as encrypted Parquet; <see cref="Commit"/> then commits
/// each touched table's Delta log and publishes one lake version. Disposing without committing deletes the data files,
/// so a failed run leaves the lake exactly as it was.
/// </summary>
public sealed class LakeWriteTransaction : IDisposable
{
    /// <summary>The Delta <c>txn</c> application id under which each table records the lake version it belongs to.</summary>
    public const string LakeAppId = "omicsbridge-lake";

    private readonly LakeStore _store;
    private readonly FileStream _writerLock;
    private readonly DuckDBConnection _buffers;
    private readonly Dictionary<string, TableAppender> _appenders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _replaced = new(StringComparer.Ordinal);
    private bool _committed;

    private LakeWriteTransaction(LakeStore store, FileStream writerLock, string runId, string operation)
    {
        _store = store;
        _writerLock = writerLock;
        RunId = runId;
        Operation = operation;
        _buffers = new DuckDBConnection("DataSource=:memory:");
        _buffers.Open();
        Configure(_buffers);
    }

    public string RunId { get; }

    public string Operation { get; }

    /// <summary>The appender for <paramref name="schema"/>'s table in this run (one per table).</summary>
    public TableAppender Table(TableSchema schema)
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        if (!_appenders.TryGetValue(schema.Name, out var appender))
        {
            appender = new TableAppender(
                _buffers, schema, Path.Combine(_store.Workspace.LakePath, schema.Name),
                _store.Workspace.Settings.Lake.TargetFileRows, RunId, _store.Keys);
            _appenders[schema.Name] = appender;
        }

        return appender;
    }

    /// <summary>
    /// The appender for a full rewrite of <paramref name="schema"/>'s table: on commit, the rows written here replace
    /// every row of the current version (copy-on-write; small tables such as <c>patient</c> whose rows get updated).
    /// </summary>
    public TableAppender ReplaceTable(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (_appenders.ContainsKey(schema.Name))
        {
            throw new InvalidOperationException($"Table '{schema.Name}' is already being appended to in this run; replace it before writing rows.");
        }

        var appender = Table(schema);
        _replaced.Add(schema.Name);
        return appender;
    }

    private static void Configure(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        // force_mbedtls_unsafe: DuckDB writes encrypted Parquet only with OpenSSL (the httpfs extension, a download)
        // unless told to use its built-in mbedtls, whose weak random nonces are safe here because every file has its
        // own key (see TableAppender).
        command.CommandText = "SET threads = 2; SET memory_limit = '1GB'; SET preserve_insertion_order = true; SET force_mbedtls_unsafe = true;";
        command.ExecuteNonQuery();
    }

    /// <summary>Commits every table this run wrote, then publishes the lake version that makes them visible together.</summary>
    public LakeVersion Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        var previous = _store.Log.Latest();
        var lakeVersion = (previous?.Version ?? -1) + 1;
        var tables = new Dictionary<string, long>(previous?.Tables ?? new Dictionary<string, long>(), StringComparer.Ordinal);
        var now = _store.Clock.GetUtcNow();

        foreach (var appender in _appenders.Values)
        {
            appender.Flush();
        }

        // The files' keys are saved before any table references the files; a crash in between leaves unused keys only.
        _store.Keys.SaveCreated();

        // Every known table exists from the first commit on, so queries can name any of them.
        var schemas = LakeTables.All.Concat(_appenders.Values.Select(a => a.Schema)).DistinctBy(s => s.Name);
        foreach (var schema in schemas)
        {
            _appenders.TryGetValue(schema.Name, out var appender);
            var files = appender?.Files ?? [];
            var table = new DeltaTable(Path.Combine(_store.Workspace.LakePath, schema.Name));
            var current = table.LatestVersion();
            var replaces = _replaced.Contains(schema.Name);
            if (current is not null && files.Count == 0 && !replaces)
            {
                continue;
            }

            var actions = new List<DeltaAction>
            {
                CommitInfo(now, _replaced.Contains(schema.Name) ? "Overwrite" : "Append"),
                new DeltaTransaction(LakeAppId, lakeVersion, now.ToUnixTimeMilliseconds()),
            };
            var deltaSchema = ToDeltaSchema(schema);
            if (current is null)
            {
                actions.Add(DeltaProtocol.Default);
                actions.Add(DeltaMetadata.Create(deltaSchema, clock: _store.Clock));
            }
            else
            {
                var existing = table.GetSnapshot(current);
                if (existing.Metadata.SchemaString != deltaSchema.ToJson())
                {
                    // Columns only ever get added (ARCHITECTURE: extend, do not rename), so older files read with nulls.
                    actions.Add(existing.Metadata with { SchemaString = deltaSchema.ToJson() });
                }
            }

            if (replaces && current is not null)
            {
                var removedAt = now.ToUnixTimeMilliseconds();
                actions.AddRange(table.GetSnapshot(current).Files.Select(f =>
                    new DeltaRemoveFile(f.Path, removedAt, DataChange: true, ExtendedFileMetadata: true, f.PartitionValues, f.Size)));
            }

            actions.AddRange(files);
            var next = (current ?? -1) + 1;
            if (!table.TryCommit(next, actions))
            {
                throw OmicsBridgeException.Conflict($"Another writer committed version {next} of table '{schema.Name}' first; retry the ingest.");
            }

            tables[schema.Name] = next;
        }

        var entry = new LakeVersion(lakeVersion, now, RunId, Operation, tables);
        if (!_store.Log.TryPublish(entry))
        {
            throw OmicsBridgeException.Conflict($"Another writer published lake version {lakeVersion} first; retry the ingest.");
        }

        _committed = true;
        return entry;
    }

    public void Dispose()
    {
        foreach (var appender in _appenders.Values)
        {
            appender.Dispose();
            if (!_committed)
            {
                appender.DeleteWrittenFiles();
            }
        }

        _buffers.Dispose();
        _writerLock.Dispose();
    }

    internal static LakeWriteTransaction Begin(LakeStore store, string runId, string operation, TimeSpan lockWait)
    {
        var writerLock = AcquireWriterLock(store.Log.FolderPath, lockWait);
        try
        {
            LakeRecovery.RollBackUnpublished(store);
            return new LakeWriteTransaction(store, writerLock, runId, operation);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    internal static DeltaSchema ToDeltaSchema(TableSchema schema) =>
        new([.. schema.Columns.Select(c => new DeltaField(c.Name, DeltaPrimitiveType.FromName(c.DeltaTypeName), c.Nullable))]);

    private DeltaCommitInfo CommitInfo(DateTimeOffset now, string mode)
    {
        var info = DeltaCommitInfo.Create(now.ToUnixTimeMilliseconds(), "WRITE");
        var values = new Dictionary<string, JsonElement>(info.Values, StringComparer.Ordinal)
        {
            ["operationParameters"] = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["mode"] = mode }),
            ["isBlindAppend"] = JsonSerializer.SerializeToElement(mode == "Append"),
            ["txnId"] = JsonSerializer.SerializeToElement(RunId),
            ["omicsbridge.operation"] = JsonSerializer.SerializeToElement(Operation),
        };
        return new DeltaCommitInfo(values);
    }

    private static FileStream AcquireWriterLock(string logFolder, TimeSpan wait)
    {
        Directory.CreateDirectory(logFolder);
        var path = Path.Combine(logFolder, ".writer.lock");
        var deadline = DateTime.UtcNow + wait;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock across processes; the OS drops it when a writer dies.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(200);
            }
            catch (IOException ex)
            {
                throw new OmicsBridgeException(ErrorKind.Conflict, "Another ingest is writing to this workspace; try again when it has finished.", inner: ex);
            }
        }
    }
}
