using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests.Governance;

public sealed class AuditCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new("ob-auditcmd");

    [Fact]
    public void AuditCommands_AuditorShowsAndVerifies_ResearcherIsRefused_TamperIsLocated()
    {
        var ws = _temp.Combine("ws");
        Assert.Equal(0, Cli.Run("init", ws).ExitCode);
        var manifest = _temp.Combine("samples.csv");
        File.WriteAllText(manifest, "sample_id,mrn,modality\nS-1,MRN1,RNA-seq\nS-2,MRN2,RNA-seq\n");
        Assert.Equal(0, Cli.Run("ingest", "manifest", manifest, "-w", ws).ExitCode);
        Assert.Equal(0, Cli.Run("sql", "SELECT count(*) FROM sample", "-w", ws, "--role", "researcher", "--purpose", "GRU", "--user", "rita").ExitCode);

        var show = Cli.Run("audit", "show", "-w", ws, "--role", "auditor", "--user", "rita", "--format", "csv");
        var refused = Cli.Run("audit", "show", "-w", ws, "--role", "researcher");
        var verify = Cli.Run("audit", "verify", "-w", ws, "--role", "auditor");

        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Single(Cli.CsvRows(show));
        Assert.Contains("rita,researcher,DUO:0000042,query", show.Data, StringComparison.Ordinal);
        Assert.Equal(3, refused.ExitCode);
        Assert.True(verify.ExitCode == 0, verify.ToString());
        Assert.Contains("valid", verify.Data, StringComparison.Ordinal);

        var log = Path.Combine(ws, "audit", "audit.jsonl");
        var lines = File.ReadAllLines(log);
        lines[1] = lines[1].Replace("\"rita\"", "\"RITA\"", StringComparison.Ordinal);
        File.WriteAllText(log, string.Join('\n', lines) + "\n");
        var broken = Cli.Run("audit", "verify", "-w", ws, "--role", "auditor");

        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("INVALID at line 2", broken.Data, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
