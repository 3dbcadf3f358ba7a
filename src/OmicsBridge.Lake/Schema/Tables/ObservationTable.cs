namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>observation</c>: one row per observation (lab, vital, survey item, component), value normalised to a canonical UCUM unit where one exists.</summary>
public static class ObservationTable
{
    public static readonly TableSchema Schema = new(
        "observation",
        "One row per observation (lab, vital, survey item, component), value normalised to a canonical UCUM unit where one exists.",
        [
            new("observation_id", ColumnType.String, false),
            new("patient_id", ColumnType.String, false),
            new("vocabulary", ColumnType.String, false),
            new("code", ColumnType.String, false),
            new("display", ColumnType.String, true),
            new("value_number", ColumnType.Double, true, "In the canonical unit of the code where a conversion exists, else as received."),
            new("comparator", ColumnType.String, true, "<, <=, >, >= when the value was censored (\"<0.5\")."),
            new("value_text", ColumnType.String, true, "The original value text, always kept."),
            new("value_code_vocabulary", ColumnType.String, true),
            new("value_code", ColumnType.String, true),
            new("value_code_display", ColumnType.String, true),
            new("unit", ColumnType.String, true, "UCUM unit of value_number."),
            new("original_value_number", ColumnType.Double, true),
            new("original_unit", ColumnType.String, true, "Unit as received."),
            new("reference_low", ColumnType.Double, true),
            new("reference_high", ColumnType.Double, true),
            new("reference_text", ColumnType.String, true),
            new("interpretation", ColumnType.String, true, "H, L, N, A, … (FHIR interpretation / OBX-8)."),
            new("status", ColumnType.String, true),
            new("category", ColumnType.String, true),
            new("effective_time", ColumnType.Timestamp, true),
            new("encounter_id", ColumnType.String, true),
            new("report_id", ColumnType.String, true),
            new("source_kind", ColumnType.String, false),
            new("source_id", ColumnType.String, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ])
    {
        ClusterBy = ["vocabulary", "code", "patient_id"],
    };
}
