using System.Globalization;
using System.Text.RegularExpressions;

namespace OmicsBridge.EndToEnd.Tests.Demo;

/// <summary>The demo's consent file lands, and a researcher sees fewer patients than the steward, never a withdrawn one.</summary>
public sealed class DemoGovernanceTests(DemoClinicalFixture demo) : IClassFixture<DemoClinicalFixture>
{
    [Fact]
    public void Demo_ConsentFile_HasWithdrawnAndGenomicExcludedPatients()
    {
        var rows = demo.Query("SELECT status, replace(coalesce(data_categories, 'all'), ',', ';'), count(*) FROM consent GROUP BY ALL ORDER BY ALL");

        Assert.Contains(rows, r => r[0] == "withdrawn");
        Assert.Contains(rows, r => r[0] == "active" && !r[1].Contains("genomic", StringComparison.Ordinal) && r[1] != "all" && r[1].Length > 0);
        Assert.Equal(DemoClinicalFixture.Patients, rows.Sum(r => int.Parse(r[2], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Demo_Researcher_SeesOnlyConsentingPatients_AndTheDemoSaysSo()
    {
        var steward = demo.Query("SELECT count(*) FROM patient WHERE patient_id IN (SELECT patient_id FROM consent WHERE status = 'active')");
        var researcher = Cli.Run("sql", "SELECT count(*) FROM patient", "-w", demo.Workspace, "--format", "csv",
            "--role", "researcher", "--purpose", "GRU", "--user", "rita");

        Assert.Equal(0, researcher.ExitCode);
        Assert.Equal(steward[0][0], Cli.CsvRows(researcher)[0][0]);
        Assert.Contains("Governance: the same questions", demo.Run.Ui, StringComparison.Ordinal);
        Assert.Contains("identifiers (MRNs)", demo.Run.Ui, StringComparison.Ordinal);
    }

    [Fact]
    public void Researcher_CohortAndVariantOutputs_NeverHoldAWithdrawnPatient()
    {
        string[][] researcherRuns =
        [
            ["cohort", "list", "--where", "condition ICD10CM:C50*"],
            ["cohort", "list", "--where", "gene 'BRCA2: MUT' or gene 'TP53: MUT'"],
            ["variants", "--gene", "BRCA2"],
            ["variants", "--gene", "TP53"],
            ["sql", "SELECT DISTINCT patient_id FROM patient ORDER BY 1 LIMIT 1000 OFFSET 0"],
        ];
        var researchIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var args in researcherRuns)
        {
            var run = Cli.Run([.. args, "-w", demo.Workspace, "--format", "csv", "--role", "researcher", "--purpose", "GRU", "--user", "rita"]);
            Assert.True(run.ExitCode == 0, string.Join(' ', args) + ": " + run);
            Assert.DoesNotContain("pt_", run.Data, StringComparison.Ordinal);
            researchIds.UnionWith(Regex.Matches(run.Data, "rid-[0-9a-f]+").Select(m => m.Value));
        }

        var mapped = Cli.Run(["reidentify", .. researchIds, "-w", demo.Workspace, "--format", "csv"]);
        Assert.True(mapped.ExitCode == 0, mapped.ToString());
        var patients = Cli.CsvRows(mapped).Select(r => r[1]).ToHashSet(StringComparer.Ordinal);
        var withdrawn = demo.Query("SELECT patient_id FROM consent WHERE status = 'withdrawn'").Select(r => r[0]).ToList();
        Assert.NotEmpty(withdrawn);
        Assert.Equal(researchIds.Count, patients.Count);
        Assert.All(withdrawn, id => Assert.DoesNotContain(id, patients));
    }

    [Fact]
    public void Reidentify_Researcher_IsRefusedWithExitCode3()
    {
        var run = Cli.Run("reidentify", "rid-0000", "-w", demo.Workspace, "--role", "researcher", "--purpose", "GRU", "--user", "rita");

        Assert.Equal(3, run.ExitCode);
    }
}
