using System.Diagnostics;
using System.Globalization;
using OmicsBridge.Benchmarks.Cohorts;
using OmicsBridge.Cohorts.Genes;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Cohorts.Running;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Workspace;

// Issue 5 item 7: `cohort count` for ten definitions against hand-written DuckDB SQL for the same questions, same run,
// both through the governed gate (each query opens its engine over the snapshot, as every command does).
var ci = CultureInfo.InvariantCulture;
var patients = Option("--patients", 100_000);
var events = Option("--events", 5_000_000L);
var genotypes = Option("--genotypes", 20_000_000L);
var runs = Option("--runs", 7);
var root = OptionText("--out") ?? Path.Combine(Path.GetTempPath(), "ob-cohort-benchmark");

var marker = Path.Combine(root, string.Create(ci, $"generated-{patients}-{events}-{genotypes}"));
Workspace workspace;
if (File.Exists(marker))
{
    workspace = Workspace.Open(root);
    Console.WriteLine($"Reusing the generated workspace in {root}");
}
else
{
    if (Directory.Exists(root))
    {
        Directory.Delete(root, recursive: true);
    }

    workspace = Workspace.Init(root);
    Console.WriteLine(string.Create(ci, $"Generating {patients:N0} patients, {events:N0} clinical events, {genotypes:N0} genotype rows in {root}"));
    var generate = Stopwatch.StartNew();
    BenchmarkLake.Generate(workspace, patients, events, genotypes, Console.Out);
    Console.WriteLine(string.Create(ci, $"Generated in {generate.Elapsed.TotalSeconds:F1} s"));
    File.WriteAllText(marker, "");
}

var gate = new QueryGate(new LakeStore(workspace));
var service = new CohortService(gate, GeneCatalog.FromSymbols(BenchmarkLake.Genes(500)));

