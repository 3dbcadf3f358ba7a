using System.Globalization;
using System.Text;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the cohort's germline calls: one multi-sample VCF 4.3 (GRCh38) over BRCA2, BRCA1 and a chr22 stretch, with a
/// sample column per patient who has a germline sample (<c>S00001-N</c>). Background sites follow a rare-skewed allele
/// frequency and Hardy–Weinberg genotypes, a few are multi-allelic and about 1% of calls are missing. One planted site
/// is a BRCA2 missense variant of unknown significance (ClinVar-style CLNSIG, VEP CSQ) carried by exactly the patients
/// with <see cref="DemoPatient.CarriesPlantedVus"/>.
/// </summary>
/// <remarks>The variant and its coordinates are synthetic: they stand for "a VUS", not for any real ClinVar record.</remarks>
public static class DemoVcfWriter
{
    /// <summary>The lake's key of the planted variant.</summary>
    public const string PlantedVusKey = "GRCh38:13-32380100-G-A";

    /// <summary>The planted variant's protein change as VEP writes it (the CSQ HGVSp, without the transcript).</summary>
    public const string PlantedVusHgvsP = "p.Arg2784Gln";

    /// <summary>Share of germline patients who carry the planted variant (heterozygous).</summary>
    public const double PlantedVusCarrierRate = 0.12;

    private const int PlantedPosition = 32_380_100;
    private const string CsqLayout = "Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|HGVSc|HGVSp|CANONICAL";

    private static readonly (string Chrom, int Start, int End, string? Gene, string? GeneId, string? Transcript)[] s_regions =
    [
        ("chr13", 32_315_508, 32_400_268, "BRCA2", "ENSG00000139618", "ENST00000380152"),
        ("chr17", 43_044_295, 43_125_483, "BRCA1", "ENSG00000012048", "ENST00000357654"),
        ("chr22", 20_000_000, 21_000_000, null, null, null),
    ];

    /// <summary>Writes <c>germline.vcf</c> into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(DemoCohort cohort, string folder, int sitesPerRegion = 80)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var random = new DemoRandom(cohort.Options.Seed + 21);
        var samples = cohort.Patients.Where(p => p.HasGermline).ToList();
        var path = Path.Combine(folder, "germline.vcf");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        WriteHeader(writer, samples);
        var line = new StringBuilder();
        foreach (var region in s_regions)
        {
            var positions = Enumerable.Range(0, sitesPerRegion).Select(_ => region.Start + random.Next(region.End - region.Start))
                .Append(region.Gene == "BRCA2" ? PlantedPosition : region.Start)
                .Distinct().Order().ToList();
            foreach (var position in positions)
            {
                line.Clear();
                if (region.Gene == "BRCA2" && position == PlantedPosition)
                {
                    PlantedSite(line, samples, random);
                }
                else
                {
                    BackgroundSite(line, region, position, samples, random);
                }

                writer.WriteLine(line.ToString());
            }
        }

