using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.BatchCorrection;

/// <summary>Builds sva's <c>cbind(batchmod, mod)</c> design with the intercept dropped.</summary>
internal static class ComBatDesign
{
    public static Matrix<double> Build(int[] batchOf, int nBatch, IReadOnlyList<ComBatCovariate> covariates, int samples)
    {
        var columns = new List<double[]>();
        for (var b = 0; b < nBatch; b++)
        {
            var col = new double[samples];
            for (var j = 0; j < samples; j++)
            {
                col[j] = batchOf[j] == b ? 1 : 0;
            }

            columns.Add(col);
        }

        foreach (var covariate in covariates)
        {
            if (covariate.Count != samples)
            {
                throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                    $"ComBat covariate '{covariate.Name}' has {covariate.Count} values for {samples} samples."));
            }

            if (covariate.NumericValues is { } numeric)
            {
                var col = numeric.ToArray();
                if (col.Any(v => !double.IsFinite(v)))
                {
                    throw OmicsBridgeException.InvalidInput($"ComBat covariate '{covariate.Name}' has a missing or infinite value.");
                }

                // sva drops any all-ones column as the intercept, whatever its origin.
                if (!col.All(v => v == 1))
                {
                    columns.Add(col);
                }

                continue;
            }

            var values = covariate.CategoricalValues!;
            var levels = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            for (var l = 1; l < levels.Length; l++)
            {
                var col = new double[samples];
                for (var j = 0; j < samples; j++)
                {
                    col[j] = string.Equals(values[j], levels[l], StringComparison.Ordinal) ? 1 : 0;
                }

                columns.Add(col);
            }
        }

        var design = Matrix<double>.Build.DenseOfColumnArrays(columns);
        if (design.Rank() < design.ColumnCount)
        {
            throw OmicsBridgeException.InvalidInput("ComBat.Adjust: the covariates are confounded with batch (the design is not of full rank).");
        }

        return design;
    }
}
