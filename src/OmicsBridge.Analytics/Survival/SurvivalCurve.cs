namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// A Kaplan–Meier curve as R's <c>survfit</c> returns it: one entry per distinct (stop) time, including times with
/// only censoring. <see cref="StandardError"/> is R's <c>std.err</c>: the Greenwood standard error of the cumulative
/// hazard (−log S), infinite once everyone at risk has died. Limits are <see cref="double.NaN"/> where R gives NA.
/// </summary>
public sealed class SurvivalCurve
{
    internal SurvivalCurve(
        string? label,
        int n,
        double[] time,
        double[] numberAtRisk,
        double[] numberEvents,
        double[] numberCensored,
        double[] survival,
        double[] standardError,
        KaplanMeierOptions options)
    {
        Label = label;
        N = n;
        Time = time;
        NumberAtRisk = numberAtRisk;
        NumberEvents = numberEvents;
        NumberCensored = numberCensored;
        Survival = survival;
        StandardError = standardError;
        ConfidenceType = options.ConfidenceType;
        ConfidenceLevel = options.ConfidenceLevel;
        (Lower, Upper) = ConfidenceLimits(survival, standardError, options);
        Events = numberEvents.Sum();
    }

    /// <summary>The group this curve describes, or null for a single curve.</summary>
    public string? Label { get; }

    /// <summary>Number of observations (rows) used.</summary>
    public int N { get; }

    /// <summary>Total number of events.</summary>
    public double Events { get; }

    public IReadOnlyList<double> Time { get; }

    public IReadOnlyList<double> NumberAtRisk { get; }

    public IReadOnlyList<double> NumberEvents { get; }

    public IReadOnlyList<double> NumberCensored { get; }

    public IReadOnlyList<double> Survival { get; }

    /// <summary>Standard error of the cumulative hazard, as <c>survfit()$std.err</c>.</summary>
    public IReadOnlyList<double> StandardError { get; }

    public IReadOnlyList<double> Lower { get; }

    public IReadOnlyList<double> Upper { get; }

    public ConfidenceIntervalType ConfidenceType { get; }

    public double ConfidenceLevel { get; }

    /// <summary>The median survival time and its limits, as <c>print(survfit)</c> shows them.</summary>
    public SurvivalQuantile Median => Quantile(0.5);

