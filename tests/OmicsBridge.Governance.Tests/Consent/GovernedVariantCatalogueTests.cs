using System.Globalization;
using DuckDB.NET.Data;
using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Consent;
using OmicsBridge.Governance.Pseudonyms;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Governance.Tests.Consent;

/// <summary>The variant catalogue a researcher sees holds only variants that a patient consenting to genomic research carries.</summary>
public sealed class GovernedVariantCatalogueTests : IDisposable
{
    private static readonly TableSchema[] s_tables =
    [
        PatientTable.Schema, SampleTable.Schema, AssayTable.Schema, GenotypeTable.Schema, MutationTable.Schema,
        VariantTable.Schema, VariantAnnotationTable.Schema,
    ];

    private readonly DuckDBConnection _db = new("DataSource=:memory:");

    public GovernedVariantCatalogueTests()
    {
        _db.Open();
        foreach (var table in s_tables)
        {
            Execute($"CREATE TABLE main.\"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\" {c.DuckDbTypeName}"))})");
        }

        // P1 consents to everything; P2 withdrew; P3 consents to clinical research only.
        Execute("""
            INSERT INTO patient (patient_id, sex, created_by_run, created_from) VALUES ('P1', 'female', 'r', 't'), ('P2', 'male', 'r', 't'), ('P3', 'female', 'r', 't');
            INSERT INTO sample (sample_id, patient_id, source_sha256, run_id) VALUES ('S1', 'P1', 'x', 'r'), ('S2', 'P2', 'x', 'r'), ('S3', 'P3', 'x', 'r');
            INSERT INTO assay (assay_id, sample_id, modality, run_id) VALUES ('A1', 'S1', 'genomics', 'r'), ('A2', 'S2', 'genomics', 'r'), ('A3', 'S3', 'genomics', 'r');
            INSERT INTO genotype (assay_id, variant_key, gt, zygosity, phased, source_sha256) VALUES
              ('A1', 'V-SHARED', '0/1', 'het', false, 'x'), ('A2', 'V-SHARED', '0/1', 'het', false, 'x'),
              ('A2', 'V-WITHDRAWN-ONLY', '0/1', 'het', false, 'x'), ('A3', 'V-NO-GENOMIC-CONSENT', '1/1', 'hom_alt', false, 'x');
            INSERT INTO mutation (assay_id, sample_id, variant_key) VALUES ('A1', 'S1', 'V-SOMATIC');
            INSERT INTO variant (variant_key, assembly, chrom, pos, ref, alt, variant_type, source_sha256, run_id) VALUES
              ('V-SHARED', 'GRCh38', '1', 1, 'A', 'G', 'SNV', 'x', 'r'), ('V-WITHDRAWN-ONLY', 'GRCh38', '1', 2, 'A', 'G', 'SNV', 'x', 'r'),
              ('V-NO-GENOMIC-CONSENT', 'GRCh38', '1', 3, 'A', 'G', 'SNV', 'x', 'r'), ('V-SOMATIC', 'GRCh38', '1', 4, 'A', 'G', 'SNV', 'x', 'r'),
              ('V-NOBODY', 'GRCh38', '1', 5, 'A', 'G', 'SNV', 'x', 'r');
            INSERT INTO variant_annotation (variant_key) VALUES ('V-SHARED'), ('V-WITHDRAWN-ONLY');
            """);
    }

    [Fact]
    public void Variant_Researcher_SeesOnlyVariantsConsentingPatientsCarry()
    {
        PatientConsent C(string id, ConsentStatus status, string categories, long order) => new(id, status, [Purpose.GeneralResearch], new HashSet<string>(),
            categories.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
            new DateOnly(2019, 1, 1), null, order);
        GovernedViewInstaller.Install(_db, s_tables,
            new ConsentEvaluator([C("P1", ConsentStatus.Active, "", 1), C("P2", ConsentStatus.Withdrawn, "", 2), C("P3", ConsentStatus.Active, "clinical", 3)]),
            new Pseudonymizer(new byte[32]), Purpose.HealthMedicalBiomedical, new DateOnly(2026, 6, 1));

        Assert.Equal(["V-SHARED", "V-SOMATIC"], Strings("SELECT variant_key FROM governed.variant ORDER BY 1"));
        Assert.Equal(["V-SHARED"], Strings("SELECT variant_key FROM governed.variant_annotation ORDER BY 1"));
    }

    public void Dispose() => _db.Dispose();

    private List<string> Strings(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
