using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// The proportional-hazards test of R's <c>cox.zph(fit, transform = "km", terms = TRUE)</c> as computed since survival
/// 3.0: a score test, at the fitted coefficients, for adding <c>x·g(t)</c> to the model, where g is 1 − the pooled
/// left-continuous Kaplan–Meier centred over the event times. Each term is tested with all its columns (df = number of
/// columns); GLOBAL tests all at once. Validated against survival 3.5-3 on R 4.2.2.
/// </summary>
/// <remarks>
/// Survival 2.x used an approximation from scaled Schoenfeld residuals and gives different numbers; this class does not
/// reproduce it.
/// </remarks>
public static class ProportionalHazardsTest
{
    public static ProportionalHazardsResult Compute(CoxModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var engine = model.Engine ?? throw OmicsBridgeException.Usage("This Cox model does not carry its data; refit it with CoxRegression.Fit.");
        var data = model.Data!;
        var p = engine.Variables;
        var n = engine.Count;

        // ttimes = 1 - S(t-) from the pooled curve, centred by its mean over the events.
        var curve = KaplanMeier.FitRows(
            null, data.Time, data.Event, data.Start is null ? default : data.Start.AsSpan(), SurvivalInput.AllRows(n), KaplanMeierOptions.Default);
        var curveTimes = curve.Time.ToArray();
        var transformed = new double[n];
        double eventSum = 0;
        var eventCount = 0;
        for (var i = 0; i < n; i++)
        {
            var t = engine.SortedStop[i];
            var before = Array.BinarySearch(curveTimes, t);
            var index = before >= 0 ? before - 1 : ~before - 1;
            transformed[i] = 1 - (index < 0 ? 1.0 : curve.Survival[index]);
            if (engine.SortedEvent[i])
            {
                eventSum += transformed[i];
                eventCount++;
            }
        }

        var center = eventSum / eventCount;
        for (var i = 0; i < n; i++)
        {
            transformed[i] -= center;
        }

        if (model.Coefficients.Any(c => double.IsNaN(c.Estimate)))
        {
            throw OmicsBridgeException.Usage("cox.zph needs a model without singular (NA) coefficients; drop the redundant covariates and refit.");
        }

        var beta = new double[p];
        for (var j = 0; j < p; j++)
        {
            beta[j] = model.Coefficients[j].Estimate / engine.Scale[j];
        }

        var q = 2 * p;
        var u = new double[q];
        var imat = new double[q * q];
        engine.Evaluate(beta, u, imat, transformed);

        var terms = new List<(string Name, List<int> Columns)>();
        for (var j = 0; j < p; j++)
        {
            var name = data.Covariates[j].TermName;
            var existing = terms.FindIndex(t => t.Name == name);
            if (existing < 0)
            {
                terms.Add((name, [j]));
            }
            else
            {
                terms[existing].Columns.Add(j);
            }
        }

        var rows = new List<ProportionalHazardsTerm>(terms.Count);
        foreach (var (name, columns) in terms)
        {
            var kk = Enumerable.Range(0, p).Concat(columns.Select(c => c + p)).ToArray();
            var sub = new double[kk.Length * kk.Length];
            var vector = new double[kk.Length];
            for (var a = 0; a < kk.Length; a++)
            {
                vector[a] = a < p ? 0 : u[kk[a]];
                for (var b = 0; b < kk.Length; b++)
                {
                    sub[(a * kk.Length) + b] = imat[(kk[a] * q) + kk[b]];
                }
            }

            rows.Add(new ProportionalHazardsTerm(name, ChiSquareTest.Of(SurvivalMath.QuadraticFormInverse(sub, kk.Length, vector), columns.Count)));
        }

        var all = new double[q];
        Array.Copy(u, p, all, p, p);
        var global = new ProportionalHazardsTerm("GLOBAL", ChiSquareTest.Of(SurvivalMath.QuadraticFormInverse(imat, q, all), p));
        return new ProportionalHazardsResult(rows, global, "km");
    }
}