(string Name, string Where, string Sql)[] questions =
[
    ("clinical: breast cancer", "condition ICD10CM:C50*",
        "SELECT count(*) FROM patient WHERE patient_id IN (SELECT patient_id FROM condition WHERE vocabulary = 'ICD10CM' AND starts_with(code, 'C50'))"),
    ("clinical: diabetes, HbA1c > 7", "condition ICD10CM:E11* and observation LOINC:4548-4 > 7",
        "SELECT count(*) FROM patient WHERE patient_id IN (SELECT patient_id FROM condition WHERE vocabulary = 'ICD10CM' AND starts_with(code, 'E11')) "
        + "AND patient_id IN (SELECT patient_id FROM observation WHERE vocabulary = 'LOINC' AND code = '4548-4' AND value_number > 7)"),
    ("clinical: women 50+, olaparib", "sex female and age >= 50 and medication RxNorm:1597582",
        "SELECT count(*) FROM patient p WHERE p.sex = 'female' AND date_part('year', age(CAST(DATE '{TODAY}' AS TIMESTAMP), CAST(p.birth_date AS TIMESTAMP))) >= 50 "
        + "AND p.patient_id IN (SELECT patient_id FROM medication WHERE vocabulary = 'RxNorm' AND code = '1597582')"),
    ("molecular: TP53 mutated (OQL)", "gene 'TP53: MUT'",
        "SELECT count(DISTINCT patient_id) FROM (SELECT s.patient_id FROM genotype g JOIN variant v USING (variant_key) JOIN assay a USING (assay_id) JOIN sample s ON s.sample_id = a.sample_id "
        + "WHERE v.gene = 'TP53' AND list_has_any(string_split_regex(v.consequence, '[&,]'), ['missense_variant','stop_gained','start_lost','stop_lost','frameshift_variant','inframe_insertion','inframe_deletion','protein_altering_variant','splice_acceptor_variant','splice_donor_variant']) "
        + "UNION ALL SELECT s.patient_id FROM mutation m JOIN sample s ON s.sample_id = m.sample_id WHERE m.gene = 'TP53' AND m.variant_classification IN "
        + "('Missense_Mutation','Nonsense_Mutation','Translation_Start_Site','Nonstop_Mutation','Frame_Shift_Del','Frame_Shift_Ins','In_Frame_Del','In_Frame_Ins','Splice_Site')) x JOIN patient USING (patient_id)"),
    ("molecular: BRCA2 VUS carriers", "variant gene=BRCA2 significance=uncertain_significance",
        "SELECT count(DISTINCT s.patient_id) FROM genotype g JOIN variant v USING (variant_key) JOIN assay a USING (assay_id) JOIN sample s ON s.sample_id = a.sample_id "
        + "JOIN patient p ON p.patient_id = s.patient_id WHERE v.gene = 'BRCA2' AND v.clinical_significance = 'uncertain_significance'"),
    ("OQL: KRAS G12C", "gene 'KRAS: MUT = G12C'",
        "SELECT count(DISTINCT patient_id) FROM (SELECT s.patient_id FROM genotype g JOIN variant v USING (variant_key) JOIN assay a USING (assay_id) JOIN sample s ON s.sample_id = a.sample_id "
        + "WHERE v.gene = 'KRAS' AND v.hgvs_p = 'p.G12C' UNION ALL SELECT s.patient_id FROM mutation m JOIN sample s ON s.sample_id = m.sample_id WHERE m.gene = 'KRAS' AND m.hgvs_p = 'p.G12C') x JOIN patient USING (patient_id)"),
    ("OQL: ERBB2 AMP or EXP z > 2", "gene 'ERBB2: AMP EXP > 2'",
        "SELECT count(DISTINCT patient_id) FROM (SELECT s.patient_id FROM copy_number c JOIN sample s ON s.sample_id = c.sample_id WHERE c.gene = 'ERBB2' AND c.discrete_value = 2 "
        + "UNION ALL SELECT s.patient_id FROM (SELECT assay_id, (value - avg(value) OVER ()) / stddev_samp(value) OVER () AS z FROM molecular_measurement WHERE modality = 'transcriptomics' AND feature_namespace = 'HGNC' AND feature_id = 'ERBB2') m "
        + "JOIN assay a USING (assay_id) JOIN sample s ON s.sample_id = a.sample_id WHERE m.z > 2) x JOIN patient USING (patient_id)"),
    ("mixed: C50 + BRCA2 + PARP within 365 d", "condition ICD10CM:C50* and gene 'BRCA2: MUT' and medication RxNorm:1597582 within 365d after index",
        "WITH idx AS (SELECT patient_id, min(onset_date) AS d FROM condition WHERE vocabulary = 'ICD10CM' AND starts_with(code, 'C50') GROUP BY patient_id) "
        + "SELECT count(*) FROM idx WHERE patient_id IN (SELECT s.patient_id FROM genotype g JOIN variant v USING (variant_key) JOIN assay a USING (assay_id) JOIN sample s ON s.sample_id = a.sample_id "
        + "WHERE v.gene = 'BRCA2' AND list_has_any(string_split_regex(v.consequence, '[&,]'), ['missense_variant','stop_gained','start_lost','stop_lost','frameshift_variant','inframe_insertion','inframe_deletion','protein_altering_variant','splice_acceptor_variant','splice_donor_variant']) "
        + "UNION ALL SELECT s.patient_id FROM mutation m JOIN sample s ON s.sample_id = m.sample_id WHERE m.gene = 'BRCA2' AND m.variant_classification IN ('Missense_Mutation','Nonsense_Mutation','Translation_Start_Site','Nonstop_Mutation','Frame_Shift_Del','Frame_Shift_Ins','In_Frame_Del','In_Frame_Ins','Splice_Site')) "
        + "AND EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = idx.patient_id AND m.vocabulary = 'RxNorm' AND m.code = '1597582' AND m.start_date BETWEEN idx.d AND idx.d + 365) "
        + "AND patient_id IN (SELECT patient_id FROM patient)"),
    ("mixed: diabetes, HbA1c > 7, not TP53", "condition ICD10CM:E11* and observation LOINC:4548-4 > 7 and not gene 'TP53: MUT'",
        "SELECT count(*) FROM patient WHERE patient_id IN (SELECT patient_id FROM condition WHERE vocabulary = 'ICD10CM' AND starts_with(code, 'E11')) "
        + "AND patient_id IN (SELECT patient_id FROM observation WHERE vocabulary = 'LOINC' AND code = '4548-4' AND value_number > 7) "
        + "AND patient_id NOT IN (SELECT s.patient_id FROM genotype g JOIN variant v USING (variant_key) JOIN assay a USING (assay_id) JOIN sample s ON s.sample_id = a.sample_id "
        + "WHERE s.patient_id IS NOT NULL AND v.gene = 'TP53' AND list_has_any(string_split_regex(v.consequence, '[&,]'), ['missense_variant','stop_gained','start_lost','stop_lost','frameshift_variant','inframe_insertion','inframe_deletion','protein_altering_variant','splice_acceptor_variant','splice_donor_variant']) "
        + "UNION ALL SELECT s.patient_id FROM mutation m JOIN sample s ON s.sample_id = m.sample_id WHERE s.patient_id IS NOT NULL AND m.gene = 'TP53' AND m.variant_classification IN ('Missense_Mutation','Nonsense_Mutation','Translation_Start_Site','Nonstop_Mutation','Frame_Shift_Del','Frame_Shift_Ins','In_Frame_Del','In_Frame_Ins','Splice_Site'))"),
    ("temporal: 2+ mastectomies within 2 y of first sample", "index first sample; procedure SNOMED:69031006 within 0..730d after index at least 2 times",
        "WITH idx AS (SELECT patient_id, min(collected_at) AS d FROM sample WHERE patient_id IS NOT NULL AND collected_at IS NOT NULL GROUP BY patient_id) "
        + "SELECT count(*) FROM (SELECT p.patient_id FROM procedure p JOIN idx USING (patient_id) WHERE p.vocabulary = 'SNOMED' AND p.code = '69031006' "
        + "AND p.performed_date BETWEEN idx.d AND idx.d + 730 GROUP BY p.patient_id HAVING count(*) >= 2) x WHERE patient_id IN (SELECT patient_id FROM patient)"),
];

