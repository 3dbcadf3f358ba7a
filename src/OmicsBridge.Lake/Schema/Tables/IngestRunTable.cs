namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>ingest_run</c>: one row per committed ingest run, with its reconciliation counts.</summary>
public static class IngestRunTable
{
    public static readonly TableSchema Schema = new(
        "ingest_run",
        "One row per committed ingest run: what it read, accepted and rejected, how long it took.",
        [
            new("run_id", ColumnType.String, false),
            new("kind", ColumnType.String, false),
            new("status", ColumnType.String, false, "succeeded, or succeeded_with_rejects when any record was rejected."),
            new("started_at", ColumnType.Timestamp, false),
            new("finished_at", ColumnType.Timestamp, false),
            new("duration_ms", ColumnType.Int64, false),
            new("files", ColumnType.Int32, false, "Files committed by this run (duplicates skipped are not counted)."),
            new("files_skipped", ColumnType.Int32, false, "Files whose bytes were already in the lake."),
            new("rows_read", ColumnType.Int64, false),
            new("rows_accepted", ColumnType.Int64, false),
            new("rows_rejected", ColumnType.Int64, false),
            new("user_name", ColumnType.String, true),
            new("command", ColumnType.String, true),
        ]);
}
