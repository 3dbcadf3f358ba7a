namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>patient_identifier</c>: the identifier crosswalk (system + value → patient_id).</summary>
public static class PatientIdentifierTable
{
    public static readonly TableSchema Schema = new(
        "patient_identifier",
        "Identifier crosswalk: each (system, value) names exactly one patient_id.",
        [
            new("patient_id", ColumnType.String, false),
            new("system", ColumnType.String, false, "Identifier system URI or assigning authority, as configured."),
            new("value", ColumnType.String, false),
            new("source_kind", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}
