using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// The G-rho family of tests, as R's <c>survdiff(Surv(time, event) ~ group, rho = )</c>: rho = 0 is the log-rank test,
/// rho = 1 the Peto–Peto modification of Gehan–Wilcoxon. Weights are the pooled left-continuous Kaplan–Meier raised to
/// rho, computed within each stratum.
/// </summary>
public static class LogRankTest
{
    public static LogRankResult Compute(
        ReadOnlySpan<double> time,
        ReadOnlySpan<bool> events,
        IReadOnlyList<string> groups,
        double rho = 0,
        IReadOnlyList<string>? strata = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        SurvivalInput.Validate(time, events, default);
        if (groups.Count != time.Length || (strata is not null && strata.Count != time.Length))
        {
            throw OmicsBridgeException.InvalidInput("The group and strata columns must have one value per row.");
        }

        var (levels, codes) = SurvivalInput.Factor(groups);
        return Compute(time, events, levels, codes, rho, strata);
    }

    private static LogRankResult Compute(
        ReadOnlySpan<double> time,
        ReadOnlySpan<bool> events,
        IReadOnlyList<string> levels,
        int[] codes,
        double rho,
        IReadOnlyList<string>? strata)
    {
        var n = time.Length;
        var k = levels.Count;
        if (k < 2)
        {
            throw OmicsBridgeException.InvalidInput("The log-rank test needs at least two groups; there is only one.");
        }

        int[] strataCodes;
        int strataCount;
        if (strata is null)
        {
            strataCodes = new int[n];
            strataCount = 1;
        }
        else
        {
            var (strataLevels, sc) = SurvivalInput.Factor(strata);
            strataCodes = sc;
            strataCount = strataLevels.Count;
        }

        var observed = new double[k];
        var expected = new double[k];
        var variance = new double[k, k];
        var size = new double[k];
        foreach (var c in codes)
        {
            size[c]++;
        }

        var rowsByStratum = SurvivalInput.SplitRows(strataCodes, strataCount);
        var atRisk = new double[k];
        var deathsByGroup = new double[k];
        foreach (var rows in rowsByStratum)
        {
            var sortedTime = new double[rows.Length];
            for (var i = 0; i < rows.Length; i++)
            {
                sortedTime[i] = time[rows[i]];
            }

            Array.Sort(sortedTime, rows);
            Array.Clear(atRisk);
            foreach (var r in rows)
            {
                atRisk[codes[r]]++;
            }

            double km = 1;
            double nRisk = rows.Length;
            var i0 = 0;
            while (i0 < rows.Length)
            {
                var t = sortedTime[i0];
                var i1 = i0;
                double deaths = 0;
                Array.Clear(deathsByGroup);
                while (i1 < rows.Length && sortedTime[i1] == t)
                {
                    if (events[rows[i1]])
                    {
                        deaths++;
                        deathsByGroup[codes[rows[i1]]]++;
                    }

                    i1++;
                }

                if (deaths > 0)
                {
                    var weight = rho == 0 ? 1.0 : Math.Pow(km, rho);
                    for (var g = 0; g < k; g++)
                    {
                        observed[g] += weight * deathsByGroup[g];
                        expected[g] += weight * deaths * atRisk[g] / nRisk;
                    }

                    if (nRisk > 1)
                    {
                        var factor = weight * weight * deaths * (nRisk - deaths) / (nRisk * nRisk * (nRisk - 1));
                        for (var g = 0; g < k; g++)
                        {
                            var common = factor * atRisk[g];
                            variance[g, g] += common * nRisk;
                            for (var h = 0; h < k; h++)
                            {
                                variance[g, h] -= common * atRisk[h];
                            }
                        }
                    }

                    km *= (nRisk - deaths) / nRisk;
                }

                for (var i = i0; i < i1; i++)
                {
                    atRisk[codes[rows[i]]]--;
                }

                nRisk -= i1 - i0;
                i0 = i1;
            }
        }

        return new LogRankResult(rho, levels, size, observed, expected, variance, ChiSquare(observed, expected, variance));
    }

    /// <summary>The test for a prepared <see cref="SurvivalData"/> with a group column (and its strata, if any).</summary>
    public static LogRankResult Compute(SurvivalData data, double rho = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Group is null)
        {
            throw OmicsBridgeException.Usage("A log-rank test needs a group column.");
        }

        if (data.Start is not null)
        {
            throw OmicsBridgeException.Usage("survdiff does not take (start, stop] data; use a Cox model score test instead.");
        }

        var (levels, codes) = data.GroupFactor!.Value;
        return Compute(data.Time, data.Event, levels, codes, rho, data.Strata);
    }

    // survdiff: drop groups with no expected events, drop the first remaining one, and solve.
    private static ChiSquareTest ChiSquare(double[] observed, double[] expected, double[,] variance)
    {
        var kept = Enumerable.Range(0, observed.Length).Where(g => expected[g] > 0).ToArray();
        if (kept.Length < 2)
        {
            return ChiSquareTest.Of(0, kept.Length - 1);
        }

        var m = kept.Length - 1;
        var v = new double[m * m];
        var diff = new double[m];
        for (var a = 0; a < m; a++)
        {
            diff[a] = observed[kept[a + 1]] - expected[kept[a + 1]];
            for (var b = 0; b < m; b++)
            {
                v[(a * m) + b] = variance[kept[a + 1], kept[b + 1]];
            }
        }

        return ChiSquareTest.Of(SurvivalMath.QuadraticFormInverse(v, m, diff), m);
    }
}
