using System.Globalization;
using System.Text;
using OmicsBridge.Governance.Audit;
using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests.Governance;

/// <summary>
/// Issue 6's adversarial tests through the CLI: a withdrawn canary patient never reaches a researcher, escapes are
/// refused with exit code 3, a role outside its purposes is refused, and every read leaves an audit entry that
/// verification checks.
/// </summary>
public sealed class ResearcherGateTests : IDisposable
{
    private const string CanaryMrn = "MRN-CANARY-7731";
    private const string CanarySample = "S-CANARY-7731";
    private const int Consenting = 12;

    private readonly TempDirectory _temp = new("ob-gov");
    private readonly string _ws;

    public ResearcherGateTests()
    {
        _ws = _temp.Combine("ws");
        Assert.Equal(0, Cli.Run("init", _ws).ExitCode);
        var manifest = new StringBuilder("sample_id,mrn,modality\n");
        var consent = new StringBuilder("patient_id,status,purposes,categories\n");
        for (var i = 1; i <= Consenting; i++)
        {
            manifest.Append(CultureInfo.InvariantCulture, $"S-{i:D3},MRN-{i:D3},RNA-seq\n");
            consent.Append(CultureInfo.InvariantCulture, $"MRN-{i:D3},active,GRU,all\n");
        }

        manifest.Append(CultureInfo.InvariantCulture, $"{CanarySample},{CanaryMrn},RNA-seq\n");
        consent.Append(CultureInfo.InvariantCulture, $"{CanaryMrn},withdrawn,GRU,all\n");
        var manifestPath = _temp.Combine("samples_manifest.csv");
        File.WriteAllText(manifestPath, manifest.ToString());
        var consentPath = _temp.Combine("consent.csv");
        File.WriteAllText(consentPath, consent.ToString());
        var ingestManifest = Cli.Run("ingest", "manifest", manifestPath, "-w", _ws);
        Assert.True(ingestManifest.ExitCode == 0, ingestManifest.ToString());
        var ingestConsent = Cli.Run("ingest", consentPath, "-w", _ws);
        Assert.True(ingestConsent.ExitCode == 0, ingestConsent.ToString());
    }

    public static TheoryData<string> ResearcherQueries => new()
    {
        "SELECT * FROM sample",
        "SELECT * FROM patient",
        "SELECT s.*, p.* FROM sample s JOIN patient p USING (research_id)",
        "SELECT research_id, count(*) AS n FROM sample GROUP BY research_id",
        "SELECT * FROM sample ORDER BY sample_id LIMIT 5 OFFSET 10",
        "SELECT * FROM sample LIMIT 100 OFFSET 0",
        "SELECT * FROM (SELECT * FROM governed.sample) WHERE research_id IN (SELECT research_id FROM patient)",
        "WITH x AS (SELECT * FROM sample) SELECT * FROM x",
        "SELECT string_agg(sample_id, '|') AS ids, string_agg(research_id, '|') AS rids FROM sample",
    };