var today = DateOnly.FromDateTime(gate.Snapshot().Entry!.Timestamp.UtcDateTime).ToString("yyyy-MM-dd", ci);
Console.WriteLine();
Console.WriteLine(string.Create(ci, $"{"definition",-44} {"count",8} {"hand SQL",8} {"cohort ms",10} {"hand ms",9} {"ratio",6}  same"));
var allSame = true;
var medians = new List<(double Cohort, double Hand)>();
foreach (var (name, where, template) in questions)
{
    var definition = WhereParser.Parse(where);
    var sql = template.Replace("{TODAY}", today, StringComparison.Ordinal);
    long cohortCount = 0, handCount = 0;
    var (cohortTimes, handTimes) = TimeInterleaved(
        () => cohortCount = service.Count(definition).Count ?? -1,
        () =>
        {
            using var result = gate.Query(new QueryRequest(sql));
            result.Read();
            handCount = Convert.ToInt64(result[0], ci);
        });
    var same = cohortCount == handCount;
    allSame &= same;
    var (c, h) = (Median(cohortTimes), Median(handTimes));
    medians.Add((c, h));
    Console.WriteLine(string.Create(ci, $"{name,-44} {cohortCount,8} {handCount,8} {c,10:F1} {h,9:F1} {c / h,6:F2}  {(same ? "yes" : "NO")}"));
}

Console.WriteLine();
Console.WriteLine(string.Create(ci,
    $"Median over definitions: cohort {Median(medians.Select(m => m.Cohort)):F1} ms, hand-written {Median(medians.Select(m => m.Hand)):F1} ms; "
    + $"worst ratio {medians.Max(m => m.Cohort / m.Hand):F2}; slowest cohort {medians.Max(m => m.Cohort):F1} ms; results identical: {(allSame ? "yes" : "NO")}"));
return allSame ? 0 : 1;

// Alternating the two, run by run, keeps load from other processes from favouring either side.
(List<double> First, List<double> Second) TimeInterleaved(Action first, Action second)
{
    first(); // warm-up: file cache and first-use costs are not what is measured.
    second();
    var (a, b) = (new List<double>(), new List<double>());
    for (var i = 0; i < runs; i++)
    {
        var clock = Stopwatch.StartNew();
        first();
        a.Add(clock.Elapsed.TotalMilliseconds);
        clock.Restart();
        second();
        b.Add(clock.Elapsed.TotalMilliseconds);
    }

    return (a, b);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}

T Option<T>(string name, T fallback) where T : IParsable<T>
{
    var text = OptionText(name);
    return text is null ? fallback : T.Parse(text.Replace("_", "", StringComparison.Ordinal), ci);
}

string? OptionText(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
