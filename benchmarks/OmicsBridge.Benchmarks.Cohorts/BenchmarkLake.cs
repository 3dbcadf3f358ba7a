using System.Diagnostics;
using System.Globalization;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Workspace;

namespace OmicsBridge.Benchmarks.Cohorts;

/// <summary>
/// Writes the benchmark lake straight through the lake's write transaction: patients, clinical events spread over four
/// tables, variants with genotypes, somatic mutations, copy number and expression. Seeded, so every run has the same data.
/// </summary>
internal static class BenchmarkLake
{
    /// <summary>
    /// Changes whenever the generated rows or their order change: genes as runs of positions, genotype rows in VCF record
    /// order, copy number and expression gene by gene.
    /// </summary>
    public const string Layout = "ingest-order-2";

    // Typed int?: a plain int binds to the appender's generic AppendValue<TEnum>, which wrote garbage into dp and gq.
    private static readonly int? s_depth = 30;
    private static readonly int? s_quality = 99;

    public static readonly string[] PlantedGenes = ["BRCA2", "TP53", "KRAS", "BRAF", "ERBB2", "EGFR", "PIK3CA", "PTEN", "CDKN2A", "MYC"];

    private static readonly string[] s_conditions =
        ["C50.911", "C50.412", "C50.011", "E11.9", "E11.65", "I10", "J45.909", "C34.90", "C18.9", "N18.3", "F32.9", "M54.5", "K21.9", "E78.5", "C61"];

    private static readonly string[] s_medications = ["1597582", "860975", "197361", "314076", "617314", "1049630", "310965", "308136", "583214", "1658647"];

    private static readonly string[] s_procedures = ["69031006", "387713003", "71651007", "73761001", "241615005"];

    private static readonly string[] s_consequences =
        ["missense_variant", "synonymous_variant", "intron_variant", "stop_gained", "frameshift_variant", "splice_donor_variant", "3_prime_UTR_variant", "inframe_deletion"];

    private static readonly string[] s_significance = ["uncertain_significance", "benign", "likely_benign", "pathogenic", "conflicting_interpretations_of_pathogenicity"];

    private static readonly string[] s_classifications = ["Missense_Mutation", "Nonsense_Mutation", "Frame_Shift_Del", "Silent", "Splice_Site", "In_Frame_Del"];

    private static readonly string[] s_aminoAcids = ["A", "R", "N", "D", "C", "Q", "E", "G", "H", "I", "L", "K", "M", "F", "P", "S", "T", "W", "Y", "V"];

    public static IReadOnlyList<string> Genes(int count) =>
        [.. PlantedGenes, .. Enumerable.Range(1, count - PlantedGenes.Length).Select(i => string.Create(CultureInfo.InvariantCulture, $"LOC{100000 + i}"))];

