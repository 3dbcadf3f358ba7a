namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>reject</c>: every record that could not be loaded, with where and why.</summary>
public static class RejectTable
{
    public static readonly TableSchema Schema = new(
        "reject",
        "One row per rejected record (or warning): run, file, position, issue code and reason.",
        [
            new("run_id", ColumnType.String, false),
            new("sha256", ColumnType.String, false),
            new("file_name", ColumnType.String, false),
            new("line", ColumnType.Int64, false, "1-based line, or element index for formats without lines."),
            new("column_number", ColumnType.Int32, true),
            new("field", ColumnType.String, true),
            new("code", ColumnType.String, false),
            new("severity", ColumnType.String, false),
            new("reason", ColumnType.String, false),
            new("excerpt", ColumnType.String, true, "The offending raw text; governed (may hold clinical values)."),
        ]);
}
