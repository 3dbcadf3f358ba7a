using System.Globalization;
using System.Text;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the somatic mutations of the tumour samples (<c>S00001-T</c>) as a cBioPortal-style MAF (GRCh38): 0–5 driver
/// mutations per tumour drawn from a small hotspot list, with tumour read counts.
/// </summary>
/// <remarks>The hotspots use real genes and protein changes for recognisability; coordinates are illustrative.</remarks>
public static class DemoMafWriter
{
    private static readonly (string Gene, string Chrom, int Position, string Ref, string Alt, string Classification, string HgvsC, string HgvsP, string Consequence)[] s_hotspots =
    [
        ("PIK3CA", "3", 179_234_297, "A", "G", "Missense_Mutation", "c.3140A>G", "p.H1047R", "missense_variant"),
        ("PIK3CA", "3", 179_218_303, "G", "A", "Missense_Mutation", "c.1633G>A", "p.E545K", "missense_variant"),
        ("TP53", "17", 7_675_088, "C", "T", "Missense_Mutation", "c.524G>A", "p.R175H", "missense_variant"),
        ("TP53", "17", 7_673_802, "C", "T", "Missense_Mutation", "c.818G>A", "p.R273H", "missense_variant"),
        ("TP53", "17", 7_674_220, "C", "A", "Nonsense_Mutation", "c.637C>T", "p.R213*", "stop_gained"),
        ("AKT1", "14", 104_780_214, "C", "T", "Missense_Mutation", "c.49G>A", "p.E17K", "missense_variant"),
        ("ESR1", "6", 152_419_923, "A", "G", "Missense_Mutation", "c.1613A>G", "p.D538G", "missense_variant"),
        ("GATA3", "10", 8_069_470, "G", "T", "Nonsense_Mutation", "c.1009G>T", "p.E337*", "stop_gained"),
        ("CDH1", "16", 68_801_729, "C", "T", "Nonsense_Mutation", "c.1792C>T", "p.R598*", "stop_gained"),
        ("MAP3K1", "5", 56_865_791, "G", "T", "Nonsense_Mutation", "c.2908G>T", "p.E970*", "stop_gained"),
    ];

    /// <summary>Writes <c>somatic.maf</c> into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(DemoCohort cohort, string folder)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var random = new DemoRandom(cohort.Options.Seed + 31);
        var path = Path.Combine(folder, "somatic.maf");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine("#version 2.4");
        writer.WriteLine("Hugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tEnd_Position\tVariant_Classification\tVariant_Type\tReference_Allele\t" +
                         "Tumor_Seq_Allele1\tTumor_Seq_Allele2\tTumor_Sample_Barcode\tHGVSc\tHGVSp_Short\tConsequence\tMutation_Status\tt_ref_count\tt_alt_count");
        foreach (var patient in cohort.Patients.Where(p => p.HasTumourRna))
        {
            var count = random.Next(6);
            foreach (var hotspot in Enumerable.Range(0, count).Select(_ => s_hotspots[random.Next(s_hotspots.Length)]).Distinct().OrderBy(h => h.Gene, StringComparer.Ordinal))
            {
                var depth = 40 + random.Next(160);
                var alt = Math.Max(3, (int)(depth * (0.1 + (0.4 * random.Uniform()))));
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{hotspot.Gene}\tGRCh38\t{hotspot.Chrom}\t{hotspot.Position}\t{hotspot.Position}\t{hotspot.Classification}\tSNP\t{hotspot.Ref}\t{hotspot.Ref}\t{hotspot.Alt}\t{patient.TumourRnaSampleId}\t{hotspot.HgvsC}\t{hotspot.HgvsP}\t{hotspot.Consequence}\tSomatic\t{depth - alt}\t{alt}"));
            }
        }

        return path;
    }
}