    public static void Generate(Workspace workspace, int patients, long clinicalEvents, long genotypeRows, TextWriter log)
    {
        var random = new Random(20261126);
        var genes = Genes(500);
        var lake = new LakeStore(workspace);
        var clock = Stopwatch.StartNew();
        using var tx = lake.BeginWrite("benchmark", "benchmark generate");
        var ci = CultureInfo.InvariantCulture;
        string Pid(int i) => string.Create(ci, $"P{i:D6}");

        var patient = tx.Table(PatientTable.Schema);
        for (var i = 0; i < patients; i++)
        {
            var deceased = random.NextDouble() < 0.05;
            patient.NewRow().AppendValue(Pid(i)).AppendValue(random.Next(2) == 0 ? "female" : "male")
                .AppendValue(new DateOnly(1930 + random.Next(75), 1 + random.Next(12), 1 + random.Next(28)))
                .AppendValue(deceased).AppendValue(deceased ? new DateOnly(2023, 1 + random.Next(12), 1) : (DateOnly?)null)
                .AppendNullValue().AppendValue("benchmark").AppendValue("benchmark").EndRow();
        }

        // Clinical events: 40 % conditions, 30 % medications, 20 % observations, 10 % procedures.
        var condition = tx.Table(ConditionTable.Schema);
        var medication = tx.Table(MedicationTable.Schema);
        var observation = tx.Table(ObservationTable.Schema);
        var procedure = tx.Table(ProcedureTable.Schema);
        var start = new DateOnly(2010, 1, 1);
        for (long e = 0; e < clinicalEvents; e++)
        {
            var pid = Pid(random.Next(patients));
            var date = start.AddDays(random.Next(5000));
            var id = string.Create(ci, $"E{e}");
            var pick = random.Next(10);
            if (pick < 4)
            {
                condition.NewRow().AppendValue(id).AppendValue(pid).AppendValue("ICD10CM").AppendValue(s_conditions[Skewed(random, s_conditions.Length)])
                    .AppendNullValue().AppendValue(date).AppendNullValue().AppendValue("active").AppendNullValue().AppendNullValue()
                    .AppendValue("benchmark").AppendNullValue().AppendValue("sha").AppendValue("benchmark").EndRow();
            }
            else if (pick < 7)
            {
                medication.NewRow().AppendValue(id).AppendValue(pid).AppendValue("request").AppendValue("RxNorm").AppendValue(s_medications[Skewed(random, s_medications.Length)])
                    .AppendNullValue().AppendValue(date).AppendNullValue().AppendValue("active").AppendNullValue().AppendNullValue()
                    .AppendValue("benchmark").AppendNullValue().AppendValue("sha").AppendValue("benchmark").EndRow();
            }
            else if (pick < 9)
            {
                var hba1c = random.Next(3) == 0;
                var value = hba1c ? 4.5 + (random.NextDouble() * 6) : 50 + (random.NextDouble() * 100);
                var row = observation.NewRow().AppendValue(id).AppendValue(pid).AppendValue("LOINC").AppendValue(hba1c ? "4548-4" : "2345-7").AppendNullValue()
                    .AppendValue(value).AppendNullValue().AppendValue(value.ToString("0.0", ci)).AppendNullValue().AppendNullValue().AppendNullValue()
                    .AppendValue(hba1c ? "%" : "mg/dL").AppendValue(value).AppendValue(hba1c ? "%" : "mg/dL").AppendNullValue().AppendNullValue().AppendNullValue()
                    .AppendNullValue().AppendValue("final").AppendValue("laboratory").AppendValue(date.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc))
                    .AppendNullValue().AppendNullValue().AppendValue("benchmark").AppendNullValue().AppendValue("sha").AppendValue("benchmark");
                row.EndRow();
            }
            else
            {
                procedure.NewRow().AppendValue(id).AppendValue(pid).AppendValue("SNOMED").AppendValue(s_procedures[random.Next(s_procedures.Length)])
                    .AppendNullValue().AppendValue(date).AppendValue("completed").AppendNullValue().AppendValue("benchmark").AppendNullValue()
                    .AppendValue("sha").AppendValue("benchmark").EndRow();
            }
        }

        log.WriteLine(string.Create(ci, $"  patients and {clinicalEvents:N0} clinical events appended in {clock.Elapsed.TotalSeconds:F1} s"));

        // Molecular: 60 % of patients sequenced, 30 % with RNA; 200,000 variants over 500 genes.
        var sample = tx.Table(SampleTable.Schema);
        var assay = tx.Table(AssayTable.Schema);
        var sequenced = new List<int>();
        var rna = new List<int>();
        for (var i = 0; i < patients; i++)
        {
            if (random.NextDouble() < 0.6)
            {
                sequenced.Add(i);
                AddAssay(sample, assay, Pid(i), "genomics", start.AddDays(random.Next(5000)));
            }

            if (random.NextDouble() < 0.3)
            {
                rna.Add(i);
                AddAssay(sample, assay, Pid(i), "transcriptomics", start.AddDays(random.Next(5000)));
            }
        }

        // A gene is a run of neighbouring positions, as on a real chromosome: variant v lies in gene v / 400.
        const int variants = 200_000;
        var perGene = variants / genes.Count;
        var variant = tx.Table(VariantTable.Schema);
        for (var v = 0; v < variants; v++)
        {
            var gene = genes[v / perGene];
            var consequence = s_consequences[random.Next(s_consequences.Length)];
            var protein = consequence == "missense_variant"
                ? string.Create(ci, $"p.{s_aminoAcids[random.Next(20)]}{1 + random.Next(900)}{s_aminoAcids[random.Next(20)]}")
                : null;
            if (gene == "KRAS" && v % 7 == 4)
            {
                consequence = "missense_variant";
                protein = "p.G12C";
            }

            variant.NewRow().AppendValue(VariantKey(v)).AppendValue("GRCh38").AppendValue("1").AppendValue(Position(v)).AppendValue("A").AppendValue("G")
                .AppendValue("SNV").AppendNullValue().AppendNullValue().AppendNullValue().AppendValue(gene).AppendValue(consequence).AppendNullValue()
                .AppendNullValue().AppendNullValue().AppendValue(protein).AppendNullValue().AppendValue(s_significance[random.Next(s_significance.Length)])
                .AppendValue("sha").AppendValue("benchmark").EndRow();
        }

