using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Lake.Catalog;

/// <summary>The lake of one workspace: its snapshots for readers and its single write path for ingestion.</summary>
public sealed class LakeStore(Workspace.Workspace workspace, TimeProvider? clock = null)
{
    public Workspace.Workspace Workspace { get; } = workspace;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public LakeLog Log { get; } = new(workspace.LakePath);

    /// <summary>The data keys that encrypt the lake's files and the landing zone, wrapped by the workspace's master key.</summary>
    public DataKeyRing Keys { get; } = DataKeyRing.Local(workspace.KeysPath);

    /// <summary>The latest lake version, or the one given (time travel).</summary>
    public LakeSnapshot GetSnapshot(long? asOf = null) =>
        new(Workspace.LakePath, asOf is null ? Log.Latest() : Log.Read(asOf.Value), Keys);

    /// <summary>
    /// Starts the only way data enters the lake. Takes the workspace's writer lock (one writer at a time; readers never
    /// wait) and first rolls back table versions left by a writer that crashed before publishing its lake version.
    /// </summary>
    /// <param name="runId">The run the commit belongs to (recorded in every table's commitInfo).</param>
    /// <param name="operation">What the run does, for the lake history ("ingest manifest").</param>
    /// <param name="lockWait">How long to wait for another writer to finish (default 30 s) before a Conflict.</param>
    public LakeWriteTransaction BeginWrite(string runId, string operation, TimeSpan? lockWait = null) =>
        LakeWriteTransaction.Begin(this, runId, operation, lockWait ?? TimeSpan.FromSeconds(30));
}