        return path;
    }

    private static void WriteHeader(StreamWriter writer, List<DemoPatient> samples)
    {
        writer.WriteLine("##fileformat=VCFv4.3");
        writer.WriteLine("##source=OmicsBridge.Demo (synthetic germline calls)");
        writer.WriteLine("##reference=GRCh38");
        writer.WriteLine("##contig=<ID=chr13,length=114364328,assembly=GRCh38>");
        writer.WriteLine("##contig=<ID=chr17,length=83257441,assembly=GRCh38>");
        writer.WriteLine("##contig=<ID=chr22,length=50818468,assembly=GRCh38>");
        writer.WriteLine("##INFO=<ID=AC,Number=A,Type=Integer,Description=\"Allele count in genotypes\">");
        writer.WriteLine("##INFO=<ID=AN,Number=1,Type=Integer,Description=\"Total number of alleles in called genotypes\">");
        writer.WriteLine("##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">");
        writer.WriteLine("##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"Clinical significance (ClinVar style)\">");
        writer.WriteLine($"##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: {CsqLayout}\">");
        writer.WriteLine("##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">");
        writer.WriteLine("##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allelic depths\">");
        writer.WriteLine("##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Read depth\">");
        writer.WriteLine("##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Genotype quality\">");
        writer.WriteLine("#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + string.Join('\t', samples.Select(p => p.GermlineSampleId)));
    }

    private static void PlantedSite(StringBuilder line, List<DemoPatient> samples, DemoRandom random)
    {
        var carriers = samples.Count(p => p.CarriesPlantedVus);
        var an = samples.Count * 2;
        Invariant(line, $"chr13\t{PlantedPosition}\t.\tG\tA\t99\tPASS\tAC={carriers};AN={an};AF={(double)carriers / an:0.####};CLNSIG=Uncertain_significance;");
        line.Append("CSQ=A|missense_variant|MODERATE|BRCA2|ENSG00000139618|Transcript|ENST00000380152|protein_coding|ENST00000380152.8:c.8351G>A|ENSP00000369497.3:")
            .Append(PlantedVusHgvsP).Append("|YES\tGT:AD:DP:GQ");
        foreach (var patient in samples)
        {
            var depth = 25 + random.Next(30);
            if (patient.CarriesPlantedVus)
            {
                var alt = (depth / 2) + random.Next(5) - 2;
                Invariant(line, $"\t0/1:{depth - alt},{alt}:{depth}:{60 + random.Next(39)}");
            }
            else
            {
                Invariant(line, $"\t0/0:{depth},0:{depth}:{60 + random.Next(39)}");
            }
        }
    }

    private static void BackgroundSite(StringBuilder line, (string Chrom, int Start, int End, string? Gene, string? GeneId, string? Transcript) region,
        int position, List<DemoPatient> samples, DemoRandom random)
    {
        const string Bases = "ACGT";
        var reference = Bases[random.Next(4)];
        var alts = new List<char> { Bases[(Bases.IndexOf(reference, StringComparison.Ordinal) + 1 + random.Next(3)) % 4] };
        if (random.Chance(0.05))
        {
            alts.Add(Bases.First(b => b != reference && b != alts[0]));
        }

        var u = random.Uniform();
        var frequencies = alts.Select((_, i) => i == 0 ? Math.Max(0.002, 0.5 * u * u * u) : 0.02).ToArray();
        var calls = new int[samples.Count * 2];
        var counts = new int[alts.Count + 1];
        var called = 0;
        for (var s = 0; s < samples.Count; s++)
        {
            var missing = random.Chance(0.01);
            for (var h = 0; h < 2; h++)
            {
                var allele = 0;
                var draw = random.Uniform();
                for (var a = 0; a < frequencies.Length; a++)
                {
                    draw -= frequencies[a];
                    if (draw < 0)
                    {
                        allele = a + 1;
                        break;
                    }
                }

                calls[(s * 2) + h] = missing ? -1 : allele;
                if (!missing)
                {
                    counts[allele]++;
                    called++;
                }
            }
        }

        var af = string.Join(',', alts.Select((_, i) => (called == 0 ? 0 : (double)counts[i + 1] / called).ToString("0.####", CultureInfo.InvariantCulture)));
        Invariant(line, $"{region.Chrom}\t{position}\t.\t{reference}\t{string.Join(',', alts)}\t{30 + random.Next(70)}\tPASS\t");
        Invariant(line, $"AC={string.Join(',', counts.Skip(1))};AN={called};AF={af}");
        if (region.Gene is not null)
        {
            line.Append(";CSQ=").Append(string.Join(',', alts.Select(a => string.Create(CultureInfo.InvariantCulture,
                $"{a}|intron_variant|MODIFIER|{region.Gene}|{region.GeneId}|Transcript|{region.Transcript}|protein_coding|||YES"))));
        }

        line.Append("\tGT:DP:GQ");
        for (var s = 0; s < samples.Count; s++)
        {
            var a = calls[s * 2];
            var b = calls[(s * 2) + 1];
            if (a < 0)
            {
                line.Append("\t./.:.:.");
                continue;
            }

            Invariant(line, $"\t{Math.Min(a, b)}/{Math.Max(a, b)}:{20 + random.Next(40)}:{40 + random.Next(59)}");
        }
    }

    private static void Invariant(StringBuilder line, FormattableString text) => line.Append(text.ToString(CultureInfo.InvariantCulture));
}
