namespace OmicsBridge.Lake.Workspace;

/// <summary>The commented <c>omicsbridge.yaml</c> that <c>omicsbridge init</c> writes.</summary>
internal static class WorkspaceTemplate
{
    public const string FileName = "omicsbridge.yaml";

    public static string Render(string project, string owner) => $$"""
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

        # Who may read what. Without a roles: section the built-in roles apply: admin, data_steward (the honest broker:
        # identified data, re-identification, keys, consent), clinician (identified data for clinical care, DUO:0000043),
        # researcher (pseudonymised data of consenting patients, research purposes), auditor (the audit log only).
        # roles:
        #   diabetes_analyst:
        #     actions: [read_pseudonymised]
        #     purposes: [DS:MONDO:0005015]     # any | research | a DUO id | DS (any disease) | DS:<disease>

        # Named callers for --profile. With no --role, the "default" profile is used (and recorded as such in the audit).
        profiles:
          default: { user: "{{owner}}", role: data_steward, purpose: GRU }
          # rita: { user: rita, role: researcher, purpose: HMB }

        governance:
          # Patients with no consent record for a table's data category: deny (default) or permit (IRB waiver).
          missing_consent: deny
          # Counts below this are hidden from researchers, with the complementary cells that would reveal them.
          suppression_threshold: 5
          # Researchers see each patient's dates moved by a fixed per-patient offset of 1..N days either way.
          max_date_shift_days: 180
          # The purpose recorded for the default profile when it declares none.
          default_purpose: DUO:0000042
        """;
}
