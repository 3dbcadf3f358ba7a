namespace OmicsBridge.Lake.Delta;

/// <summary>The <c>txn</c> action: the last version an application (<see cref="AppId"/>) committed, for idempotent writes.</summary>
public sealed record DeltaTransaction(string AppId, long Version, long? LastUpdated = null) : DeltaAction;