    [Theory]
    [MemberData(nameof(ResearcherQueries))]
    public void Sql_ResearcherAnyShape_NeverShowsTheWithdrawnCanary(string sql)
    {
        var run = Researcher("sql", sql);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain(CanarySample, run.Data, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryMrn, run.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("MRN-0", run.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("S-0", run.Data, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sample.csv")]
    [InlineData("sample.json")]
    [InlineData("sample.parquet")]
    public void Export_ResearcherEveryFormat_HoldsOnlyConsentingPatients(string name)
    {
        var path = _temp.Combine(name);

        var run = Researcher("export", "sample", "--out", path);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = Path.GetExtension(path) == ".parquet" ? ParquetAsCsv(path) : File.ReadAllText(path);
        Assert.DoesNotContain(CanarySample, text, StringComparison.Ordinal);
        Assert.DoesNotContain(CanaryMrn, text, StringComparison.Ordinal);
        Assert.DoesNotContain("S-0", text, StringComparison.Ordinal);
        Assert.Equal(Consenting, System.Text.RegularExpressions.Regex.Matches(text, "rid-[0-9a-f]{24}").Select(m => m.Value).Distinct().Count());
        Assert.Contains(Audit().Read(), e => e.Event.Action == "export" && e.Event.What!.EndsWith(path, StringComparison.Ordinal) && e.Event.Outcome == "ok");
    }

    [Fact]
    public void Export_RoleWithoutReads_IsRefusedWithExitCode3AndWritesNothing()
    {
        var path = _temp.Combine("audit-role.csv");

        var run = Cli.Run("export", "sample", "--out", path, "-w", _ws, "--user", "al", "--role", "auditor");

        Assert.Equal(3, run.ExitCode);
        Assert.False(File.Exists(path));
        Assert.False(File.Exists(path + ".part"));
    }

    [Fact]
    public void Export_ExistingFile_IsKeptUnlessForced_AndParquetKeepsTheColumnTypes()
    {
        var path = _temp.Combine("counts.parquet");
        File.WriteAllText(path, "keep me");

        Assert.Equal(1, Researcher("export", "SELECT count(*) AS n FROM sample", "--out", path).ExitCode);
        Assert.Equal("keep me", File.ReadAllText(path));
        Assert.Equal(0, Researcher("export", "SELECT count(*) AS n, min(sample_id) AS first FROM sample", "--out", path, "--force").ExitCode);

        Assert.StartsWith("n:BIGINT,first:VARCHAR|12,", ParquetAsCsv(path, types: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_ResearcherCounts_SeeOnlyConsentingPatientsAndAreToldHowManyWereExcluded()
    {
        var steward = Cli.Run("sql", "SELECT count(*) AS n FROM sample", "-w", _ws, "--format", "csv");
        var researcher = Researcher("sql", "SELECT count(DISTINCT research_id) AS n FROM sample");

        Assert.Equal("n\n13\n", steward.Data);
        Assert.Equal($"n\n{Consenting}\n", researcher.Data);
        Assert.Contains("1 patient(s) excluded by consent", researcher.Ui, StringComparison.Ordinal);
    }

    [Fact]
    public void Sql_WithdrawalIngestedLater_AppliesToTheNextQuery()
    {
        var withdraw = _temp.Combine("consent_update.csv");
        File.WriteAllText(withdraw, "patient_id,status,purposes,categories,start_date\nMRN-001,withdrawn,GRU,all,2000-01-01\n");
        Assert.Equal(0, Cli.Run("ingest", withdraw, "-w", _ws).ExitCode);

        var researcher = Researcher("sql", "SELECT count(*) AS n FROM sample");

        Assert.Equal($"n\n{Consenting - 1}\n", researcher.Data);
    }

    [Fact]
    public void Sql_ResearcherSmallGroups_AreSuppressedWithTheirComplement()
    {
        // 12 samples: one group of 2 is small; its complement (10) is hidden too, or 12 - 10 would give it away.
        var run = Researcher("sql", "SELECT CASE WHEN sample_id < 'sid-3' THEN 'a' ELSE 'b' END AS g, count(*) AS n FROM sample GROUP BY ALL ORDER BY g");

        Assert.Equal(0, run.ExitCode);
        var counts = Cli.CsvRows(run).Select(r => r[1]).ToList();
        Assert.All(counts, c => Assert.True(c.Length == 0 || long.Parse(c, CultureInfo.InvariantCulture) >= 5, run.Data));
    }

    public static TheoryData<string> Escapes => new()
    {
        "SELECT * FROM read_parquet('lake/patient/*.parquet')",
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_csv_auto('landing/x.csv')",
        "SELECT * FROM glob('*')",
        "SELECT * FROM 'lake/patient/part-0.parquet'",
        "SELECT * FROM query('SELECT * FROM patient_identifier')",
        "ATTACH 'other.db' AS o",
        "COPY sample TO 'out.csv'",
        "PRAGMA database_list",
        "SET enable_external_access = true",
        "INSTALL httpfs",
        "LOAD httpfs",
        "EXPORT DATABASE 'dump'",
        "SELECT 1; SELECT * FROM patient_identifier",
        "SELECT * FROM patient_identifier",
        "SELECT * FROM memory.main.sample",
        "SELECT getenv('HOME')",
        "SELECT * FROM duckdb_settings()",
        "CREATE TABLE t AS SELECT 1",
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void Sql_ResearcherEscape_IsRefusedWithExitCode3(string sql)
    {
        var run = Researcher("sql", sql);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.DoesNotContain(CanaryMrn, run.Data + run.Errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("researcher", "DUO:0000043")]
    [InlineData("clinician", "GRU")]
    [InlineData("auditor", "GRU")]
    [InlineData("nobody", "GRU")]
    public void Sql_RoleOutsideItsPurposes_IsRefusedWithExitCode3AndAudited(string role, string purpose)
    {
        var run = Cli.Run("sql", "SELECT count(*) FROM sample", "-w", _ws, "--role", role, "--purpose", purpose, "--user", "mallory");

        Assert.True(run.ExitCode == 3, run.ToString());
        var last = Audit().Read(user: "mallory").Last();
        Assert.Equal("refusal", last.Event.Action);
        Assert.Equal(role, last.Event.Role);
    }

    [Fact]
    public void AuditLog_AfterReadsAndRefusals_VerifiesAndRecordsWhoReadWhat()
    {
        Researcher("sql", "SELECT * FROM sample");
        Researcher("sql", "COPY sample TO 'x.csv'");

        var audit = Audit();
        var entries = audit.Read(user: "rita").ToList();
        Assert.True(audit.Verify().Valid, audit.Verify().ToString());
        Assert.Contains(entries, e => e.Event.Action == "query" && e.Event.PatientsReturned == Consenting && e.Event.Tables.Contains("sample"));
        Assert.Contains(entries, e => e.Event.Action == "refusal");
        Assert.All(entries, e => Assert.Equal("researcher", e.Event.Role));
    }

    [Fact]
    public void AuditVerify_FlippedByte_IsDetectedAtThatEntry()
    {
        var audit = ThreeEntries();
        var bytes = File.ReadAllBytes(audit.FilePath);
        var secondLineStart = Array.IndexOf(bytes, (byte)'\n') + 1;
        var target = Array.IndexOf(bytes, (byte)'r', secondLineStart + 10);
        bytes[target] = (byte)'R';
        File.WriteAllBytes(audit.FilePath, bytes);

        var result = audit.Verify();

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBadLine);
    }

    [Fact]
    public void AuditVerify_DeletedEntry_IsDetectedAtTheNextOne()
    {
        var audit = ThreeEntries();
        var lines = File.ReadAllLines(audit.FilePath).ToList();
        lines.RemoveAt(1);
        File.WriteAllText(audit.FilePath, string.Join('\n', lines) + "\n");

        var result = audit.Verify();

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBadLine);
    }

    [Fact]
    public void AuditVerify_SwappedPair_IsDetected()
    {
        var audit = ThreeEntries();
        var lines = File.ReadAllLines(audit.FilePath);
        (lines[1], lines[2]) = (lines[2], lines[1]);
        File.WriteAllText(audit.FilePath, string.Join('\n', lines) + "\n");

        var result = audit.Verify();

        Assert.False(result.Valid);
        Assert.Equal(2, result.FirstBadLine);
    }

    public void Dispose() => _temp.Dispose();

    private AuditLog ThreeEntries()
    {
        File.Delete(Path.Combine(_ws, "audit", AuditLog.FileName));
        Researcher("sql", "SELECT count(*) FROM sample");
        Researcher("sql", "SELECT count(*) FROM patient");
        Researcher("sql", "PRAGMA database_list");
        var audit = Audit();
        Assert.Equal(3, audit.Read().Count());
        Assert.True(audit.Verify().Valid);
        return audit;
    }

    private AuditLog Audit() => new(Path.Combine(_ws, "audit"));

    /// <summary>A plain Parquet file's rows as text (with "name:TYPE" first when asked), read by DuckDB as Spark or Trino would.</summary>
    private static string ParquetAsCsv(string path, bool types = false)
    {
        using var connection = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{path}')";
        using var reader = command.ExecuteReader();
        var text = new StringBuilder();
        if (types)
        {
            text.AppendJoin(',', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i) + ":" + reader.GetDataTypeName(i).ToUpperInvariant())).Append('|');
        }

        while (reader.Read())
        {
            text.AppendJoin(',', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))).Append('\n');
        }

        return text.ToString();
    }

    private CliRun Researcher(params string[] args) =>
        Cli.Run([.. args, "-w", _ws, "--format", "csv", "--user", "rita", "--role", "researcher", "--purpose", "GRU"]);
}
