namespace OmicsBridge.Governance.Gate;

/// <summary>What a checked SELECT reads (table names, CTEs included) and which of its output columns are counts.</summary>
internal sealed record StatementShape(IReadOnlySet<string> Tables, IReadOnlySet<int> CountColumns);