        // Genotype rows in the order the VCF ingester writes a joint-called VCF: record by record (position order), each
        // record's carriers in sample-column order. Each variant gets its share of the rows, carriers drawn at random.
        var genotype = tx.Table(GenotypeTable.Schema);
        var carriers = new List<int>();
        for (var v = 0; v < variants; v++)
        {
            var rows = (int)((genotypeRows * (v + 1) / variants) - (genotypeRows * v / variants));
            carriers.Clear();
            for (var c = 0; c < rows; c++)
            {
                carriers.Add(sequenced[random.Next(sequenced.Count)]);
            }

            carriers.Sort();
            var key = VariantKey(v);
            foreach (var carrier in carriers)
            {
                var het = random.Next(4) != 0;
                genotype.NewRow().AppendValue(Pid(carrier) + "-genomics").AppendValue(key).AppendValue(het ? "0/1" : "1/1")
                    .AppendValue(het ? "het" : "hom_alt").AppendValue(false).AppendValue(s_depth).AppendValue(s_quality).AppendNullValue().AppendNullValue()
                    .AppendValue(het ? 0.5 : 1.0).AppendValue("sha").EndRow();
            }
        }

        log.WriteLine(string.Create(ci, $"  {genotypeRows:N0} genotype rows appended at {clock.Elapsed.TotalSeconds:F1} s"));

        var mutation = tx.Table(MutationTable.Schema);
        var copyNumber = tx.Table(CopyNumberTable.Schema);
        foreach (var i in sequenced)
        {
            var pid = Pid(i);
            for (var m = random.Next(3); m > 0; m--)
            {
                var gene = genes[Skewed(random, 40)];
                var kras = gene == "KRAS" && random.Next(3) == 0;
                mutation.NewRow().AppendValue(pid + "-genomics").AppendValue(pid + "-genomics-s").AppendValue(string.Create(ci, $"GRCh38:2-{random.Next(1_000_000)}-C-T"))
                    .AppendValue(gene).AppendValue(kras ? "Missense_Mutation" : s_classifications[random.Next(s_classifications.Length)]).AppendNullValue()
                    .AppendValue(kras ? "p.G12C" : string.Create(ci, $"p.R{1 + random.Next(500)}H")).AppendNullValue().AppendNullValue()
                    .AppendValue(0.05 + (random.NextDouble() * 0.5)).AppendValue("Somatic").AppendValue("sha").AppendValue("benchmark").EndRow();
            }
        }

        // Copy number and expression gene by gene, as the CNA and matrix ingesters write a genes-in-rows matrix
        // (cBioPortal's data_cna.txt, an expression matrix of genes × samples): row by row, each row's samples in order.
        foreach (var gene in PlantedGenes)
        {
            foreach (var i in sequenced)
            {
                var pid = Pid(i);
                var call = random.Next(20) switch { 0 => 2, 1 => -2, 2 => 1, 3 => -1, _ => 0 };
                copyNumber.NewRow().AppendValue(pid + "-genomics").AppendValue(pid + "-genomics-s").AppendValue(gene).AppendValue((int?)call)
                    .AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendNullValue().AppendValue("sha").AppendValue("benchmark").EndRow();
            }
        }

        var measurement = tx.Table(MolecularMeasurementTable.Schema);
        for (var gene = 0; gene < 50; gene++)
        {
            foreach (var i in rna)
            {
                measurement.NewRow().AppendValue(Pid(i) + "-transcriptomics").AppendValue("transcriptomics").AppendValue("HGNC").AppendValue(genes[gene])
                    .AppendValue(5 + (Gaussian(random) * 2)).AppendValue("log2 TPM").EndRow();
            }
        }

        tx.Commit();
        log.WriteLine(string.Create(ci, $"  committed in {clock.Elapsed.TotalSeconds:F1} s"));
    }

    private static void AddAssay(Lake.Writing.TableAppender sample, Lake.Writing.TableAppender assay, string pid, string modality, DateOnly collected)
    {
        sample.NewRow().AppendValue($"{pid}-{modality}-s").AppendValue(pid).AppendValue("tumour").AppendNullValue().AppendValue(collected)
            .AppendNullValue().AppendValue("sha").AppendValue("benchmark").EndRow();
        assay.NewRow().AppendValue($"{pid}-{modality}").AppendValue($"{pid}-{modality}-s").AppendValue(modality).AppendNullValue().AppendNullValue()
            .AppendNullValue().AppendValue("sha").AppendValue("benchmark").EndRow();
    }

    /// <summary>Positions 10,000,000 onwards, 40 bases apart (chromosome 1 carries genes there).</summary>
    private static long Position(int v) => 10_000_000 + (40L * v);

    private static string VariantKey(int v) => string.Create(CultureInfo.InvariantCulture, $"GRCh38:1-{Position(v)}-A-G");

    /// <summary>An index skewed to the front (a few codes common, most rare), as real code frequencies are.</summary>
    private static int Skewed(Random random, int count) => Math.Min(count - 1, (int)(count * random.NextDouble() * random.NextDouble()));

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
