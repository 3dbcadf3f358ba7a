namespace OmicsBridge.Lake.Workspace;

/// <summary>The commented <c>omicsbridge.yaml</c> that <c>omicsbridge init</c> writes.</summary>
internal static class WorkspaceTemplate
{
    public const string FileName = "omicsbridge.yaml";

    public static string Render(string project) => $$"""
        # OmicsBridge workspace settings.
        # Every command finds this file through --workspace/-w, else OMICSBRIDGE_WORKSPACE, else the current folder.
        # Keys are snake_case; an unknown key is an error (so a typo never silently does nothing).

        # A name for this study or project; shown in summaries and reports.
        project: {{project}}

        identity:
          # The identifier system of a patient identifier given without one (e.g. a sample manifest's MRN column).
          # The same (system, value) pair always resolves to the same opaque patient_id.
          default_system: MRN
          # Other names for the same identifier system: a FHIR Patient.identifier.system URI or an HL7 v2 PID-3
          # assigning authority that means "our hospital MRN". Left: as it arrives; right: the name stored.
          system_aliases:
            # "http://hospital.example.org/mrn": MRN
            # "HOSP": MRN

        lake:
          # Rows per Parquet data file. Larger files read faster; smaller ones keep ingest memory low.
          target_file_rows: 2000000
        """;
}
