using System.Diagnostics;
using System.Globalization;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Workspace;
using OmicsBridge.Pipeline.Ingest;
using OmicsBridge.Pipeline.Ingest.Sources;

// generate OUT.vcf.gz [SAMPLES] [VARIANTS]: the benchmark input (VcfSyntheticWriter, BGZF, deterministic).
// parse FILE [--per-sample]: the read side alone (decode, split, pick non-hom-ref calls), to see how much of the ingest
// is parsing; --per-sample prints each sample's non-hom-ref calls instead (benchmarks/vcf/parity.sh).
// ingest WORKSPACE FILE: `ingest vcf` in process (same IngestService and VcfIngester as the CLI), one committed lake version.
// write WORKSPACE: the columnar genotype write alone (6 batches of 2^20 synthetic rows, committed), to see how much is writing.
if (args.Length >= 2 && args[0] == "generate")
{
    var samples = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2504;
    var variants = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 50_000;
    var lines = VcfSyntheticWriter.Write(args[1], samples, variants);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines} records, {samples} samples, {new FileInfo(args[1]).Length / 1e6:F1} MB"));
    return 0;
}

if (args.Length == 3 && args[0] == "ingest")
{
    var workspace = Directory.Exists(args[1]) ? Workspace.Open(args[1]) : Workspace.Init(args[1]);
    var stopwatch = Stopwatch.StartNew();
    var report = new IngestService(new LakeStore(workspace), SourceIngesters.All()).Run("vcf", [args[2]], new IngestOptions());
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"lake version {report.LakeVersion}: {report.Accepted} records accepted, {report.Rejected} rejected in {stopwatch.Elapsed.TotalSeconds:F2} s; {string.Join("; ", report.Files.SelectMany(f => f.Notes))}"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"GC: {GC.CollectionCount(0)} gen0, {GC.CollectionCount(1)} gen1, {GC.CollectionCount(2)} gen2 collections, {GC.GetTotalPauseDuration().TotalSeconds:F2} s paused, {GC.GetTotalAllocatedBytes() / 1e9:F2} GB allocated"));
    return report.LakeVersion is null ? 1 : 0;
}

if (args.Length is 2 or 3 && args[0] == "parse" && (args.Length == 2 || args[2] == "--per-sample"))
{
    // The read side alone (decode, split, select non-hom-ref calls): how much of the ingest is parsing. With
    // --per-sample, each sample's non-hom-ref calls after splitting, for benchmarks/vcf/parity.sh.
    var stopwatch = Stopwatch.StartNew();
    using var reader = VcfReader.Open(args[1]);
    long stored = 0;
    var homRef = new long[reader.Header.Samples.Count];
    var nonHomRef = new long[reader.Header.Samples.Count];
    while (reader.Read())
    {
        foreach (var allele in VcfAlleleSplitter.Split(reader.Current))
        {
            var samples = reader.Current.Genotypes.GetNonHomRefSamples(allele.AltIndex, homRef);
            stored += samples.Length;
            foreach (var sample in samples)
            {
                nonHomRef[sample]++;
            }
        }
    }

    if (args.Length == 3)
    {
        for (var s = 0; s < nonHomRef.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{reader.Header.Samples[s]}\t{nonHomRef[s]}"));
        }

        return 0;
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parse: {reader.RecordCount} records, {stored} non-hom-ref calls in {stopwatch.Elapsed.TotalSeconds:F2} s"));
    return 0;
}

if (args.Length == 2 && args[0] == "write")
{
    var workspace = Workspace.Init(args[1]);
    using var tx = new LakeStore(workspace).BeginWrite("bench", "bench");
    var batch = new OmicsBridge.Lake.Writing.ColumnBatch(OmicsBridge.Lake.Schema.Tables.GenotypeTable.Schema, 1 << 20);
    var keys = Enumerable.Range(0, 2000).Select(i => "GRCh38:22-" + i.ToString(CultureInfo.InvariantCulture) + "-A-G").ToArray();
    var assays = Enumerable.Range(0, 2504).Select(i => "as_" + i.ToString("D20", CultureInfo.InvariantCulture)).ToArray();
    for (var i = 0; i < batch.Capacity; i++)
    {
        batch.Strings(0)[i] = assays[i % 2504];
        batch.Strings(1)[i] = keys[i / 600];
        batch.Strings(2)[i] = "0/1";
        batch.Strings(3)[i] = "het";
        batch.Booleans(4)[i] = false;
        batch.Int32s(5)[i] = i % 50;
        batch.Int32s(6)[i] = i % 99;
        batch.Strings(10)[i] = "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789";
    }

    batch.Count = batch.Capacity;
    var stopwatch = Stopwatch.StartNew();
    const int Rounds = 6;
    for (var round = 0; round < Rounds; round++)
    {
        tx.Table(OmicsBridge.Lake.Schema.Tables.GenotypeTable.Schema).AppendBatch(batch);
    }

    tx.Commit();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"write: {Rounds * batch.Count} rows committed in {stopwatch.Elapsed.TotalSeconds:F2} s"));
    return 0;
}

Console.Error.WriteLine("usage: generate OUT.vcf.gz [SAMPLES] [VARIANTS] | parse FILE | ingest WORKSPACE FILE | write WORKSPACE");
return 2;
