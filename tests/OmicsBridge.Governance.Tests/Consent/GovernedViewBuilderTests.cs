using System.Globalization;
using DuckDB.NET.Data;
using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Consent;
using OmicsBridge.Governance.Pseudonyms;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Governance.Tests.Consent;

/// <summary>
/// Runs the governed views on a real in-memory DuckDB over small copies of the lake's tables. P2 is the canary: its
/// consent is withdrawn, and nothing of it (patient_id, research id, sample ids, values, PHI) may surface.
/// </summary>
public sealed class GovernedViewBuilderTests : IDisposable
{
    private static readonly DateOnly s_today = new(2026, 6, 1);
    private static readonly TableSchema[] s_tables =
        [PatientTable.Schema, PatientIdentifierTable.Schema, SampleTable.Schema, AssayTable.Schema, MolecularMeasurementTable.Schema, RejectTable.Schema];

    private readonly DuckDBConnection _db = new("DataSource=:memory:");
    private readonly Pseudonymizer _pseudonyms = new(new byte[32]);

    public GovernedViewBuilderTests()
    {
        _db.Open();
        foreach (var table in s_tables)
        {
            Execute($"CREATE TABLE main.\"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\" {c.DuckDbTypeName}"))})");
        }

        Execute("""
            INSERT INTO patient (patient_id, sex, birth_date, deceased, death_date, created_by_run, created_from) VALUES
              ('P1', 'female', DATE '1980-03-15', false, NULL, 'r1', 'manifest'),
              ('P2', 'male',   DATE '1975-07-01', true,  DATE '2024-02-02', 'r1', 'manifest'),
              ('P3', 'female', DATE '1990-12-24', false, NULL, 'r1', 'manifest'),
              ('P4', 'male',   DATE '1985-01-01', false, NULL, 'r1', 'manifest'),
              ('P5', 'female', DATE '1930-05-05', false, NULL, 'r1', 'manifest');
            INSERT INTO patient_identifier (patient_id, system, value, source_kind, run_id) VALUES ('P2', 'MRN', 'MRN-CANARY-0002', 'manifest', 'r1'), ('P1', 'MRN', 'MRN-0001', 'manifest', 'r1');
            INSERT INTO sample (sample_id, patient_id, sample_type, tissue, collected_at, extra, source_sha256, run_id) VALUES
              ('S1a', 'P1', 'tumor',  'breast', DATE '2021-01-10', '{"name":"Ann Smith"}', 'sha', 'r1'),
              ('S1b', 'P1', 'normal', 'blood',  DATE '2021-03-01', NULL, 'sha', 'r1'),
              ('S-CANARY', 'P2', 'tumor', 'lung', DATE '2022-05-05', '{"name":"John Canary","address":"1 Canary Wharf"}', 'sha', 'r1'),
              ('S3', 'P3', 'tumor', 'skin', DATE '2023-01-01', NULL, 'sha', 'r1'),
              ('S4', 'P4', 'tumor', 'skin', DATE '2023-01-01', NULL, 'sha', 'r1'),
              ('S5', 'P5', 'normal', 'blood', DATE '2020-01-01', NULL, 'sha', 'r1'),
              ('S-ORPHAN', NULL, 'tumor', 'skin', DATE '2023-01-01', NULL, 'sha', 'r1');
            INSERT INTO assay (assay_id, sample_id, modality, platform, batch, run_date, source_file, run_id) VALUES
              ('A1-rna', 'S1a', 'transcriptomics', 'illumina', 'b1', DATE '2021-02-01', 'sha', 'r1'),
              ('A1-dna', 'S1a', 'genomics', 'illumina', 'b1', DATE '2021-02-01', 'sha', 'r1'),
              ('A2-rna', 'S-CANARY', 'transcriptomics', 'illumina', 'b1', DATE '2022-06-01', 'sha', 'r1'),
              ('A3-rna', 'S3', 'transcriptomics', 'illumina', 'b2', DATE '2023-02-01', 'sha', 'r1'),
              ('A3-dna', 'S3', 'genomics', 'illumina', 'b2', DATE '2023-02-01', 'sha', 'r1');
            INSERT INTO molecular_measurement (assay_id, modality, feature_namespace, feature_id, value, unit) VALUES
              ('A1-rna', 'transcriptomics', 'HGNC', 'TP53', 10.0, 'TPM'),
              ('A1-dna', 'genomics', 'HGNC', 'TP53', 1.0, NULL),
              ('A2-rna', 'transcriptomics', 'HGNC', 'TP53', 999999.0, 'TPM'),
              ('A3-rna', 'transcriptomics', 'HGNC', 'TP53', 30.0, 'TPM'),
              ('A3-dna', 'genomics', 'HGNC', 'TP53', 3.0, NULL);
            INSERT INTO reject (run_id, sha256, file_name, line, column_number, field, code, severity, reason, excerpt) VALUES ('r1', 'sha', 'f.csv', 3, NULL, NULL, 'CSV001', 'error', 'bad', 'John Canary,MRN-CANARY-0002');
            """);
    }

    private static IEnumerable<PatientConsent> Consents(bool withdrawP1 = false)
    {
        static PatientConsent C(string id, ConsentStatus status, string categories, long order, string start = "2019-01-01")
            => new(id, status, [Purpose.GeneralResearch], new HashSet<string>(),
                categories.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
                DateOnly.Parse(start, CultureInfo.InvariantCulture), null, order);

        yield return C("P1", ConsentStatus.Active, "", 1);
        yield return C("P2", ConsentStatus.Active, "", 2);
        yield return C("P2", ConsentStatus.Withdrawn, "", 3, "2024-01-01");
        yield return C("P3", ConsentStatus.Active, "clinical;transcriptomic", 4);
        yield return C("P5", ConsentStatus.Active, "", 5);
        if (withdrawP1)
        {
            yield return C("P1", ConsentStatus.Withdrawn, "", 6, "2026-05-31");
        }
    }

    private GovernedViewPlan Govern(bool withdrawP1 = false) => Install(withdrawP1).Plan;

    private GovernedInstallation Install(bool withdrawP1 = false)
        => GovernedViewInstaller.Install(_db, s_tables, new ConsentEvaluator(Consents(withdrawP1)), _pseudonyms, Purpose.HealthMedicalBiomedical, s_today);

    private string Sid(string sampleId) => _pseudonyms.KeyPseudonym("sample", sampleId);

    private string Aid(string assayId) => _pseudonyms.KeyPseudonym("assay", assayId);

    [Fact]
    public void Install_Summary_CountsExcludedPatientsByReasonWithoutNamingThem()
    {
        var consent = Install().Consent;

        Assert.Equal((5, 3, 2), (consent.Patients, consent.Included, consent.Excluded));
        Assert.Equal(1, consent.ExcludedBy[ConsentOutcome.Withdrawn]);
        Assert.Equal(1, consent.ExcludedBy[ConsentOutcome.NoConsent]);
    }

    [Fact]
    public void Build_PatientView_KeepsOnlyConsentingPatientsUnderResearchIds()
    {
        Govern();

        var ids = Strings("SELECT research_id FROM governed.patient ORDER BY research_id");

        Assert.Equal(new[] { "P1", "P3", "P5" }.Select(_pseudonyms.ResearchId).Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void Build_IdentifierTablesAndColumns_AreNotExposed()
    {
        var plan = Govern();

        Assert.Contains("patient_identifier", plan.Withheld.Keys);
        Assert.Contains("reject", plan.Withheld.Keys);
        Assert.Throws<DuckDBException>(() => Strings("SELECT value FROM governed.patient_identifier"));
        // patient_id is there for compiled SQL, but it holds the research id, never the lake's patient_id.
        Assert.Equal(Strings("SELECT research_id FROM governed.sample ORDER BY 1"), Strings("SELECT patient_id FROM governed.sample ORDER BY 1"));
        Assert.DoesNotContain(Strings("SELECT patient_id FROM governed.sample"), id => id.StartsWith('P'));
        Assert.DoesNotContain("extra", Columns("governed.sample"));
        // birth_date is only the birth year's 1 July (null above 89): no day or month reaches a researcher.
        Assert.All(Strings("SELECT strftime(birth_date, '%m-%d') FROM governed.patient WHERE birth_date IS NOT NULL"), md => Assert.Equal("07-01", md));
    }

    [Fact]
    public void Build_WithdrawnCanary_NeverAppearsThroughJoinsAggregatesPagingOrSubqueries()
    {
        var plan = Govern();
        var canaryRid = _pseudonyms.ResearchId("P2");
        string[] queries =
        [
            .. plan.Views.Select(v => $"SELECT * FROM governed.\"{v.Table}\""),
            "SELECT s.*, a.*, m.* FROM governed.sample s JOIN governed.assay a USING (sample_id) JOIN governed.molecular_measurement m USING (assay_id)",
            "SELECT * FROM governed.sample s LEFT JOIN governed.patient p USING (research_id)",
            "SELECT max(value), sum(value), count(*) FROM governed.molecular_measurement",
            "SELECT tissue, count(*) FROM governed.sample GROUP BY tissue",
            "SELECT * FROM governed.sample WHERE sample_id IN (SELECT sample_id FROM governed.assay)",
            "SELECT * FROM governed.assay WHERE sample_id NOT IN (SELECT sample_id FROM governed.sample WHERE tissue = 'breast')",
        ];

        foreach (var query in queries)
        {
            foreach (var value in AllValues(query))
            {
                Assert.DoesNotContain("CANARY", value, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("Ann Smith", value, StringComparison.Ordinal);
                Assert.NotEqual(canaryRid, value);
                Assert.NotEqual("P2", value);
                Assert.NotEqual("999999", value);
                Assert.NotEqual(Sid("S-CANARY"), value);
                Assert.DoesNotContain(value, new[] { "S1a", "S1b", "S3", "S5", "A1-rna", "A1-dna", "A3-rna" });
            }
        }

        var paged = new List<string>();
        for (var offset = 0; offset < 20; offset += 2)
        {
            paged.AddRange(Strings($"SELECT sample_id FROM governed.sample ORDER BY sample_id LIMIT 2 OFFSET {offset}"));
        }

        Assert.Equal(new[] { "S1a", "S1b", "S3", "S5" }.Select(Sid).Order(StringComparer.Ordinal), paged);
        Assert.Equal(41.0, Convert.ToDouble(Scalar("SELECT sum(value) FROM governed.molecular_measurement"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Build_CategoryWithheld_HidesGenomicButKeepsTranscriptomicRows()
    {
        Govern();

        var expected = new[] { "A1-dna", "A1-rna", "A3-rna" }.Select(Aid).Order(StringComparer.Ordinal);

        Assert.Equal(expected, Strings("SELECT assay_id FROM governed.assay ORDER BY assay_id"));
        Assert.Equal(expected, Strings("SELECT assay_id FROM governed.molecular_measurement ORDER BY assay_id"));
    }

    [Fact]
    public void Build_Dates_AreShiftedPerPatientPreservingIntervals()
    {
        Govern();
        var shift = _pseudonyms.ShiftDays("P1");

        var dates = Strings($"SELECT CAST(collected_at AS VARCHAR) FROM governed.sample WHERE sample_id IN ('{Sid("S1a")}', '{Sid("S1b")}') ORDER BY sample_type DESC")
            .Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(new DateOnly(2021, 1, 10).AddDays(shift), dates[0]);
        Assert.Equal(new DateOnly(2021, 3, 1).DayNumber - new DateOnly(2021, 1, 10).DayNumber, dates[1].DayNumber - dates[0].DayNumber);
        Assert.NotEqual(0, shift);
    }

    [Fact]
    public void Build_BirthDates_BecomeYearsWithNinetyPlusHidden()
    {
        Govern();

        var rows = AllRows("SELECT research_id, birth_year, age_over_89 FROM governed.patient").ToDictionary(r => (string)r[0]!);

        Assert.Equal(1980, Convert.ToInt32(rows[_pseudonyms.ResearchId("P1")][1], CultureInfo.InvariantCulture));
        Assert.False((bool)rows[_pseudonyms.ResearchId("P1")][2]!);
        Assert.Null(rows[_pseudonyms.ResearchId("P5")][1]);
        Assert.True((bool)rows[_pseudonyms.ResearchId("P5")][2]!);
    }

    [Fact]
    public void Build_WithdrawalAfterFirstQuery_TakesEffectOnNextQueryWithoutTouchingBaseTables()
    {
        Govern();
        Assert.Contains(_pseudonyms.ResearchId("P1"), Strings("SELECT research_id FROM governed.patient"));

        Govern(withdrawP1: true);

        Assert.DoesNotContain(_pseudonyms.ResearchId("P1"), Strings("SELECT research_id FROM governed.patient"));
        Assert.DoesNotContain(Sid("S1a"), Strings("SELECT sample_id FROM governed.sample"));
        Assert.Equal(5L, Convert.ToInt64(Scalar("SELECT count(*) FROM main.patient"), CultureInfo.InvariantCulture));
    }

    public void Dispose() => _db.Dispose();

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private List<string> Strings(string sql) => [.. AllRows(sql).Select(r => Convert.ToString(r[0], CultureInfo.InvariantCulture)!)];

    private List<string> Columns(string view) => Strings($"SELECT column_name FROM (DESCRIBE {view})");

    private IEnumerable<string> AllValues(string sql)
        => AllRows(sql).SelectMany(r => r).Where(v => v is not null).Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)!);

    private List<object?[]> AllRows(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }
}
