namespace OmicsBridge.Governance.Gate;

/// <summary>A read asked of the lake: the SQL and, for time travel, the lake version to read.</summary>
public sealed record QueryRequest(string Sql, long? AsOf = null);
