using System.Text.Json;
using OmicsBridge.Cli.Commands.Analyze;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Testing;

namespace OmicsBridge.Cli.Tests.Analyze;

/// <summary>The workspace path: survival, association, subtypes, overlap and the showcase read the lake through the gate.</summary>
public sealed class AnalyzeWorkspaceTests
{
    [Fact]
    public void Subtypes_Workspace_SavesPlantedPartitionAsVersionedAttribute()
    {
        // Without batch correction the batch shift would be a "subtype" of its own (the showcase runs ComBat first).
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws, batchEffect: false);

        var first = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "subtypes", "-w", ws.Root, "--method", "hierarchical", "--max-k", "5", "--format", "json"));
        var second = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "subtypes", "-w", ws.Root, "--method", "kmeans", "-k", "3", "--format", "json"));

        Assert.Equal(3, first.GetProperty("k_selection").EnumerateArray().Single(k => k.GetProperty("chosen").GetBoolean()).GetProperty("k").GetInt64());
        Assert.Equal(1, first.GetProperty("saved")[0].GetProperty("version").GetInt64());
        Assert.Equal(2, second.GetProperty("saved")[0].GetProperty("version").GetInt64());
        Assert.Equal(PlantedLake.Patients, second.GetProperty("saved")[0].GetProperty("patients").GetInt64());
        var saved = Attribute(ws, 2);
        Assert.Equal(PlantedLake.Patients, saved.Count);
        Assert.True(SamePartition(saved));
    }

    [Fact]
    public void Survival_WorkspaceBySubtype_DerivesTimeFromDiagnosisToDeathOrLastContact()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws, batchEffect: false);
        Assert.Equal(0, AnalyzeCli.Run("analyze", "subtypes", "-w", ws.Root, "--method", "kmeans", "-k", "3").ExitCode);

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "survival", "-w", ws.Root, "--group-by", "subtype", "--format", "json"));

        Assert.Equal(3, json.GetProperty("median").GetArrayLength());
        Assert.Equal(PlantedLake.Patients, json.GetProperty("input")[0].GetProperty("used").GetInt64());
        Assert.True(json.GetProperty("logrank_test")[0].GetProperty("p_value").GetDouble() < 1e-6);
        var events = json.GetProperty("median").EnumerateArray().Sum(m => m.GetProperty("events").GetDouble());
        Assert.Equal(Enumerable.Range(0, PlantedLake.Patients).Count(i => PlantedLake.Subtype(i) != 2 || i % 5 == 0), events);
    }

    [Fact]
    public void Survival_WorkspaceByVariant_GroupsCarriers()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws);

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "survival", "-w", ws.Root, "--group-by", "variant:" + PlantedLake.Variant, "--anchor", "sample", "--format", "json"));

        var groups = json.GetProperty("median").EnumerateArray().ToDictionary(m => m.GetProperty("group").GetString()!, m => m.GetProperty("n").GetInt64());
        Assert.Equal(15, groups.Single(g => g.Key.EndsWith("=carrier", StringComparison.Ordinal) || g.Key == "carrier").Value);
    }

    [Fact]
    public void Association_WorkspaceVariantBySex_CountsEveryPatient()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws);

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "association", "-w", ws.Root, "--row", "variant:" + PlantedLake.Variant, "--col", "sex", "--format", "json"));

        // Carriers are i % 4 == 0, all even, so all female: table [[15, 0], [15, 30]].
        var table = json.GetProperty("table");
        Assert.Equal(15, table[0].GetProperty("female").GetInt64());
        Assert.Equal(0, table[0].GetProperty("male").GetInt64());
        // An empty cell puts the conditional MLE at the support's end: +∞, written as R prints it.
        Assert.Equal("Inf", json.GetProperty("fisher")[0].GetProperty("odds_ratio").GetString());
    }

    [Fact]
    public void Association_Researcher_SmallCellsAndTheirComplementsAreSuppressed()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws);
        // Three carriers consent (all female); every non-carrier consents: table [[3, 0], [15, 30]] for a researcher.
        PlantedLake.WriteConsent(ws, i => !PlantedLake.Carrier(i) || i < 12);

        var steward = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "association", "-w", ws.Root, "--row", "variant:" + PlantedLake.Variant, "--col", "sex", "--format", "json"));
        var researcher = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "association", "-w", ws.Root, "--row", "variant:" + PlantedLake.Variant, "--col", "sex",
            "--format", "json", "--role", "researcher", "--purpose", "GRU", "--user", "rita"));

        Assert.Equal(15, steward.GetProperty("table")[0].GetProperty("female").GetInt64());
        var carriers = researcher.GetProperty("table")[0];
        Assert.Equal("suppressed", carriers.GetProperty("female").GetString());
        Assert.Equal("suppressed", carriers.GetProperty("total").GetString());
        var hidden = researcher.GetProperty("table").EnumerateArray()
            .SelectMany(r => r.EnumerateObject()).Count(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString() == "suppressed");
        Assert.True(hidden >= 3, $"only {hidden} cells hidden: the small cell could be recomputed from the margins");
    }

    [Fact]
    public void Survival_Researcher_SmallGroupShowsNoCountsAndCurvesStopBelowFiveAtRisk()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws);
        PlantedLake.WriteConsent(ws, i => !PlantedLake.Carrier(i) || i < 12);

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "survival", "-w", ws.Root, "--group-by", "variant:" + PlantedLake.Variant, "--anchor", "sample",
            "--format", "json", "--role", "researcher", "--purpose", "GRU", "--user", "rita"));

        var medians = json.GetProperty("median").EnumerateArray().ToList();
        Assert.Contains(medians, m => m.GetProperty("n").ValueKind == JsonValueKind.String && m.GetProperty("n").GetString() == "suppressed");
        Assert.Contains(medians, m => m.GetProperty("n").ValueKind == JsonValueKind.Number && m.GetProperty("n").GetInt64() == 45);
        Assert.All(json.GetProperty("km").EnumerateArray(), row => Assert.True(row.GetProperty("n_risk").GetInt64() >= 5));

        // The plot follows the same rule (KaplanMeierPlotOptions.MinimumAtRisk, tested in Analytics): it is drawn.
        using var dir = new TempDirectory("ob-km");
        Assert.Equal(0, AnalyzeCli.Run("analyze", "survival", "-w", ws.Root, "--group-by", "variant:" + PlantedLake.Variant, "--anchor", "sample",
            "--plot", dir.Combine("km.svg"), "--role", "researcher", "--purpose", "GRU", "--user", "rita").ExitCode);
        var svg = File.ReadAllText(dir.Combine("km.svg"));
        var small = medians.Single(m => m.GetProperty("n").ValueKind == JsonValueKind.String).GetProperty("group").GetString();
        var large = medians.Single(m => m.GetProperty("n").ValueKind == JsonValueKind.Number).GetProperty("group").GetString();
        Assert.Contains("=" + large, svg, StringComparison.Ordinal);
        Assert.DoesNotContain("=" + small, svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlap_WorkspaceWithPartialProteomics_IsMosaic()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws, withProteomics: true);

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "overlap", "-w", ws.Root, "--format", "json"));

        var pattern = json.GetProperty("pattern")[0];
        Assert.Equal("mosaic", pattern.GetProperty("pattern").GetString());
        Assert.Equal(50, pattern.GetProperty("complete_cases").GetInt64());
        var modalities = json.GetProperty("modalities").EnumerateArray().ToDictionary(m => m.GetProperty("modality").GetString()!, m => m);
        Assert.Equal(2, modalities["transcriptomics"].GetProperty("batches").GetInt64());
        Assert.Equal(PlantedLake.Genes, modalities["transcriptomics"].GetProperty("features").GetInt64());
    }

    [Fact]
    public void Overlap_Researcher_SmallCombinationsAreSuppressedAndTheUpSetPlotIsRefused()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws, withProteomics: true);
        // Patients 0-9 have no proteomics; with 7-59 consenting, 3 researchers' patients lack it: a small cell.
        PlantedLake.WriteConsent(ws, i => i >= 7);
        string[] researcher = ["--role", "researcher", "--purpose", "GRU", "--user", "rita"];

        var json = AnalyzeCli.Json(AnalyzeCli.Run(["analyze", "overlap", "-w", ws.Root, "--format", "json", .. researcher]));

        var combinations = json.GetProperty("combinations").EnumerateArray().ToList();
        Assert.True(combinations.Count(c => c.GetProperty("patients").ValueKind == JsonValueKind.String) >= 2, "the small cell and a complement");
        Assert.DoesNotContain(combinations, c => c.GetProperty("patients").ValueKind == JsonValueKind.Number && c.GetProperty("patients").GetInt64() < 5);
        using var dir = new TempDirectory("ob-upset");
        var plot = dir.Combine("upset.svg");
        var refused = AnalyzeCli.Run(["analyze", "overlap", "-w", ws.Root, "--plot", plot, .. researcher]);
        Assert.Equal(3, refused.ExitCode);
        Assert.False(File.Exists(plot));
        Assert.Equal(0, AnalyzeCli.Run("analyze", "overlap", "-w", ws.Root, "--plot", plot).ExitCode);
        Assert.True(File.Exists(plot));
    }

    [Fact]
    public void Integrate_WorkspaceLate_UsesPatientsMissingProteomics()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws, withProteomics: true, batchEffect: false);

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "integrate", "-w", ws.Root, "--strategy", "late", "-k", "3", "--format", "json"));

        var rows = json.GetProperty("assignment").EnumerateArray().ToList();
        Assert.Equal(PlantedLake.Patients, rows.Count);
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("proteomics_cluster").ValueKind);
        var labels = rows.ToDictionary(r => r.GetProperty("patient_id").GetString()!, r => r.GetProperty("cluster").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(SamePartition(labels));
    }

    [Fact]
    public void Showcase_PlantedLake_FindsSubtypesSurvivalAndVariantResponse()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws);
        var outDir = Path.Combine(ws.Inputs, "report");

        var result = ShowcaseAnalyses.Run(ws.Workspace, outDir, new ShowcaseOptions
        {
            VariantKey = PlantedLake.Variant, DrugCode = "DRUG1", ResponseCode = "RESP", TopGenes = 60, Repetitions = 20,
        });

        Assert.Equal(2, result.Batches);
        Assert.Equal(3, result.Subtypes);
        Assert.Equal(1, result.SubtypeVersion);
        Assert.True(SamePartition(Attribute(ws, 1)));
        Assert.True(result.LogRankP < 1e-6, result.ToString());
        Assert.True(result.FisherP < 1e-4, result.ToString());
        Assert.True(result.OddsRatio > 10, result.ToString());
        var html = File.ReadAllText(result.ReportPath);
        Assert.Contains("Transcriptomic subtypes", html, StringComparison.Ordinal);
        Assert.Contains("Survival by subtype", html, StringComparison.Ordinal);
        Assert.Contains("Response by variant carrier status", html, StringComparison.Ordinal);
        Assert.True(html.Split("data:image/png;base64,").Length - 1 >= 4, "ComBat before/after, UpSet and KM plots are embedded");
        Assert.DoesNotContain(outDir, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Workspace_WritesSelfContainedHtmlAndPrintsPath()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws);
        var outDir = Path.Combine(ws.Inputs, "r");

        var json = AnalyzeCli.Json(AnalyzeCli.Run("report", "-w", ws.Root, "--out", outDir, "--format", "json"));

        var path = json.GetProperty("report")[0].GetProperty("path").GetString()!;
        Assert.True(File.Exists(path));
        Assert.Contains("Modalities and integration strategy", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Researcher_LeavesOutProvenanceAndSuppressesSmallCombinations()
    {
        using var ws = new TempWorkspace();
        PlantedLake.Write(ws, withProteomics: true);
        PlantedLake.WriteConsent(ws, i => i >= 7);
        var outDir = Path.Combine(ws.Inputs, "r");

        var run = AnalyzeCli.Run("report", "-w", ws.Root, "--out", outDir, "--format", "json", "--role", "researcher", "--purpose", "GRU", "--user", "rita");

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(AnalyzeCli.Json(run).GetProperty("report")[0].GetProperty("path").GetString()!);
        Assert.Contains("Modalities and integration strategy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ingest runs", html, StringComparison.Ordinal);
        Assert.Contains("No UpSet plot", html, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(outDir, "overlap-upset.png")));
    }

    private static Dictionary<string, string> Attribute(TempWorkspace ws, long version)
    {
        using var result = new QueryGate(ws.Lake).Query(new QueryRequest(
            $"SELECT patient_id, value FROM patient_attribute WHERE name = 'subtype' AND version = {version}"));
        return result.ReadRows().ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
    }

    private static bool SamePartition(Dictionary<string, string> labels)
    {
        var ids = labels.Keys.Order(StringComparer.Ordinal).ToArray();
        var planted = ids.Select(id => PlantedLake.Subtype(int.Parse(id.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        for (var a = 0; a < ids.Length; a++)
        {
            for (var b = a + 1; b < ids.Length; b++)
            {
                if ((labels[ids[a]] == labels[ids[b]]) != (planted[a] == planted[b]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
