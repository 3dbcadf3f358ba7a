using System.Globalization;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;
using OmicsBridge.Testing;

namespace OmicsBridge.Cli.Tests.Analyze;

/// <summary>
/// A workspace lake written row by row with known truth, like the demo's: 60 patients in 3 planted subtypes
/// (patient i: subtype i mod 3), tumour RNA in two batches (RNA-B1 even, RNA-B2 odd; unless turned off, B2 is shifted +1.5 and scaled 1.3),
/// survival by subtype (subtype 0 dies within a year, 1 within two, 2 mostly censored), the planted variant in every
/// fourth patient, everyone on DRUG1, and carriers responding (PR) far more often than non-carriers (PD).
/// </summary>
internal static class PlantedLake
{
    public const string Variant = "17-7674220-C-T";
    public const int Patients = 60;
    public const int Genes = 60;

    public static string PatientId(int i) => string.Create(CultureInfo.InvariantCulture, $"P{i:D3}");

    public static int Subtype(int i) => i % 3;

    public static bool Carrier(int i) => i % 4 == 0;

    public static void Write(TempWorkspace ws, bool withProteomics = false, bool batchEffect = true)
    {
        var random = new Random(42);
        using var tx = ws.Lake.BeginWrite("test-run", "planted lake");
        var diagnosis = new DateOnly(2020, 1, 1);
        for (var i = 0; i < Patients; i++)
        {
            var id = PatientId(i);
            var subtype = Subtype(i);
            var days = subtype switch
            {
                0 => 60 + random.Next(300),
                1 => 300 + random.Next(400),
                _ => 700 + random.Next(600),
            };
            var dies = subtype != 2 || i % 5 == 0;
            Append(tx.Table(PatientTable.Schema), new()
            {
                ["patient_id"] = id, ["sex"] = i % 2 == 0 ? "female" : "male", ["deceased"] = dies,
                ["death_date"] = dies ? diagnosis.AddDays(days) : null, ["last_contact_date"] = diagnosis.AddDays(days),
                ["created_by_run"] = "test-run", ["created_from"] = "test",
            });
            Append(tx.Table(ConditionTable.Schema), new()
            {
                ["condition_id"] = "C" + id, ["patient_id"] = id, ["vocabulary"] = "ICD10CM", ["code"] = "C50.9",
                ["onset_date"] = diagnosis, ["source_kind"] = "test", ["source_sha256"] = "x", ["run_id"] = "test-run",
            });
            AddAssay(tx, id, "T", "transcriptomics", i % 2 == 0 ? "RNA-B1" : "RNA-B2");
            for (var g = 0; g < Genes; g++)
            {
                // Genes 0-19 mark subtype 0, 20-39 subtype 1, 40-59 subtype 2.
                var value = 5 + (g / 20 == subtype ? 3 : 0) + Normal(random);
                if (batchEffect && i % 2 == 1)
                {
                    value = (value * 1.3) + 1.5;
                }

                Append(tx.Table(MolecularMeasurementTable.Schema), new()
                {
                    ["assay_id"] = "A" + id + "-T", ["modality"] = "transcriptomics", ["feature_namespace"] = "HGNC",
                    ["feature_id"] = string.Create(CultureInfo.InvariantCulture, $"G{g:D2}"), ["value"] = value,
                });
            }

            if (withProteomics && i >= 10)
            {
                AddAssay(tx, id, "P", "proteomics", "PROT-1");
                for (var f = 0; f < 6; f++)
                {
                    Append(tx.Table(MolecularMeasurementTable.Schema), new()
                    {
                        ["assay_id"] = "A" + id + "-P", ["modality"] = "proteomics", ["feature_namespace"] = "UNIPROT",
                        ["feature_id"] = string.Create(CultureInfo.InvariantCulture, $"Q{f}"), ["value"] = (f / 2 == subtype ? 4.0 : 1.0) + Normal(random),
                    });
                }
            }

            AddAssay(tx, id, "N", "genomics", null);
            if (Carrier(i))
            {
                Append(tx.Table(GenotypeTable.Schema), new()
                {
                    ["assay_id"] = "A" + id + "-N", ["variant_key"] = Variant, ["gt"] = "0/1", ["zygosity"] = "het", ["phased"] = false, ["source_sha256"] = "x",
                });
            }

            Append(tx.Table(MedicationTable.Schema), new()
            {
                ["medication_id"] = "M" + id, ["patient_id"] = id, ["kind"] = "administration", ["vocabulary"] = "RxNorm", ["code"] = "DRUG1",
                ["start_date"] = diagnosis.AddDays(10), ["source_kind"] = "test", ["source_sha256"] = "x", ["run_id"] = "test-run",
            });
            var responds = Carrier(i) ? i % 20 != 0 : i % 7 == 1;
            Append(tx.Table(ObservationTable.Schema), new()
            {
                ["observation_id"] = "O" + id, ["patient_id"] = id, ["vocabulary"] = "LOCAL:test", ["code"] = "RESP",
                ["value_text"] = responds ? "PR" : "PD", ["source_kind"] = "test", ["source_sha256"] = "x", ["run_id"] = "test-run",
            });
        }

        tx.Commit();
    }

    private static void AddAssay(LakeWriteTransaction tx, string patient, string suffix, string modality, string? batch)
    {
        var sample = "S" + patient + "-" + suffix;
        Append(tx.Table(SampleTable.Schema), new()
        {
            ["sample_id"] = sample, ["patient_id"] = patient, ["sample_type"] = suffix == "N" ? "normal" : "tumour",
            ["collected_at"] = new DateOnly(2020, 1, 15), ["source_sha256"] = "x", ["run_id"] = "test-run",
        });
        Append(tx.Table(AssayTable.Schema), new()
        {
            ["assay_id"] = "A" + patient + "-" + suffix, ["sample_id"] = sample, ["modality"] = modality, ["batch"] = batch,
            ["source_file"] = "x", ["run_id"] = "test-run",
        });
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()) * 0.5;

    /// <summary>Consent (general research use, all data) for the patients <paramref name="consents"/> accepts; the rest withdrew.</summary>
    public static void WriteConsent(TempWorkspace ws, Func<int, bool> consents)
    {
        using var tx = ws.Lake.BeginWrite("consent-run", "planted consent");
        for (var i = 0; i < Patients; i++)
        {
            Append(tx.Table(ConsentTable.Schema), new()
            {
                ["consent_id"] = "K" + PatientId(i), ["patient_id"] = PatientId(i), ["status"] = consents(i) ? "active" : "withdrawn",
                ["purposes"] = "DUO:0000042", ["source_kind"] = "test", ["source_sha256"] = "x", ["run_id"] = "consent-run",
            });
        }

        tx.Commit();
    }

    private static void Append(TableAppender table, Dictionary<string, object?> values)
    {
        var row = table.NewRow();
        foreach (var column in table.Schema.Columns)
        {
            values.TryGetValue(column.Name, out var value);
            row = value switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                double d => row.AppendValue(d),
                bool b => row.AppendValue(b),
                long l => row.AppendValue(l),
                int n => row.AppendValue(n),
                DateOnly date => row.AppendValue(date),
                _ => throw new ArgumentException($"No appender for {value.GetType().Name} in {column.Name}."),
            };
        }

        row.EndRow();
    }

    /// <summary>Checks every value's column exists, so a typo in the builder fails loudly.</summary>
    internal static void AssertColumns(TableSchema schema, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            _ = schema[name];
        }
    }
}
