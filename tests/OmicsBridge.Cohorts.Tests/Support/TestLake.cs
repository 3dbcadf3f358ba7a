using OmicsBridge.Cohorts.Genes;
using OmicsBridge.Cohorts.Running;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Testing;

namespace OmicsBridge.Cohorts.Tests.Support;

/// <summary>
/// A real lake in a temp workspace, filled from a compact description: <c>lake.Patient("p1", "female", 1970)</c>,
/// <c>.Condition("p1", "ICD10CM", "C50.911", 2020, 3, 1)</c>, <c>.Germline("p1", "BRCA2", …)</c>, then <see cref="Commit"/>.
/// Each commit is one lake version.
/// </summary>
public sealed class TestLake : IDisposable
{
    private readonly Dictionary<TableSchema, List<object?[]>> _pending = [];
    private int _run;

    public TempWorkspace Workspace { get; } = new();

    public QueryGate Gate => new(Workspace.Lake);

    public CohortService Service(GeneCatalog? genes = null) => new(Gate, genes);

    public TestLake Patient(string id, string sex, int birthYear, bool deceased = false) =>
        Row(PatientTable.Schema, ("patient_id", id), ("sex", sex), ("birth_date", new DateOnly(birthYear, 6, 15)), ("deceased", deceased),
            ("death_date", deceased ? new DateOnly(2023, 1, 1) : null));

    public TestLake Condition(string patient, string vocabulary, string code, int year, int month = 1, int day = 1) =>
        Row(ConditionTable.Schema, ("condition_id", Id()), ("patient_id", patient), ("vocabulary", vocabulary), ("code", code),
            ("onset_date", new DateOnly(year, month, day)));

    public TestLake Observation(string patient, string vocabulary, string code, double value, string unit, int year, int month = 1, int day = 1,
        double? originalValue = null, string? originalUnit = null) =>
        Row(ObservationTable.Schema, ("observation_id", Id()), ("patient_id", patient), ("vocabulary", vocabulary), ("code", code),
            ("value_number", value), ("unit", unit), ("original_value_number", originalValue ?? value), ("original_unit", originalUnit ?? unit),
            ("effective_time", new DateTime(year, month, day, 9, 0, 0, DateTimeKind.Utc)));

    public TestLake Medication(string patient, string vocabulary, string code, int year, int month = 1, int day = 1) =>
        Row(MedicationTable.Schema, ("medication_id", Id()), ("patient_id", patient), ("kind", "request"), ("vocabulary", vocabulary),
            ("code", code), ("start_date", new DateOnly(year, month, day)));

    public TestLake Procedure(string patient, string vocabulary, string code, int year, int month = 1, int day = 1) =>
        Row(ProcedureTable.Schema, ("procedure_id", Id()), ("patient_id", patient), ("vocabulary", vocabulary), ("code", code),
            ("performed_date", new DateOnly(year, month, day)));

    /// <summary>A sample of the patient with one assay of the modality; returns the assay id via the naming rule patient-modality.</summary>
    public TestLake Assay(string patient, string modality, int year = 2020)
    {
        var sample = $"{patient}-{modality}-s";
        if (!Has(SampleTable.Schema, "sample_id", sample))
        {
            Row(SampleTable.Schema, ("sample_id", sample), ("patient_id", patient), ("collected_at", new DateOnly(year, 2, 1)));
            Row(AssayTable.Schema, ("assay_id", AssayId(patient, modality)), ("sample_id", sample), ("modality", modality));
        }

        return this;
    }

    public static string AssayId(string patient, string modality) => $"{patient}-{modality}";

