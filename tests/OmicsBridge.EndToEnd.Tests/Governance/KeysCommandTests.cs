using System.Text;
using System.Text.Json.Nodes;
using OmicsBridge.Governance.Audit;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests.Governance;

/// <summary>
/// <c>keys rotate</c> replaces the master key without rewriting data: landed envelopes still decrypt, the lake still
/// answers, the old master key is gone from keys/; only roles holding manage_keys may rotate or list.
/// </summary>
public sealed class KeysCommandTests : IDisposable
{
    private const string Canary = "MRN-KEYS-5150";

    private readonly TempDirectory _temp = new("ob-keys");
    private readonly string _ws;
    private readonly string _manifest;

    public KeysCommandTests()
    {
        _ws = _temp.Combine("ws");
        Assert.Equal(0, Cli.Run("init", _ws).ExitCode);
        _manifest = _temp.Combine("samples.csv");
        File.WriteAllText(_manifest, $"sample_id,mrn,modality\nS-1,{Canary},RNA-seq\nS-2,MRN-2,RNA-seq\n");
        var ingest = Cli.Run("ingest", "manifest", _manifest, "-w", _ws);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
    }

    private string MasterKeysPath => Path.Combine(_ws, "keys", LocalKeyManagementService.FileName);

    [Fact]
    public void KeysRotate_Steward_RewrapsDataKeys_LandingStillDecrypts_LakeStillAnswers_OldMasterKeyDestroyed()
    {
        var before = JsonNode.Parse(File.ReadAllText(MasterKeysPath))!;
        var oldId = before["current"]!.GetValue<string>();
        var oldMaterial = before["keys"]![oldId]!.GetValue<string>();

        var rotate = Cli.Run("keys", "rotate", "-w", _ws, "--format", "csv");

        Assert.True(rotate.ExitCode == 0, rotate.ToString());
        var row = Assert.Single(Cli.CsvRows(rotate));
        var after = JsonNode.Parse(File.ReadAllText(MasterKeysPath))!;
        var newId = after["current"]!.GetValue<string>();
        Assert.Equal(newId, row[0]);
        Assert.True(int.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture) >= 1, rotate.ToString());
        Assert.Equal(oldId, row[2]);
        Assert.DoesNotContain(oldId, File.ReadAllText(MasterKeysPath), StringComparison.Ordinal);
        Assert.DoesNotContain(oldMaterial, File.ReadAllText(MasterKeysPath), StringComparison.Ordinal);
        Assert.DoesNotContain(after["keys"]![newId]!.GetValue<string>(), rotate.Data + rotate.Ui, StringComparison.Ordinal);

        var keys = DataKeyRing.Local(Path.Combine(_ws, "keys"));
        var landed = Assert.Single(Directory.EnumerateFiles(Path.Combine(_ws, "landing", "sha256"), "*", SearchOption.AllDirectories));
        Assert.DoesNotContain(Canary, Encoding.Latin1.GetString(File.ReadAllBytes(landed)), StringComparison.Ordinal);
        using (var reader = new StreamReader(EnvelopeReadStream.Open(landed, keys)))
        {
            Assert.Equal(File.ReadAllText(_manifest), reader.ReadToEnd());
        }

        var sql = Cli.Run("sql", "SELECT count(*) FROM sample", "-w", _ws, "--format", "csv");
        Assert.True(sql.ExitCode == 0, sql.ToString());
        Assert.Equal("2", Assert.Single(Cli.CsvRows(sql))[0]);

        var again = Cli.Run("ingest", "manifest", _manifest, "-w", _ws);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("already ingested", again.Data + again.Ui, StringComparison.Ordinal);

        var audit = new AuditLog(Path.Combine(_ws, "audit"));
        Assert.Contains(audit.Read(), e => e.Event.Action == "key_rotation" && e.Event.Outcome == "ok" && e.Event.Reason!.Contains(newId, StringComparison.Ordinal));
    }

    [Fact]
    public void KeysList_Steward_ShowsScopesAndMasterKey_NeverMaterial()
    {
        var list = Cli.Run("keys", "list", "-w", _ws, "--format", "csv");

        Assert.True(list.ExitCode == 0, list.ToString());
        var rows = Cli.CsvRows(list);
        Assert.Contains(rows, r => r[0] == "landing" && r[1] == "1");
        Assert.Contains(rows, r => r[0].StartsWith("table/", StringComparison.Ordinal));
        var masterKeys = JsonNode.Parse(File.ReadAllText(MasterKeysPath))!;
        var current = masterKeys["current"]!.GetValue<string>();
        Assert.All(rows, r => Assert.Equal(current, r[2]));
        Assert.DoesNotContain(masterKeys["keys"]![current]!.GetValue<string>(), list.Data + list.Ui, StringComparison.Ordinal);
        var dataKeys = File.ReadAllText(Path.Combine(_ws, "keys", DataKeyRing.FileName));
        Assert.DoesNotContain("wrapped", list.Data + list.Ui, StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains($"\"scope\": \"{r[0]}\"", dataKeys, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("researcher", "rotate")]
    [InlineData("auditor", "rotate")]
    [InlineData("researcher", "list")]
    [InlineData("clinician", "list")]
    public void Keys_RoleWithoutManageKeys_IsRefusedWithExitCode3AndAudited(string role, string verb)
    {
        var before = File.ReadAllText(MasterKeysPath);

        var run = Cli.Run("keys", verb, "-w", _ws, "--role", role, "--user", "rita");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("manage_keys", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(MasterKeysPath));
        Assert.Contains(new AuditLog(Path.Combine(_ws, "audit")).Read(),
            e => e.Event.Action == "refusal" && e.Event.User == "rita" && e.Event.What == $"keys {verb}");
    }

    [Theory]
    [InlineData("list")]
    [InlineData("rotate")]
    public void Help_KeysCommands_ExplainThemselves(string verb)
    {
        var run = Cli.Run("keys", verb, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DESCRIPTION:", run.Ui, StringComparison.Ordinal);
        Assert.Contains("EXAMPLES:", run.Ui, StringComparison.Ordinal);
        Assert.Contains("master key", run.Ui, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
