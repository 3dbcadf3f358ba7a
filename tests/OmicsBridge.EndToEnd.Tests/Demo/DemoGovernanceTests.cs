using System.Globalization;

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
}
