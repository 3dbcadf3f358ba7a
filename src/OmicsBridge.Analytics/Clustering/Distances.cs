namespace OmicsBridge.Analytics.Clustering;

/// <summary>Pairwise distances between the rows of an observations × variables matrix (R's <c>as.matrix(dist(x))</c>).</summary>
public static class Distances
{
    public static double[,] Euclidean(double[,] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.GetLength(0);
        var p = data.GetLength(1);
        var d = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var s = 0.0;
                for (var c = 0; c < p; c++)
                {
                    var diff = data[i, c] - data[j, c];
                    s += diff * diff;
                }

                d[i, j] = d[j, i] = Math.Sqrt(s);
            }
        }

        return d;
    }

    /// <summary>1 - Pearson correlation between rows (ConsensusClusterPlus's default <c>distance = "pearson"</c>).</summary>
    public static double[,] Pearson(double[,] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.GetLength(0);
        var p = data.GetLength(1);
        var centred = new double[n, p];
        var norms = new double[n];
        for (var i = 0; i < n; i++)
        {
            var mean = 0.0;
            for (var c = 0; c < p; c++)
            {
                mean += data[i, c];
            }

            mean /= p;
            for (var c = 0; c < p; c++)
            {
                centred[i, c] = data[i, c] - mean;
                norms[i] += centred[i, c] * centred[i, c];
            }

            norms[i] = Math.Sqrt(norms[i]);
        }

        var d = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var s = 0.0;
                for (var c = 0; c < p; c++)
                {
                    s += centred[i, c] * centred[j, c];
                }

                d[i, j] = d[j, i] = 1 - s / (norms[i] * norms[j]);
            }
        }

        return d;
    }
}
