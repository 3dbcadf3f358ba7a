namespace OmicsBridge.Cohorts.Compilation;

/// <summary>One leaf criterion: its label (one-line grammar) and the SQL counting the patients it matches on its own.</summary>
public sealed record CompiledLeaf(string Label, string CountSql);
