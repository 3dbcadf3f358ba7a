namespace OmicsBridge.Analytics.Clustering;

/// <summary>A hierarchical clustering laid out as R's <c>hclust</c> object.</summary>
/// <param name="Merge">(n - 1) × 2: at step i, a negative entry -j is observation j (1-based), a positive one the
/// cluster formed at that step; singletons come first, then the lower-numbered cluster (R's convention).</param>
/// <param name="Heights">Merge heights, non-decreasing for these linkages.</param>
/// <param name="Order">Leaf order for plotting, 1-based (R's <c>order</c>).</param>
public sealed record Dendrogram(int[,] Merge, double[] Heights, int[] Order)
{
    /// <summary>Cuts into <paramref name="k"/> groups, numbered by first appearance as R's <c>cutree</c> (1-based).</summary>
    public int[] Cut(int k)
    {
        var n = Heights.Length + 1;
        if (k < 1 || k > n)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, "k must be between 1 and the number of observations.");
        }

        // Apply the first n - k merges with a union-find; the remaining clusters are the groups.
        var parent = Enumerable.Range(0, n).ToArray();
        var clusterLeaf = new int[n - 1];
        for (var step = 0; step < n - k; step++)
        {
            var a = Leaf(Merge[step, 0], clusterLeaf);
            var b = Leaf(Merge[step, 1], clusterLeaf);
            var ra = Find(parent, a);
            var rb = Find(parent, b);
            parent[rb] = ra;
            clusterLeaf[step] = ra;
        }

        var label = new Dictionary<int, int>();
        var result = new int[n];
        for (var i = 0; i < n; i++)
        {
            var root = Find(parent, i);
            if (!label.TryGetValue(root, out var l))
            {
                l = label.Count + 1;
                label[root] = l;
            }

            result[i] = l;
        }

        return result;
    }

    private static int Leaf(int entry, int[] clusterLeaf) => entry < 0 ? -entry - 1 : clusterLeaf[entry - 1];

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