    /// <summary>
    /// The time by which a fraction <paramref name="probability"/> has had the event, as <c>quantile.survfit</c>:
    /// where the curve is flat exactly at the level the midpoint of the flat stretch is taken, and the limits come from
    /// the same rule applied to the confidence curves.
    /// </summary>
    public SurvivalQuantile Quantile(double probability)
    {
        if (!(probability >= 0 && probability <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A quantile probability must lie in [0, 1].");
        }

        return new SurvivalQuantile(
            probability,
            FindQuantile(Survival, probability),
            FindQuantile(Lower, probability),
            FindQuantile(Upper, probability));
    }

    /// <summary>The curve at the requested times, as <c>summary(fit, times=)</c> (times past the last one are left out).</summary>
    public IReadOnlyList<SurvivalSummaryRow> Summarize(IEnumerable<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var requested = times.ToArray();
        Array.Sort(requested);
        var rows = new List<SurvivalSummaryRow>(requested.Length);
        var last = Time.Count == 0 ? double.NegativeInfinity : Time[^1];
        var index = 0;
        double events = 0, censored = 0;
        foreach (var t in requested)
        {
            if (t > last)
            {
                break;
            }

            while (index < Time.Count && Time[index] <= t)
            {
                events += NumberEvents[index];
                censored += NumberCensored[index];
                index++;
            }

            if (index == 0)
            {
                // Before the first time the curve is 1 and everyone (who has entered) is at risk.
                var atRisk = Time.Count == 0 ? 0 : NumberAtRisk[0];
                rows.Add(new SurvivalSummaryRow(t, atRisk, 0, 0, 1, 0, 1, 1));
                continue;
            }

            var at = index - 1;
            var nextAtRisk = index < Time.Count ? NumberAtRisk[index] : 0;
            rows.Add(new SurvivalSummaryRow(
                t,
                Time[at] == t ? NumberAtRisk[at] : nextAtRisk,
                events,
                censored,
                Survival[at],
                StandardError[at] * Survival[at],
                Lower[at],
                Upper[at]));
            events = 0;
            censored = 0;
        }

        return rows;
    }

    private static (double[] Lower, double[] Upper) ConfidenceLimits(double[] surv, double[] se, KaplanMeierOptions options)
    {
        var z = SurvivalMath.TwoSidedZ(options.ConfidenceLevel);
        var lower = new double[surv.Length];
        var upper = new double[surv.Length];
        for (var i = 0; i < surv.Length; i++)
        {
            var p = surv[i];
            var width = z * se[i];
            switch (options.ConfidenceType)
            {
                case ConfidenceIntervalType.Plain:
                    lower[i] = Math.Max(p - (width * p), 0);
                    upper[i] = Math.Min(p + (width * p), 1);
                    break;
                case ConfidenceIntervalType.Log:
                    lower[i] = p == 0 ? double.NaN : Math.Exp(Math.Log(p) - width);
                    upper[i] = p == 0 ? double.NaN : Math.Min(Math.Exp(Math.Log(p) + width), 1);
                    break;
                default:
                    if (p == 0 || p == 1)
                    {
                        lower[i] = double.NaN;
                        upper[i] = double.NaN;
                    }
                    else
                    {
                        var scaled = width / Math.Log(p);
                        var loglog = Math.Log(-Math.Log(p));
                        lower[i] = Math.Exp(-Math.Exp(loglog - scaled));
                        upper[i] = Math.Exp(-Math.Exp(loglog + scaled));
                    }

                    break;
            }
        }

        return (lower, upper);
    }

    // R's findq: x = c(0, time), y = c(0, 1 - curve); drop repeated y (keeping the first), interpolate by the
    // "constant, f = 1" rule with a tolerance either side and average the two hits.
    private double FindQuantile(IReadOnlyList<double> curve, double p)
    {
        const double Tolerance = 1.4901161193847656e-08; // sqrt(.Machine$double.eps)
        var xs = new List<double>(curve.Count + 1) { 0 };
        var ys = new List<double>(curve.Count + 1) { 0 };
        var max = 0.0;
        var seenNaN = false;
        var seen = new HashSet<double>();
        for (var i = 0; i < curve.Count; i++)
        {
            var y = 1 - curve[i];
            if (double.IsNaN(y))
            {
                if (!seenNaN)
                {
                    seenNaN = true;
                    xs.Add(Time[i]);
                    ys.Add(double.NaN);
                }

                continue;
            }

            max = Math.Max(max, y);
            if (seen.Add(y))
            {
                xs.Add(Time[i]);
                ys.Add(y);
            }
        }

        if (max < p)
        {
            return double.NaN;
        }

        var lastY = ys[^1];
        var xmax = Time.Count == 0 ? 0 : Time[^1];
        var indx1 = FirstAtLeast(ys, p, Tolerance);
        var indx2 = FirstAtLeast(ys, p, -Tolerance);
        if (p == 0)
        {
            return xs[0];
        }

        if (!double.IsNaN(lastY) && Math.Abs(p - lastY) < Tolerance)
        {
            return indx1 < 0 ? double.NaN : (xs[indx1] + xmax) / 2;
        }

        return indx1 < 0 || indx2 < 0 ? double.NaN : (xs[indx1] + xs[indx2]) / 2;
    }

    // approx() sorts by y, so with a non-monotone limit curve the hit is the smallest shifted y at or above p;
    // below the smallest y the answer is NA (rule = 1).
    private static int FirstAtLeast(List<double> ys, double p, double shift)
    {
        var best = -1;
        var min = double.PositiveInfinity;
        for (var i = 0; i < ys.Count; i++)
        {
            if (double.IsNaN(ys[i]))
            {
                continue;
            }

            var v = ys[i] + shift;
            min = Math.Min(min, v);
            if (v >= p && (best < 0 || v < ys[best] + shift))
            {
                best = i;
            }
        }

        return p < min ? -1 : best;
    }
}
