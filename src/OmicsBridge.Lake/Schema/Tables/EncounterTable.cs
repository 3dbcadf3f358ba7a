namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>encounter</c>: one row per encounter (visit) from FHIR Encounter, HL7 v2 PV1 or a CSV extract.</summary>
public static class EncounterTable
{
    public static readonly TableSchema Schema = new(
        "encounter",
        "One row per encounter (visit) from FHIR Encounter, HL7 v2 PV1 or a CSV extract.",
        [
            new("encounter_id", ColumnType.String, false, "Source-scoped id: <source_kind>:<id>."),
            new("patient_id", ColumnType.String, false),
            new("class", ColumnType.String, true, "ambulatory, inpatient, emergency, … (v3 ActCode or PV1-2)."),
            new("type_vocabulary", ColumnType.String, true),
            new("type_code", ColumnType.String, true),
            new("type_display", ColumnType.String, true),
            new("start_time", ColumnType.Timestamp, true),
            new("end_time", ColumnType.Timestamp, true),
            new("status", ColumnType.String, true),
            new("source_kind", ColumnType.String, false),
            new("source_id", ColumnType.String, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}
