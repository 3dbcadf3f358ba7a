using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Governance.Gate;
using Spectre.Console;

namespace OmicsBridge.Cli.Commands.Demo;

/// <summary>The demo's closing summary: tables, rejects with reasons, and which patients have which modalities.</summary>
internal sealed class DemoSummary(CliConsole console, QueryGate gate)
{
    private const string RejectsByReason = """
        SELECT f.name AS file, r.code, r.severity, r.field, r.reason, count(*) AS n, min(r.line) AS first_line
        FROM reject r JOIN source_file f USING (sha256)
        GROUP BY ALL ORDER BY file, first_line
        """;

    private const string ModalityOverlap = """
        WITH patient_modalities AS (
            SELECT p.patient_id, string_agg(DISTINCT a.modality, ' + ' ORDER BY a.modality) AS modalities
            FROM patient p
            LEFT JOIN sample s USING (patient_id)
            LEFT JOIN assay a USING (sample_id)
            GROUP BY p.patient_id)
        SELECT coalesce(modalities, '(none)') AS modalities, count(*) AS patients
        FROM patient_modalities GROUP BY 1 ORDER BY patients DESC
        """;

    private const string DataPerModality = """
        SELECT a.modality, count(DISTINCT a.assay_id) AS assays, count(DISTINCT s.patient_id) AS patients,
               count(m.assay_id) AS measurements
        FROM assay a JOIN sample s USING (sample_id) LEFT JOIN molecular_measurement m USING (assay_id)
        GROUP BY 1 ORDER BY 1
        """;

    private const string SamplesWithoutManifest = """
        SELECT s.sample_id, s.patient_id, f.name AS created_from
        FROM sample s JOIN source_file f ON f.sha256 = s.source_sha256
        WHERE f.kind <> 'manifest' ORDER BY 1
        """;

    // The planted BRCA2 variant of unknown significance: who carries it, and what they were treated with (clinical data).
    private static readonly string PlantedVusCarriers = $"""
        SELECT a.sample_id, s.patient_id, g.gt, round(g.vaf, 2) AS vaf,
               (SELECT string_agg(DISTINCT coalesce(m.display, m.code), ', ') FROM medication m WHERE m.patient_id = s.patient_id) AS treatments
        FROM genotype g JOIN assay a ON a.assay_id = g.assay_id JOIN sample s ON s.sample_id = a.sample_id
        WHERE g.variant_key = '{(global::OmicsBridge.Demo.Generation.DemoVcfWriter.PlantedVusKey)}'
        ORDER BY a.sample_id
        """;

    public void Print()
    {
        Section("Tables");
        var counts = gate.RowCounts();
        ResultWriter.Write(console, OutputFormat.Table, ["table", "rows"],
            counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (IReadOnlyList<object?>)[c.Key, c.Value]));

        Query("Rejected records and warnings, with reasons", RejectsByReason);
        Query("Modality overlap per patient (mosaic)", ModalityOverlap);
        Query("Data per modality", DataPerModality);
        Query("Samples no manifest declared (created from the data file, reported)", SamplesWithoutManifest);
        Query($"Carriers of the planted BRCA2 variant of unknown significance ({(global::OmicsBridge.Demo.Generation.DemoVcfWriter.PlantedVusKey)}, {(global::OmicsBridge.Demo.Generation.DemoVcfWriter.PlantedVusHgvsP)}) and their treatments", PlantedVusCarriers);
    }

    private const string ClinicalRowsPerSource = """
        SELECT table_name AS "table", source_kind AS source, count(*) AS "rows", count(DISTINCT patient_id) AS patients
        FROM (SELECT 'condition' AS table_name, source_kind, patient_id FROM condition
              UNION ALL SELECT 'encounter', source_kind, patient_id FROM encounter
              UNION ALL SELECT 'medication', source_kind, patient_id FROM medication
              UNION ALL SELECT 'observation', source_kind, patient_id FROM observation
              UNION ALL SELECT 'patient_identifier', source_kind, patient_id FROM patient_identifier
              UNION ALL SELECT 'procedure', source_kind, patient_id FROM procedure)
        GROUP BY ALL ORDER BY 1, 2
        """;

    // patient_identifier keeps only the source that first named an identifier, so the rows themselves show the overlap.
    private const string SourcesPerPatient = """
        WITH named AS (
            SELECT patient_id, source_kind FROM patient_identifier
            UNION ALL SELECT patient_id, source_kind FROM condition UNION ALL SELECT patient_id, source_kind FROM observation
            UNION ALL SELECT patient_id, source_kind FROM encounter UNION ALL SELECT patient_id, source_kind FROM medication),
        sources AS (
            SELECT patient_id, string_agg(DISTINCT source_kind, ' + ' ORDER BY source_kind) AS sources
            FROM named GROUP BY patient_id)
        SELECT sources, count(*) AS patients FROM sources GROUP BY 1 ORDER BY patients DESC
        """;

    /// <summary>Issue 3's question, exactly as documented in docs/formats/csv-mapping.md.</summary>
    internal const string DiabeticsWithHighHbA1c = """
        SELECT DISTINCT c.patient_id
        FROM condition c JOIN observation o USING (patient_id)
        WHERE c.vocabulary = 'ICD10CM' AND c.code LIKE 'E11%'
          AND o.vocabulary = 'LOINC' AND o.code = '4548-4' AND o.unit = '%' AND o.value_number > 7
        """;

    /// <summary>The clinical sections: rows per source and table, sources per patient, and issue 3's diabetes question.</summary>
    /// <param name="planted">How many patients the generator planted as the answer, shown beside the lake's.</param>
    public void PrintClinical(int planted)
    {
        Query("Clinical rows per table and source", ClinicalRowsPerSource);
        Query("Patients by the sources that name them or carry their rows (one patient_id per person)", SourcesPerPatient);
        Query(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Patients with a condition coded ICD10CM E11.* and an HbA1c (LOINC 4548-4) above 7 % (generator planted {planted})"),
            $"SELECT count(*) AS patients, {planted} AS planted FROM ({DiabeticsWithHighHbA1c})");
    }

    private void Section(string title) => console.Ui.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    private void Query(string title, string sql)
    {
        Section(title);
        using var result = gate.Query(new QueryRequest(sql));
        ResultWriter.Write(console, OutputFormat.Table, [.. result.Columns.Select(c => c.Name)], result.ReadRows());
    }
}
