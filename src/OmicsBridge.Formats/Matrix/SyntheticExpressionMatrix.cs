using System.Globalization;

namespace OmicsBridge.Formats.Matrix;

/// <summary>
/// A deterministic, realistic-looking expression matrix for benchmarks and tests: the same seed and shape always
/// give the same bytes. The default shape is the benchmark's 20,000 genes × 1,000 samples.
/// </summary>
/// <remarks>
/// Features are Ensembl-style gene ids (<c>ENSG00000000001.1</c>…), samples <c>S0001</c>…. Each gene has a mean
/// log2 expression drawn uniformly from 0–12 and each value adds normal noise (SD 1), rounded to 3 decimals, so
/// cells look like real log2 TPM text (5–7 characters). About one cell in 200 is <c>NA</c>.
/// </remarks>
public static class SyntheticExpressionMatrix
{
    /// <summary>Writes the matrix to <paramref name="path"/> (gzip when it ends in <c>.gz</c>).</summary>
    public static void Write(string path, int genes = 20_000, int samples = 1_000, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(genes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        var sampleIds = new string[samples];
        for (var s = 0; s < samples; s++)
        {
            sampleIds[s] = string.Create(CultureInfo.InvariantCulture, $"S{s + 1:D4}");
        }

        // System.Random with a seed uses its fixed legacy algorithm, so output is stable across runtimes.
        var random = new Random(seed);
        var values = new double[samples];
        var ids = new string[1];
        using var writer = new ExpressionMatrixWriter(path, ["gene_id"], sampleIds);
        for (var g = 0; g < genes; g++)
        {
            ids[0] = string.Create(CultureInfo.InvariantCulture, $"ENSG{g + 1:D11}.1");
            var mean = random.NextDouble() * 12;
            for (var s = 0; s < samples; s++)
            {
                values[s] = random.Next(200) == 0 ? double.NaN : Math.Round(mean + NextNormal(random), 3);
            }

            writer.WriteRow(ids, values);
        }
    }

    // Box–Muller; 1 - NextDouble() keeps the logarithm's argument in (0, 1].
    private static double NextNormal(Random random)
        => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