    public TestLake Variant(string key, string gene, string consequence, string? hgvsC = null, string? hgvsP = null, string? significance = null)
    {
        var parts = key.Split(':', '-');
        return Row(VariantTable.Schema, ("variant_key", key), ("assembly", parts[0]), ("chrom", parts[1]), ("pos", long.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            ("ref", parts[3]), ("alt", parts[4]), ("variant_type", "SNV"), ("gene", gene), ("consequence", consequence), ("hgvs_c", hgvsC), ("hgvs_p", hgvsP),
            ("clinical_significance", significance));
    }

    public TestLake Annotation(string key, string gene, string? hgvsC, string? hgvsP) =>
        Row(VariantAnnotationTable.Schema, ("variant_key", key), ("source", "VEP"), ("gene", gene), ("hgvs_c", hgvsC), ("hgvs_p", hgvsP), ("picked", false));

    public TestLake Genotype(string patient, string key, string zygosity = "het", double? vaf = 0.5)
    {
        Assay(patient, "genomics");
        return Row(GenotypeTable.Schema, ("assay_id", AssayId(patient, "genomics")), ("variant_key", key), ("gt", zygosity == "het" ? "0/1" : "1/1"),
            ("zygosity", zygosity), ("phased", false), ("vaf", vaf));
    }

    public TestLake Somatic(string patient, string gene, string classification, string? hgvsP, double vaf = 0.3)
    {
        Assay(patient, "genomics");
        return Row(MutationTable.Schema, ("assay_id", AssayId(patient, "genomics")), ("sample_id", $"{patient}-genomics-s"),
            ("variant_key", $"GRCh38:1-{_pending.Count + 100}-A-T"), ("gene", gene), ("variant_classification", classification), ("hgvs_p", hgvsP), ("vaf", vaf));
    }

    public TestLake CopyNumber(string patient, string gene, int call)
    {
        Assay(patient, "genomics");
        return Row(CopyNumberTable.Schema, ("assay_id", AssayId(patient, "genomics")), ("sample_id", $"{patient}-genomics-s"), ("gene", gene), ("discrete_value", call));
    }

    public TestLake Measurement(string patient, string modality, string feature, double value, string ns = "HGNC")
    {
        Assay(patient, modality);
        return Row(MolecularMeasurementTable.Schema, ("assay_id", AssayId(patient, modality)), ("modality", modality), ("feature_namespace", ns),
            ("feature_id", feature), ("value", value));
    }

    /// <summary>Writes everything described since the last commit as one lake version and returns it.</summary>
    public long Commit()
    {
        using var tx = Workspace.Lake.BeginWrite($"run-{++_run}", "test");
        foreach (var (schema, rows) in _pending)
        {
            var appender = tx.Table(schema);
            foreach (var row in rows)
            {
                var builder = appender.NewRow();
                for (var i = 0; i < row.Length; i++)
                {
                    builder = row[i] switch
                    {
                        null => builder.AppendNullValue(),
                        string s => builder.AppendValue(s),
                        bool b => builder.AppendValue(b),
                        int n => builder.AppendValue(n),
                        long n => builder.AppendValue(n),
                        double d => builder.AppendValue(d),
                        DateOnly d => builder.AppendValue(d),
                        DateTime t => builder.AppendValue(t),
                        _ => throw new InvalidOperationException(row[i]!.GetType().Name),
                    };
                }

                builder.EndRow();
            }
        }

        _pending.Clear();
        return tx.Commit().Version;
    }

    public void Dispose() => Workspace.Dispose();

    private bool Has(TableSchema schema, string column, string value) =>
        _pending.TryGetValue(schema, out var rows) && rows.Any(r => Equals(r[schema.IndexOf(column)], value));

    private string Id() => $"e{_pending.Sum(p => p.Value.Count)}-{_run}";

    private TestLake Row(TableSchema schema, params (string Column, object? Value)[] values)
    {
        var row = new object?[schema.Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            var column = schema.Columns[i];
            row[i] = column.Nullable ? null : column.Type switch
            {
                ColumnType.Boolean => false,
                ColumnType.Int32 => 0,
                ColumnType.Int64 => 0L,
                ColumnType.Double => 0.0,
                ColumnType.Date => new DateOnly(2020, 1, 1),
                ColumnType.Timestamp => new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc),
                _ => "test",
            };
        }

        foreach (var (name, value) in values)
        {
            row[schema.IndexOf(name)] = value;
        }

        if (!_pending.TryGetValue(schema, out var list))
        {
            _pending[schema] = list = [];
        }

        list.Add(row);
        return this;
    }
}
