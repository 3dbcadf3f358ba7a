using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the tumour RNA-seq matrices (log2 expression, genes in rows, samples in columns), one per batch.
/// </summary>
/// <remarks>
/// Planted structure: each subtype raises its marker module by 2.5 (and 40 further genes by 1.5); batch 2 carries a
/// per-gene shift (mean 1.0) and a 1.25× scale, the batch effect ComBat should remove. Planted faults: "NA" cells
/// (missing, not errors), two unparseable cells, and in batch 2 a sample column no manifest declares.
/// </remarks>
public static class DemoExpressionWriter
{
    public const string OrphanSampleId = "S99900-T";
    public static readonly string[] UnparseableValues = ["1.2.3", "high"];

    /// <summary>Writes batch 1 gzipped and batch 2 as plain TSV (both are accepted inputs); returns the paths.</summary>
    public static IReadOnlyList<string> Write(DemoCohort cohort, string folder)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var genes = DemoGenes.Symbols(cohort.Options.Genes);
        var random = new DemoRandom(cohort.Options.Seed + 2);
        var baseline = genes.Select(_ => Math.Clamp(random.Normal(6.0, 2.0), 0.5, 14.0)).ToArray();
        var spread = genes.Select(_ => 0.4 + (0.6 * random.Uniform())).ToArray();
        var batchShift = genes.Select(_ => random.Normal(1.0, 0.4)).ToArray();
        var effects = SubtypeEffects(genes, random);

        var paths = new List<string>();
        for (var batch = 1; batch <= 2; batch++)
        {
            var members = cohort.Patients.Where(p => p.HasTumourRna && p.RnaBatch == batch)
                .Select(p => (Id: p.TumourRnaSampleId, p.Subtype)).ToList();
            if (batch == 1)
            {
                members.Add(("S99002-T", 1));
            }
            else
            {
                members.Add((OrphanSampleId, 2));
            }

            var path = Path.Combine(folder, batch == 1 ? "expression_batch1.tsv.gz" : "expression_batch2.tsv");
            using var file = File.Create(path);
            using Stream stream = batch == 1 ? new GZipStream(file, CompressionLevel.Fastest) : file;
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
            writer.Write("gene_symbol");
            foreach (var member in members)
            {
                writer.Write('\t');
                writer.Write(member.Id);
            }

            writer.Write('\n');
            var line = new StringBuilder();
            for (var g = 0; g < genes.Count; g++)
            {
                line.Clear().Append(genes[g]);
                for (var s = 0; s < members.Count; s++)
                {
                    line.Append('\t');
                    if (random.Chance(0.001))
                    {
                        line.Append("NA");
                        continue;
                    }

                    var value = baseline[g] + effects[members[s].Subtype - 1][g] + random.Normal(0, spread[g]);
                    if (batch == 2)
                    {
                        value = baseline[g] + batchShift[g] + (1.25 * (value - baseline[g]));
                    }

                    line.Append(value.ToString("F4", CultureInfo.InvariantCulture));
                }

                writer.Write(line.Append('\n'));
            }

            paths.Add(path);
        }

        PlantUnparseable(paths[1], random);
        return paths;
    }

    private static double[][] SubtypeEffects(IReadOnlyList<string> genes, DemoRandom random)
    {
        var index = genes.Select((g, i) => (g, i)).ToDictionary(x => x.g, x => x.i, StringComparer.Ordinal);
        var effects = new double[DemoCohort.Subtypes][];
        var firstLoc = genes.Count > 200 ? 150 : genes.Count / 2;
        for (var k = 0; k < DemoCohort.Subtypes; k++)
        {
            effects[k] = new double[genes.Count];
            foreach (var marker in DemoGenes.SubtypeMarkers[k].Where(index.ContainsKey))
            {
                effects[k][index[marker]] = 2.5;
            }

            for (var j = 0; j < 40 && firstLoc + (k * 40) + j < genes.Count; j++)
            {
                effects[k][firstLoc + (k * 40) + j] = 1.5 + (0.2 * random.Normal());
            }
        }

        return effects;
    }

    /// <summary>Replaces two cells of the plain-text batch with values that are not numbers (rows 3 and 7, column 2).</summary>
    private static void PlantUnparseable(string path, DemoRandom random)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < UnparseableValues.Length; i++)
        {
            var row = 3 + (i * 4);
            var cells = lines[row].Split('\t');
            cells[2 + random.Next(Math.Max(1, cells.Length - 2))] = UnparseableValues[i];
            lines[row] = string.Join('\t', cells);
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }
}
