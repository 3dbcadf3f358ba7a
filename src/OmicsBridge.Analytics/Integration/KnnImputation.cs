using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Integration;

/// <summary>k-nearest-neighbour imputation of missing values within one modality (rows are observations).</summary>
/// <remarks>
/// For each row with a missing value, distances to the other rows are root-mean-square differences over the columns
/// both observe (so rows with different missing sets stay comparable, as <c>impute::impute.knn</c> does); a missing
/// cell is the mean of that column over the <c>k</c> nearest rows that observe it. Rows sharing no observed column
/// are never neighbours; a cell no neighbour can fill gets the column mean, and a column with no value at all stays NaN.
/// Cost O(n² p) for n rows with gaps, fine for cohort-sized modalities.
/// </remarks>
public static class KnnImputation
{
    /// <returns>A new matrix; the input is not changed.</returns>
    public static double[,] Impute(double[,] data, int k = 10)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (k < 1)
        {
            throw OmicsBridgeException.InvalidInput($"KnnImputation.Impute requires k >= 1; got {k}.");
        }

        var n = data.GetLength(0);
        var p = data.GetLength(1);
        var result = (double[,])data.Clone();
        var columnMeans = new double[p];
        for (var j = 0; j < p; j++)
        {
            double sum = 0;
            var count = 0;
            for (var i = 0; i < n; i++)
            {
                if (!double.IsNaN(data[i, j]))
                {
                    sum += data[i, j];
                    count++;
                }
            }

            columnMeans[j] = count == 0 ? double.NaN : sum / count;
        }

        var distances = new (double Distance, int Row)[n];
        for (var i = 0; i < n; i++)
        {
            if (!RowHasGap(data, i, p))
            {
                continue;
            }

            var found = 0;
            for (var other = 0; other < n; other++)
            {
                if (other == i)
                {
                    continue;
                }

                double sum = 0;
                var shared = 0;
                for (var j = 0; j < p; j++)
                {
                    var a = data[i, j];
                    var b = data[other, j];
                    if (!double.IsNaN(a) && !double.IsNaN(b))
                    {
                        sum += (a - b) * (a - b);
                        shared++;
                    }
                }

                if (shared > 0)
                {
                    distances[found++] = (Math.Sqrt(sum / shared), other);
                }
            }

            var neighbours = distances.AsSpan(0, found);
            neighbours.Sort((x, y) => x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance) : x.Row.CompareTo(y.Row));
            for (var j = 0; j < p; j++)
            {
                if (!double.IsNaN(data[i, j]))
                {
                    continue;
                }

                double sum = 0;
                var used = 0;
                foreach (var (_, row) in neighbours)
                {
                    if (double.IsNaN(data[row, j]))
                    {
                        continue;
                    }

                    sum += data[row, j];
                    if (++used == k)
                    {
                        break;
                    }
                }

                result[i, j] = used == 0 ? columnMeans[j] : sum / used;
            }
        }

        return result;
    }

    private static bool RowHasGap(double[,] data, int row, int p)
    {
        for (var j = 0; j < p; j++)
        {
            if (double.IsNaN(data[row, j]))
            {
                return true;
            }
        }

        return false;
    }
}
