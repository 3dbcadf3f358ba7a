namespace OmicsBridge.Analytics.Expression;

/// <summary>log2 counts per million as limma's <c>voom</c> computes them: <c>log2((count + 0.5) / (libsize + 1) × 1e6)</c>.</summary>
/// <remarks>Library sizes are column sums of the raw counts (no TMM normalisation factors). Input is features × samples.</remarks>
public static class LogCpm
{
    public static double[,] Compute(double[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var features = counts.GetLength(0);
        var samples = counts.GetLength(1);
        var lib = new double[samples];
        for (var i = 0; i < features; i++)
        {
            for (var j = 0; j < samples; j++)
            {
                lib[j] += counts[i, j];
            }
        }

        var result = new double[features, samples];
        for (var i = 0; i < features; i++)
        {
            for (var j = 0; j < samples; j++)
            {
                result[i, j] = Math.Log2((counts[i, j] + 0.5) / (lib[j] + 1) * 1e6);
            }
        }

        return result;
    }
}
