using OmicsBridge.Demo.Generation;
using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests.Demo;

/// <summary>One <c>omicsbridge demo</c> run of 60 patients, shared by the clinical demo tests, with the generator's truth.</summary>
public sealed class DemoClinicalFixture : IDisposable
{
    public const int Patients = 60;

    public const int Seed = 7;

    private readonly TempDirectory _temp = new("ob-e2e-demo");

    public DemoClinicalFixture()
    {
        Workspace = _temp.Combine("demo");
        Run = Cli.Run("demo", "--out", Workspace, "--patients", "60", "--seed", "7", "--genes", "200");
        Truth = DemoClinicalTruth.Create(DemoCohort.Create(new DemoOptions(Patients, Seed, 200)));
    }

    public string Workspace { get; }

    public CliRun Run { get; }

    public DemoClinicalTruth Truth { get; }

    public string[][] Query(string sql)
    {
        var run = Cli.Run("sql", sql, "-w", Workspace, "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        return Cli.CsvRows(run);
    }

    public void Dispose() => _temp.Dispose();
}
