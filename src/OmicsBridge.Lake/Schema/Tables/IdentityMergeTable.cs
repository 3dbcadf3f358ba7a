namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>identity_merge</c>: recorded identity merges (HL7 v2 A40 and reviewed decisions): which patient survives.</summary>
public static class IdentityMergeTable
{
    public static readonly TableSchema Schema = new(
        "identity_merge",
        "Recorded identity merges (HL7 v2 A40 and reviewed decisions): which patient survives.",
        [
            new("surviving_patient_id", ColumnType.String, false),
            new("merged_patient_id", ColumnType.String, true, "Null when the prior identifier was not yet known."),
            new("surviving_system", ColumnType.String, false),
            new("prior_system", ColumnType.String, false),
            new("status", ColumnType.String, false, "recorded (awaiting review) or applied."),
            new("source_kind", ColumnType.String, false),
            new("source_id", ColumnType.String, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}
