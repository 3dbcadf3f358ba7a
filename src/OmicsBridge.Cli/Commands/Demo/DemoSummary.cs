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
    }

    private void Section(string title) => console.Ui.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    private void Query(string title, string sql)
    {
        Section(title);
        using var result = gate.Query(new QueryRequest(sql));
        ResultWriter.Write(console, OutputFormat.Table, [.. result.Columns.Select(c => c.Name)], result.ReadRows());
    }
}
