namespace OmicsBridge.Cohorts.Saving;

/// <summary>
/// What changed between two saved versions of a cohort, split by cause: <see cref="DefinitionAdded"/>/
/// <see cref="DefinitionRemoved"/> are the members the definition change alone moves (the new definition re-run on the old
/// snapshot), <see cref="DataAdded"/>/<see cref="DataRemoved"/> what the new data moves (new definition, old vs new snapshot).
/// </summary>
public sealed record CohortDiff(
    CohortReceipt From,
    CohortReceipt To,
    bool DefinitionChanged,
    IReadOnlyList<string> DefinitionAdded,
    IReadOnlyList<string> DefinitionRemoved,
    IReadOnlyList<string> DataAdded,
    IReadOnlyList<string> DataRemoved,
    IReadOnlyList<(string Table, long? From, long? To)> ChangedTables);
