namespace OmicsBridge.Lake.Schema;

/// <summary>
/// A lake table as code knows it: its name, its columns in order, and what one row means.
/// Each table has one <c>*Schema.cs</c> under <c>Schema/Tables/</c>; names are snake_case and never renamed without a migration.
/// </summary>
public sealed record TableSchema(string Name, string Description, IReadOnlyList<ColumnSchema> Columns)
{
    /// <summary>
    /// Columns each data file is sorted by, so a filter on them reads few row groups: Parquet row-group min/max let the
    /// engine skip the rest (a code criterion over millions of clinical events touches the row groups of that code).
    /// </summary>
    public IReadOnlyList<string> ClusterBy { get; init; } = [];

    public ColumnSchema this[string column] =>
        Columns.FirstOrDefault(c => c.Name == column)
        ?? throw new KeyNotFoundException($"Table '{Name}' has no column '{column}'.");

    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"Table '{Name}' has no column '{column}'.");
    }
}
