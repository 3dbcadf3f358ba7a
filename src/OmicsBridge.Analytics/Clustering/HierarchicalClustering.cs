using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Agglomerative hierarchical clustering, as R's <c>hclust</c>, from a full distance matrix.</summary>
/// <remarks>
/// Lance–Williams updates on an n × n matrix: O(n²) memory and O(n³) time, fine to a few thousand observations.
/// The pair merged at each step is the closest; exact ties go to the pair found first in row-major order, which may
/// pick a different (equally valid) tree than R's nearest-neighbour chain when distances tie.
/// </remarks>
public static class HierarchicalClustering
{
    public static Dendrogram Cluster(double[,] distances, Linkage linkage)
    {
        ArgumentNullException.ThrowIfNull(distances);
        var n = distances.GetLength(0);
        if (n < 2 || distances.GetLength(1) != n)
        {
            throw OmicsBridgeException.InvalidInput("HierarchicalClustering.Cluster requires a square distance matrix of 2+ observations.");
        }

        var squared = linkage == Linkage.WardD2;
        var d = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = squared ? distances[i, j] * distances[i, j] : distances[i, j];
            }
        }

        var active = Enumerable.Repeat(true, n).ToArray();
        var size = Enumerable.Repeat(1, n).ToArray();
        var id = Enumerable.Range(1, n).Select(i => -i).ToArray(); // R label of the cluster held in slot i
        var merge = new int[n - 1, 2];
        var heights = new double[n - 1];
        for (var step = 0; step < n - 1; step++)
        {
            int bi = -1, bj = -1;
            var best = double.PositiveInfinity;
            for (var i = 0; i < n; i++)
            {
                if (!active[i])
                {
                    continue;
                }

                for (var j = i + 1; j < n; j++)
                {
                    if (active[j] && d[i, j] < best)
                    {
                        best = d[i, j];
                        bi = i;
                        bj = j;
                    }
                }
            }

            heights[step] = squared ? Math.Sqrt(best) : best;
            var (left, right) = Order(id[bi], id[bj]);
            merge[step, 0] = left;
            merge[step, 1] = right;

            for (var k = 0; k < n; k++)
            {
                if (!active[k] || k == bi || k == bj)
                {
                    continue;
                }

                var updated = linkage switch
                {
                    Linkage.Complete => Math.Max(d[bi, k], d[bj, k]),
                    Linkage.Single => Math.Min(d[bi, k], d[bj, k]),
                    Linkage.Average => (size[bi] * d[bi, k] + size[bj] * d[bj, k]) / (size[bi] + size[bj]),
                    _ => ((size[bi] + size[k]) * d[bi, k] + (size[bj] + size[k]) * d[bj, k] - size[k] * best)
                         / (size[bi] + size[bj] + size[k]),
                };
                d[bi, k] = d[k, bi] = updated;
            }

            size[bi] += size[bj];
            active[bj] = false;
            id[bi] = step + 1;
        }

        return new Dendrogram(merge, heights, LeafOrder(merge, n));
    }

    // Singletons first (the smaller observation first when both are), then the earlier cluster: R's hcass2.
    private static (int, int) Order(int a, int b)
    {
        if (a < 0 && b < 0)
        {
            return a > b ? (a, b) : (b, a);
        }

        if (a < 0 || b < 0)
        {
            return a < 0 ? (a, b) : (b, a);
        }

        return a < b ? (a, b) : (b, a);
    }

    private static int[] LeafOrder(int[,] merge, int n)
    {
        var order = new List<int>(n);
        var stack = new Stack<int>();
        stack.Push(n - 1);
        while (stack.Count > 0)
        {
            var entry = stack.Pop();
            if (entry < 0)
            {
                order.Add(-entry);
                continue;
            }

            stack.Push(merge[entry - 1, 1]);
            stack.Push(merge[entry - 1, 0]);
        }

        return [.. order];
    }
}
