using System.Globalization;
using MathNet.Numerics;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Statistics;

/// <summary>Fisher's exact test for count tables, as R's <c>fisher.test</c> (two-sided).</summary>
/// <remarks>
/// <para>2 × 2: the p-value, the conditional MLE of the odds ratio and its exact confidence interval follow
/// <c>fisher.test</c>'s own code (the noncentral hypergeometric <c>dnhyper</c>, <c>mnhyper</c>, <c>pnhyper</c>),
/// and the roots are found with a port of R's <c>uniroot</c> at R's default tolerance, so estimates match R to
/// about 1e-10 rather than to uniroot's tolerance.</para>
/// <para>r × c: the p-value is found by enumerating every table with the observed margins, which is exact but
/// grows quickly; the enumeration stops with an error after <see cref="DefaultMaxTables"/> tables (R uses the
/// network algorithm of Mehta and Patel, which reaches larger tables). No odds ratio is given.</para>
/// </remarks>
public static class FisherExactTest
{
    /// <summary>Tables an r × c test may enumerate before it gives up (about a second of work).</summary>
    public const long DefaultMaxTables = 20_000_000;

    private const double RelErr = 1 + 1e-7;

    /// <summary>Tests the 2 × 2 table [[a, b], [c, d]] (rows then columns).</summary>
    public static FisherExactResult TwoByTwo(int a, int b, int c, int d, double confidenceLevel = 0.95)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw OmicsBridgeException.InvalidInput("FisherExactTest.TwoByTwo requires non-negative counts.");
        }

        var model = new NoncentralHypergeometric(a, a + c, b + d, a + b);
        var pValue = model.TwoSidedP();
        var alpha = (1 - confidenceLevel) / 2;
        return new FisherExactResult(pValue, model.Mle(), model.LowerLimit(alpha), model.UpperLimit(alpha), 0);
    }

    /// <summary>Tests an r × c table (rows × columns); a 2 × 2 table also gets the odds ratio and its interval.</summary>
    public static FisherExactResult Test(int[,] table, long maxTables = DefaultMaxTables)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.GetLength(0);
        var cols = table.GetLength(1);
        if (rows < 2 || cols < 2)
        {
            throw OmicsBridgeException.InvalidInput("FisherExactTest.Test requires at least 2 rows and 2 columns.");
        }

        if (rows == 2 && cols == 2)
        {
            return TwoByTwo(table[0, 0], table[0, 1], table[1, 0], table[1, 1]);
        }

        var rowSums = new int[rows];
        var colSums = new int[cols];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < cols; j++)
            {
                if (table[i, j] < 0)
                {
                    throw OmicsBridgeException.InvalidInput("FisherExactTest.Test requires non-negative counts.");
                }

                rowSums[i] += table[i, j];
                colSums[j] += table[i, j];
            }
        }

        var enumerator = new TableEnumerator(rowSums, colSums, maxTables);
        var observed = enumerator.LogProbability(table);
        var (p, count) = enumerator.SumNoMoreLikely(observed + Math.Log(RelErr));
        return new FisherExactResult(Math.Min(1, p), double.NaN, double.NaN, double.NaN, count);
    }

    /// <summary>fisher.test's noncentral hypergeometric over the support of the [0,0] cell.</summary>
    private sealed class NoncentralHypergeometric
    {
        private readonly int _x;
        private readonly int _lo;
        private readonly int _hi;
        private readonly double[] _logdc;

        public NoncentralHypergeometric(int x, int m, int n, int k)
        {
            _x = x;
            _lo = Math.Max(0, k - n);
            _hi = Math.Min(k, m);
            _logdc = new double[_hi - _lo + 1];
            for (var s = _lo; s <= _hi; s++)
            {
                _logdc[s - _lo] = SpecialFunctions.BinomialLn(m, s) + SpecialFunctions.BinomialLn(n, k - s) - SpecialFunctions.BinomialLn(m + n, k);
            }
        }

        public double TwoSidedP()
        {
            var d = Density(1);
            var cut = d[_x - _lo] * RelErr;
            return Math.Min(1, d.Where(v => v <= cut).Sum());
        }

        public double Mle()
        {
            if (_x == _lo)
            {
                return 0;
            }

            if (_x == _hi)
            {
                return double.PositiveInfinity;
            }

            var mu = Mean(1);
            if (mu > _x)
            {
                return RootFinder.Uniroot(t => Mean(t) - _x, 0, 1);
            }

            return mu < _x ? 1 / RootFinder.Uniroot(t => Mean(1 / t) - _x, 2.220446049250313e-16, 1) : 1;
        }

        public double UpperLimit(double alpha)
        {
            if (_x == _hi)
            {
                return double.PositiveInfinity;
            }

            var p = Cdf(_x, 1, upperTail: false);
            if (p < alpha)
            {
                return RootFinder.Uniroot(t => Cdf(_x, t, false) - alpha, 0, 1);
            }

            return p > alpha ? 1 / RootFinder.Uniroot(t => Cdf(_x, 1 / t, false) - alpha, 2.220446049250313e-16, 1) : 1;
        }

        public double LowerLimit(double alpha)
        {
            if (_x == _lo)
            {
                return 0;
            }

            var p = Cdf(_x, 1, upperTail: true);
            if (p > alpha)
            {
                return RootFinder.Uniroot(t => Cdf(_x, t, true) - alpha, 0, 1);
            }

            return p < alpha ? 1 / RootFinder.Uniroot(t => Cdf(_x, 1 / t, true) - alpha, 2.220446049250313e-16, 1) : 1;
        }

        private double[] Density(double ncp)
        {
            var d = new double[_logdc.Length];
            var max = double.NegativeInfinity;
            var logNcp = Math.Log(ncp);
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = _logdc[i] + logNcp * (_lo + i);
                max = Math.Max(max, d[i]);
            }

            var sum = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = Math.Exp(d[i] - max);
                sum += d[i];
            }

            for (var i = 0; i < d.Length; i++)
            {
                d[i] /= sum;
            }

            return d;
        }

        private double Mean(double ncp)
        {
            if (ncp == 0)
            {
                return _lo;
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return _hi;
            }

            var d = Density(ncp);
            var mean = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                mean += (_lo + i) * d[i];
            }

            return mean;
        }

        private double Cdf(int q, double ncp, bool upperTail)
        {
            if (ncp == 0)
            {
                return upperTail ? (q <= _lo ? 1 : 0) : (q >= _lo ? 1 : 0);
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return upperTail ? (q <= _hi ? 1 : 0) : (q >= _hi ? 1 : 0);
            }

            var d = Density(ncp);
            var sum = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                var s = _lo + i;
                if (upperTail ? s >= q : s <= q)
                {
                    sum += d[i];
                }
            }

            return sum;
        }
    }

    /// <summary>Enumerates r × c tables with fixed margins, column by column.</summary>
    private sealed class TableEnumerator
    {
        private readonly int[] _rowSums;
        private readonly int[] _colSums;
        private readonly long _maxTables;
        private readonly double _logConstant;
        private readonly double[] _logFactorial;
        private readonly int[] _remaining;
        private double _cutoff;
        private double _sum;
        private long _count;

        public TableEnumerator(int[] rowSums, int[] colSums, long maxTables)
        {
            _rowSums = rowSums;
            _colSums = colSums;
            _maxTables = maxTables;
            var total = rowSums.Sum();
            _logFactorial = new double[total + 1];
            for (var i = 2; i <= total; i++)
            {
                _logFactorial[i] = _logFactorial[i - 1] + Math.Log(i);
            }

            _logConstant = rowSums.Sum(r => _logFactorial[r]) + colSums.Sum(c => _logFactorial[c]) - _logFactorial[total];
            _remaining = (int[])rowSums.Clone();
        }

        public double LogProbability(int[,] table)
        {
            var lp = _logConstant;
            foreach (var v in table)
            {
                lp -= _logFactorial[v];
            }

            return lp;
        }

        public (double Sum, long Count) SumNoMoreLikely(double logCutoff)
        {
            _cutoff = logCutoff;
            _sum = 0;
            _count = 0;
            Column(0, _logConstant);
            return (_sum, _count);
        }

        private void Column(int col, double logP)
        {
            if (col == _colSums.Length - 1)
            {
                // The last column is forced by the remaining row totals.
                var lp = logP;
                foreach (var r in _remaining)
                {
                    lp -= _logFactorial[r];
                }

                if (++_count > _maxTables)
                {
                    throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                        $"FisherExactTest.Test stopped after {_maxTables} tables; the table is too large for exact enumeration (use the chi-square test)."));
                }

                if (lp <= _cutoff)
                {
                    _sum += Math.Exp(lp);
                }

                return;
            }

            Cell(col, 0, _colSums[col], logP);
        }

        private void Cell(int col, int row, int left, double logP)
        {
            if (row == _rowSums.Length - 1)
            {
                if (left > _remaining[row])
                {
                    return;
                }

                _remaining[row] -= left;
                Column(col + 1, logP - _logFactorial[left]);
                _remaining[row] += left;
                return;
            }

            // What later rows of this column can still absorb bounds this cell from below.
            var capacityBelow = 0;
            for (var r = row + 1; r < _rowSums.Length; r++)
            {
                capacityBelow += _remaining[r];
            }

            var min = Math.Max(0, left - capacityBelow);
            var max = Math.Min(left, _remaining[row]);
            for (var v = min; v <= max; v++)
            {
                _remaining[row] -= v;
                Cell(col, row + 1, left - v, logP - _logFactorial[v]);
                _remaining[row] += v;
            }
        }
    }
}
