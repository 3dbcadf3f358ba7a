using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Core.Access;
using OmicsBridge.Demo.Generation;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Gate;
using Spectre.Console;

namespace OmicsBridge.Cli.Commands.Demo;

/// <summary>
/// The demo's governance part: one question asked by the data steward and by a researcher (general research use), the
/// two answers side by side, and what the researcher cannot see and why — all through the one governed gate.
/// </summary>
internal sealed class DemoGovernance(CliConsole console, QueryGate gate)
{
    private const string Carriers =
        $"SELECT count(DISTINCT a.sample_id) AS carriers FROM genotype g JOIN assay a USING (assay_id) WHERE g.variant_key = '{DemoVcfWriter.PlantedVusKey}'";

    private const string RnaSeqSamples =
        "SELECT count(DISTINCT s.sample_id) AS samples FROM assay a JOIN sample s USING (sample_id) WHERE a.modality = 'transcriptomics'";

    private const string ConsentOfPatients =
        "SELECT status, CASE WHEN data_categories ILIKE '%genomic%' OR data_categories IS NULL OR data_categories ILIKE '%all%' THEN 'yes' ELSE 'no' END AS genomic, count(*) AS patients FROM consent GROUP BY 1, 2 ORDER BY 1, 2";

    public void Run()
    {
        var researcher = gate.Governance.Policy.ResolveCaller(null, "demo-researcher", Role.Researcher, "GRU");
        Section("Governance: the same questions as the data steward and as a researcher (purpose GRU)");
        var rows = new List<IReadOnlyList<object?>>();
        foreach (var (question, sql) in new[]
        {
            ("germline carriers of the planted BRCA2 VUS (samples)", Carriers),
            ("tumour RNA-seq samples", RnaSeqSamples),
        })
        {
            var (stewardCount, _) = Count(sql, caller: null);
            var (researcherCount, excluded) = Count(sql, researcher);
            rows.Add([question, stewardCount, researcherCount, excluded]);
        }

        ResultWriter.Write(console, OutputFormat.Table, ["question", "data_steward", "researcher", "patients consent withholds entirely"], rows);

        Section("Consent on file (what the researcher's rows are filtered by, per query)");
        using (var consent = gate.Query(new QueryRequest(ConsentOfPatients)))
        {
            ResultWriter.Write(console, OutputFormat.Table, ["status", "genomic research allowed", "patients"], consent.ReadRows().ToList());
        }

        Section("What the researcher sees of each table (rows; '-' = withheld)");
        var steward = gate.RowCounts();
        var governed = gate.RowCounts(caller: researcher);
        ResultWriter.Write(console, OutputFormat.Table, ["table", "data_steward", "researcher", "why"],
            steward.Keys.Order(StringComparer.Ordinal).Where(t => steward[t] > 0).Select(t => (IReadOnlyList<object?>)
            [
                t, steward[t], governed.TryGetValue(t, out var n) ? n?.ToString(CultureInfo.InvariantCulture) ?? "<5 (suppressed)" : "-",
                Why(t, governed.ContainsKey(t), steward[t], governed.GetValueOrDefault(t)),
            ]));
        console.Ui.MarkupLine("A researcher's rows carry research ids (keyed HMAC per project) instead of patient ids, dates shifted per patient, "
            + "birth years instead of birth dates; identifiers (MRNs) and consent records are never theirs to read.");
    }

    private (object Count, object Excluded) Count(string sql, CallerIdentity? caller)
    {
        using var result = gate.Query(new QueryRequest(sql, Caller: caller));
        var count = result.Read() ? result[0] ?? "<5 (suppressed)" : 0L;
        return (count, result.PatientsExcludedByConsent is { } n ? n : "-");
    }

    private static string Why(string table, bool visible, long? stewardRows, long? researcherRows) => (visible, table) switch
    {
        (false, "patient_identifier") => "identifiers (MRNs)",
        (false, "consent" or "identity_merge") => "governance records",
        (false, _) => "not linked to a patient",
        (true, _) when researcherRows < stewardRows => "filtered by consent",
        _ => "",
    };

    private void Section(string title) => console.Ui.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
}
