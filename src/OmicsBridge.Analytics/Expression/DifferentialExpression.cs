using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Expression;

/// <summary>Runs a two-group test on every feature of a features × samples matrix and adjusts for multiple testing.</summary>
/// <remarks>NaN values are dropped per feature before testing. For RNA-seq counts prefer
/// <see cref="ModeratedTTest"/> on <see cref="LogCpm.Compute"/>, which borrows variance information across features.</remarks>
public static class DifferentialExpression
{
    /// <param name="data">Features × samples, usually log-scale.</param>
    /// <param name="isCase">Per sample: true for the case group, false for the reference group.</param>
    /// <param name="test">Welch's t or the Wilcoxon rank-sum test.</param>
    public static DifferentialExpressionResult Compare(double[,] data, IReadOnlyList<bool> isCase, TwoGroupTest test)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(isCase);
        var features = data.GetLength(0);
        var samples = data.GetLength(1);
        if (isCase.Count != samples)
        {
            throw OmicsBridgeException.InvalidInput($"DifferentialExpression.Compare requires one group flag per sample; found {isCase.Count} for {samples} samples.");
        }

        var difference = new double[features];
        var statistic = new double[features];
        var p = new double[features];
        var caseValues = new List<double>(samples);
        var referenceValues = new List<double>(samples);
        for (var g = 0; g < features; g++)
        {
            caseValues.Clear();
            referenceValues.Clear();
            for (var j = 0; j < samples; j++)
            {
                var v = data[g, j];
                if (!double.IsNaN(v))
                {
                    (isCase[j] ? caseValues : referenceValues).Add(v);
                }
            }

            var x = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(caseValues);
            var y = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(referenceValues);
            var result = test == TwoGroupTest.Welch ? WelchTTest.Test(x, y) : WilcoxonRankSumTest.Test(x, y);
            difference[g] = x.Length > 0 && y.Length > 0 ? caseValues.Average() - referenceValues.Average() : double.NaN;
            statistic[g] = result.Statistic;
            p[g] = result.PValue;
        }

        return new DifferentialExpressionResult(difference, statistic, p, BenjaminiHochberg.Adjust(p));
    }
}
