using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Clustering;

/// <summary>k-means by Lloyd's algorithm with k-means++ seeding (Arthur and Vassilvitskii 2007).</summary>
/// <remarks>
/// Lloyd, not R's default Hartigan–Wong: it reaches a local optimum where no point is closer to another centre,
/// which Hartigan–Wong may improve on; with several starts (<c>starts</c>) the best total within-cluster sum of
/// squares is kept, as R's <c>nstart</c>. Results are reproducible for a given seed. An emptied cluster keeps its old centre.
/// </remarks>
public static class KMeans
{
    public static KMeansResult Fit(double[,] data, int k, int seed = 1, int starts = 10, int maxIterations = 100)
    {
        ArgumentNullException.ThrowIfNull(data);
        var n = data.GetLength(0);
        if (k < 1 || k > n)
        {
            throw OmicsBridgeException.InvalidInput($"KMeans.Fit requires 1 <= k <= observations ({n}); got k = {k}.");
        }

        var random = new Random(seed);
        KMeansResult? best = null;
        for (var s = 0; s < Math.Max(1, starts); s++)
        {
            var result = Run(data, k, random, maxIterations);
            if (best is null || result.TotalWithinSumOfSquares < best.TotalWithinSumOfSquares - 1e-12)
            {
                best = result;
            }
        }

        return best!;
    }

    private static KMeansResult Run(double[,] x, int k, Random random, int maxIterations)
    {
        var n = x.GetLength(0);
        var p = x.GetLength(1);
        var centers = PlusPlus(x, k, random);
        var labels = new int[n];
        Array.Fill(labels, -1);
        var iterations = 0;
        var changed = true;
        while (changed && iterations < maxIterations)
        {
            changed = false;
            iterations++;
            for (var i = 0; i < n; i++)
            {
                var nearest = Nearest(x, i, centers, out _);
                if (nearest != labels[i])
                {
                    labels[i] = nearest;
                    changed = true;
                }
            }

            var sums = new double[k, p];
            var counts = new int[k];
            for (var i = 0; i < n; i++)
            {
                counts[labels[i]]++;
                for (var j = 0; j < p; j++)
                {
                    sums[labels[i], j] += x[i, j];
                }
            }

            for (var c = 0; c < k; c++)
            {
                if (counts[c] == 0)
                {
                    continue;
                }

                for (var j = 0; j < p; j++)
                {
                    centers[c, j] = sums[c, j] / counts[c];
                }
            }
        }

        var withinss = new double[k];
        for (var i = 0; i < n; i++)
        {
            withinss[labels[i]] += SquaredDistance(x, i, centers, labels[i]);
        }

        return new KMeansResult(labels.Select(l => l + 1).ToArray(), centers, withinss, withinss.Sum(), iterations);
    }

    private static double[,] PlusPlus(double[,] x, int k, Random random)
    {
        var n = x.GetLength(0);
        var p = x.GetLength(1);
        var centers = new double[k, p];
        var first = random.Next(n);
        for (var j = 0; j < p; j++)
        {
            centers[0, j] = x[first, j];
        }

        var d2 = new double[n];
        for (var c = 1; c < k; c++)
        {
            var total = 0.0;
            for (var i = 0; i < n; i++)
            {
                var best = double.PositiveInfinity;
                for (var m = 0; m < c; m++)
                {
                    best = Math.Min(best, SquaredDistance(x, i, centers, m));
                }

                d2[i] = best;
                total += best;
            }

            var target = random.NextDouble() * total;
            var chosen = n - 1;
            for (var i = 0; i < n; i++)
            {
                target -= d2[i];
                if (target <= 0 && d2[i] > 0)
                {
                    chosen = i;
                    break;
                }
            }

            for (var j = 0; j < p; j++)
            {
                centers[c, j] = x[chosen, j];
            }
        }

        return centers;
    }

    private static int Nearest(double[,] x, int i, double[,] centers, out double distance)
    {
        var best = 0;
        distance = double.PositiveInfinity;
        for (var c = 0; c < centers.GetLength(0); c++)
        {
            var d = SquaredDistance(x, i, centers, c);
            if (d < distance)
            {
                distance = d;
                best = c;
            }
        }

        return best;
    }

    private static double SquaredDistance(double[,] x, int i, double[,] centers, int c)
    {
        var s = 0.0;
        for (var j = 0; j < x.GetLength(1); j++)
        {
            var d = x[i, j] - centers[c, j];
            s += d * d;
        }

        return s;
    }
}
