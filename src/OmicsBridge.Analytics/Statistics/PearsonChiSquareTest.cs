using MathNet.Numerics;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Statistics;

/// <summary>Pearson's chi-square test of independence for an r × c count table, as R's <c>chisq.test</c>.</summary>
/// <remarks>
/// With <c>correct = true</c> (R's default) a 2 × 2 table gets Yates' continuity correction
/// <c>Σ (max(0, |O - E| - min(0.5, |O - E|)))² / E</c>; larger tables never do. A row or column of zeros gives an
/// expected count of zero and hence a NaN statistic, as in R.
/// </remarks>
public static class PearsonChiSquareTest
{
    /// <summary>The warning R prints when any expected count is below 5.</summary>
    public const string SmallExpectedWarning = "Chi-squared approximation may be incorrect";

    public static ChiSquareResult Test(double[,] table, bool correct = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.GetLength(0);
        var cols = table.GetLength(1);
        if (rows < 2 || cols < 2)
        {
            throw OmicsBridgeException.InvalidInput("PearsonChiSquareTest.Test requires at least 2 rows and 2 columns.");
        }

        var rowSums = new double[rows];
        var colSums = new double[cols];
        var total = 0.0;
        foreach (var v in table)
        {
            if (v < 0 || !double.IsFinite(v))
            {
                throw OmicsBridgeException.InvalidInput("PearsonChiSquareTest.Test requires finite, non-negative counts.");
            }
        }

        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                rowSums[i] += table[i, j];
                colSums[j] += table[i, j];
                total += table[i, j];
            }
        }

        var expected = new double[rows, cols];
        var yates = correct && rows == 2 && cols == 2;
        var small = false;
        var correction = 0.5; // R: YATES <- min(0.5, abs(x - E)), one number for the whole table
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                var e = rowSums[i] * colSums[j] / total;
                expected[i, j] = e;
                small |= e < 5;
                correction = Math.Min(correction, Math.Abs(table[i, j] - e));
            }
        }

        var statistic = 0.0;
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                var diff = Math.Abs(table[i, j] - expected[i, j]) - (yates ? correction : 0);
                statistic += diff * diff / expected[i, j];
            }
        }

        var df = (rows - 1) * (cols - 1);
        var p = double.IsNaN(statistic) ? double.NaN : SpecialFunctions.GammaUpperRegularized(df / 2.0, statistic / 2.0);
        return new ChiSquareResult(statistic, df, p, expected, yates, small ? SmallExpectedWarning : null);
    }
}
