using OmicsBridge.Governance.Access;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// A read asked of the lake: the SQL, for time travel the lake version to read, and who asks (user, role, purpose).
/// Without a caller the gate's own caller (the workspace's default profile unless the gate was built for someone) asks.
/// </summary>
public sealed record QueryRequest(string Sql, long? AsOf = null, CallerIdentity? Caller = null);
