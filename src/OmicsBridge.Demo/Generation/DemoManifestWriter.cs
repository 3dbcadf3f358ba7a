using System.Globalization;
using System.Text;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the sample manifest: one row per sample and assay, with an unmodelled column (kept as <c>extra</c>) and
/// three planted faults — a duplicate sample id, an impossible date, a sample of a person outside the cohort.
/// </summary>
public static class DemoManifestWriter
{
    public const string DuplicateFault = "duplicate sample id";
    public const string BadDateFault = "impossible collection date";
    public const string UnknownPatientMrn = "MRN999999";

    public static void Write(DemoCohort cohort, string path)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var random = new DemoRandom(cohort.Options.Seed + 1);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("sample_id,mrn,sample_type,tissue,collection_date,modality,platform,batch,run_date,freezer_box\n");
        string? firstRow = null;
        foreach (var patient in cohort.Patients)
        {
            var collected = patient.DiagnosisDate.AddDays(random.Next(30));
            var box = string.Create(CultureInfo.InvariantCulture, $"BOX-{1 + random.Next(40):D2}");
            if (patient.HasTumourRna)
            {
                var row = Row(patient.TumourRnaSampleId, patient.Mrn, "tumour", "breast", collected, "RNA-seq", "Illumina NovaSeq 6000",
                    $"RNA-B{patient.RnaBatch}", collected.AddDays(40 + random.Next(30)), box);
                firstRow ??= row;
                writer.Write(row);
            }

            if (patient.HasGermline)
            {
                writer.Write(Row(patient.GermlineSampleId, patient.Mrn, "blood", "peripheral blood", collected, "WES", "Illumina NovaSeq 6000",
                    "WES-1", collected.AddDays(60 + random.Next(30)), box));
            }

            if (patient.HasProteomics)
            {
                writer.Write(Row(patient.ProteomicsSampleId, patient.Mrn, "tumour", "breast", collected, "proteomics", "Orbitrap Exploris 480",
                    "PROT-1", collected.AddDays(90 + random.Next(30)), box));
            }
        }

        // Planted faults: each must land in reject (or be reported) with its line, never silently.
        writer.Write(firstRow!.Replace("RNA-B", "RNA-RERUN-B", StringComparison.Ordinal));
        writer.Write("S99001-T,MRN100001,tumour,breast,2023-02-30,RNA-seq,Illumina NovaSeq 6000,RNA-B1,2023-04-01,BOX-01\n");
        writer.Write(Row("S99002-T", UnknownPatientMrn, "tumour", "breast", new DateOnly(2021, 5, 4), "RNA-seq", "Illumina NovaSeq 6000",
            "RNA-B1", new DateOnly(2021, 6, 20), "BOX-07"));
    }

    private static string Row(string sampleId, string mrn, string type, string tissue, DateOnly collected, string modality,
        string platform, string batch, DateOnly runDate, string box) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{sampleId},{mrn},{type},{tissue},{collected:yyyy-MM-dd},{modality},{platform},{batch},{runDate:yyyy-MM-dd},{box}\n");
}
