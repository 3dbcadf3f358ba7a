namespace OmicsBridge.Analytics.BatchCorrection;

/// <summary>The empirical Bayes posteriors of sva's <c>it.sol</c> and <c>int.eprior</c> for one batch.</summary>
internal static class ComBatPosterior
{
    private const int MaxIterations = 10_000;

    /// <summary>sva <c>it.sol</c>; returns the iteration count.</summary>
    /// <remarks>
    /// <c>sum2 = Σ(x - g.new)²</c> is rebuilt from the within-batch sum of squares about the batch mean
    /// (<c>gamma.hat</c>) as <c>within + n (gamma.hat - g.new)²</c>, so one step costs O(G) rather than O(G n).
    /// The stopping rule is sva's: <c>max(|Δg| / g.old, |Δd| / d.old)</c> with the signed denominators, over every
    /// feature at once, so the iteration count (and hence every value) matches sva.
    /// </remarks>
    public static int Iterate(
        ReadOnlySpan<double> gammaHat, ReadOnlySpan<double> deltaHat, ReadOnlySpan<double> within, int n,
        double gammaBar, double t2, double a, double b, double conv, Span<double> gammaStar, Span<double> deltaStar)
    {
        var g = gammaHat.Length;
        gammaHat.CopyTo(gammaStar);
        deltaHat.CopyTo(deltaStar);
        var count = 0;
        var change = 1.0;
        while (change > conv && count < MaxIterations)
        {
            change = double.NegativeInfinity;
            for (var r = 0; r < g; r++)
            {
                var gOld = gammaStar[r];
                var dOld = deltaStar[r];
                var gNew = ComBat.PosteriorMean(gammaHat[r], gammaBar, n, dOld, t2);
                var diff = gammaHat[r] - gNew;
                var sum2 = within[r] + n * diff * diff;
                var dNew = (0.5 * sum2 + b) / (n / 2.0 + a - 1);
                change = Math.Max(change, Math.Max(Math.Abs(gNew - gOld) / gOld, Math.Abs(dNew - dOld) / dOld));
                gammaStar[r] = gNew;
                deltaStar[r] = dNew;
            }

            count++;
        }

        return count;
    }

    /// <summary>sva <c>int.eprior</c>: each feature's posterior averages the other features' estimates, weighted by likelihood.</summary>
    public static void NonParametric(
        ReadOnlySpan<double> standardised, int[] keep, int samples, int[] members, ReadOnlySpan<double> gammaHat, ReadOnlySpan<double> deltaHat,
        bool meanOnly, Span<double> gammaStar, Span<double> deltaStar)
    {
        var g = gammaHat.Length;
        var n = members.Length;
        var logNorm = new double[g];
        for (var k = 0; k < g; k++)
        {
            logNorm[k] = -0.5 * n * Math.Log(2 * Math.PI * deltaHat[k]);
        }

        var logLh = new double[g];
        for (var r = 0; r < g; r++)
        {
            var row = standardised.Slice(keep[r] * samples, samples);
            var sum = 0.0;
            foreach (var j in members)
            {
                sum += row[j];
            }

            var mean = sum / n;
            var within = 0.0;
            foreach (var j in members)
            {
                var d = row[j] - mean;
                within += d * d;
            }

            var max = double.NegativeInfinity;
            for (var k = 0; k < g; k++)
            {
                if (k == r)
                {
                    continue;
                }

                var diff = mean - gammaHat[k];
                var sum2 = within + n * diff * diff;
                var l = logNorm[k] - sum2 / (2 * deltaHat[k]);
                logLh[k] = l;
                max = Math.Max(max, l);
            }

            double weight = 0, gNum = 0, dNum = 0;
            for (var k = 0; k < g; k++)
            {
                if (k == r)
                {
                    continue;
                }

                var w = Math.Exp(logLh[k] - max);
                weight += w;
                gNum += gammaHat[k] * w;
                dNum += deltaHat[k] * w;
            }

            gammaStar[r] = gNum / weight;
            deltaStar[r] = meanOnly ? 1.0 : dNum / weight;
        }
    }
}
