using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace OmicsBridge.Analytics.Survival;

/// <summary>Small numeric helpers shared by the survival estimators (R-compatible edge cases).</summary>
internal static class SurvivalMath
{
    /// <summary>Upper tail of the chi-square distribution, computed directly so tiny p-values keep their precision.</summary>
    public static double ChiSquareUpperTail(double statistic, int degreesOfFreedom)
    {
        if (double.IsNaN(statistic) || degreesOfFreedom <= 0)
        {
            return double.NaN;
        }

        return statistic <= 0 ? 1.0 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2.0);
    }

    /// <summary>Two-sided normal p-value for a z statistic, <c>2·pnorm(−|z|)</c>.</summary>
    public static double TwoSidedNormalP(double z) => double.IsNaN(z) ? double.NaN : 2.0 * Normal.CDF(0, 1, -Math.Abs(z));

    /// <summary>The normal quantile <c>qnorm(1 − (1 − level)/2)</c> used for two-sided intervals.</summary>
    public static double TwoSidedZ(double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must lie strictly between 0 and 1.");
        }

        return Normal.InvCDF(0, 1, 1 - ((1 - confidenceLevel) / 2));
    }

    /// <summary>
    /// Cholesky factorisation in place of a symmetric matrix stored row-major (lower triangle used), tolerant of
    /// singular columns as R's <c>cholesky2</c>: a pivot below <paramref name="tolerance"/> times the largest diagonal
    /// zeroes its column. Returns the rank.
    /// </summary>
    public static int Cholesky(double[] matrix, int n, double tolerance = 1e-9)
    {
        var eps = 0.0;
        for (var i = 0; i < n; i++)
        {
            eps = Math.Max(eps, Math.Abs(matrix[(i * n) + i]));
        }

        eps = eps == 0 ? tolerance : eps * tolerance;
        var rank = 0;
        for (var i = 0; i < n; i++)
        {
            var pivot = matrix[(i * n) + i];
            if (!double.IsFinite(pivot) || pivot < eps)
            {
                matrix[(i * n) + i] = 0;
                for (var j = i + 1; j < n; j++)
                {
                    matrix[(j * n) + i] = 0;
                }

                continue;
            }

            rank++;
            for (var j = i + 1; j < n; j++)
            {
                var temp = matrix[(j * n) + i] / pivot;
                matrix[(j * n) + i] = temp;
                matrix[(j * n) + j] -= temp * temp * pivot;
                for (var k = j + 1; k < n; k++)
                {
                    matrix[(k * n) + j] -= temp * matrix[(k * n) + i];
                }
            }
        }

        return rank;
    }

    /// <summary>Solves A·x = b in place using the factor from <see cref="Cholesky"/> (LDLᵀ form, as <c>chsolve2</c>).</summary>
    public static void CholeskySolve(double[] factor, int n, double[] b)
    {
        for (var i = 0; i < n; i++)
        {
            var temp = b[i];
            for (var j = 0; j < i; j++)
            {
                temp -= b[j] * factor[(i * n) + j];
            }

            b[i] = temp;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var diag = factor[(i * n) + i];
            if (diag == 0)
            {
                b[i] = 0;
                continue;
            }

            var temp = b[i] / diag;
            for (var j = i + 1; j < n; j++)
            {
                temp -= b[j] * factor[(j * n) + i];
            }

            b[i] = temp;
        }
    }

    /// <summary>The inverse of a symmetric matrix via <see cref="Cholesky"/>; singular directions get zero rows and columns.</summary>
    public static double[] InverseSymmetric(double[] matrix, int n, out int rank)
    {
        var factor = (double[])matrix.Clone();
        rank = Cholesky(factor, n);
        var inverse = new double[n * n];
        var column = new double[n];
        for (var c = 0; c < n; c++)
        {
            Array.Clear(column);
            column[c] = 1;
            CholeskySolve(factor, n, column);
            for (var r = 0; r < n; r++)
            {
                inverse[(r * n) + c] = column[r];
            }
        }

        for (var i = 0; i < n; i++)
        {
            if (factor[(i * n) + i] == 0)
            {
                for (var j = 0; j < n; j++)
                {
                    inverse[(i * n) + j] = 0;
                    inverse[(j * n) + i] = 0;
                }
            }
        }

        return inverse;
    }

    /// <summary>The quadratic form bᵀA⁻¹b for a symmetric A (as <c>sum(solve(A, b) * b)</c>).</summary>
    public static double QuadraticFormInverse(double[] matrix, int n, double[] b)
    {
        var factor = (double[])matrix.Clone();
        Cholesky(factor, n);
        var x = (double[])b.Clone();
        CholeskySolve(factor, n, x);
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            sum += x[i] * b[i];
        }

        return sum;
    }
}
