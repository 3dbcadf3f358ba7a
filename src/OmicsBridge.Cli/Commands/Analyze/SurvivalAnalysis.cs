using OmicsBridge.Analytics.Plots;
using OmicsBridge.Analytics.Survival;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>What <c>analyze survival</c> computes from a prepared table: curves, medians, at-risk rows, log-rank, Cox and cox.zph.</summary>
internal static class SurvivalAnalysis
{
    public sealed record Request(SurvivalSpec Spec)
    {
        public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

        public CoxTies Ties { get; init; } = CoxTies.Efron;

        public IReadOnlyList<double> Times { get; init; } = [];

        public double Rho { get; init; }

        public string? PlotPath { get; init; }

        public string? ForestPath { get; init; }

        public string? PlotTitle { get; init; }

        /// <summary>
        /// For a pseudonymised caller, the small-cell threshold: groups with fewer patients show no counts or median,
        /// and curve rows with fewer at risk are left out (the curve is truncated there, as publications do), in the
        /// tables and in the plot.
        /// </summary>
        public int? SmallCellThreshold { get; init; }
    }

    public sealed record Outcome(AnalysisOutput Output, IReadOnlyList<SurvivalCurve> Curves, LogRankResult? LogRank, CoxModel? Cox);

    public static Outcome Run(SurvivalTable table, Request request)
    {
        var data = table.Prepare(request.Spec);
        var output = new AnalysisOutput();
        output.Add("input", ["rows", "used", "dropped_rows"], [[(long)table.RowCount, (long)data.Count, (long)data.DroppedRows]]);

        var curves = KaplanMeier.Fit(data, new KaplanMeierOptions { ConfidenceType = request.ConfidenceType });
        var threshold = request.SmallCellThreshold ?? 0;
        output.Add("median", ["group", "n", "events", "median", "lower", "upper"],
            curves.Select(c => c.N < threshold
                ? new object?[] { c.Label ?? "all", "suppressed", "suppressed", null, null, null }
                : new object?[] { c.Label ?? "all", (long)c.N, c.Events, c.Median.Estimate, c.Median.Lower, c.Median.Upper }));
        output.Add("km", ["group", "time", "n_risk", "n_event", "n_censor", "survival", "std_err", "lower", "upper"],
            curves.SelectMany(c => Enumerable.Range(0, c.Time.Count).Where(i => c.NumberAtRisk[i] >= threshold).Select(i => new object?[]
            {
                c.Label ?? "all", c.Time[i], c.NumberAtRisk[i], c.NumberEvents[i], c.NumberCensored[i], c.Survival[i], c.StandardError[i], c.Lower[i], c.Upper[i],
            })));
        if (request.Times.Count > 0)
        {
            output.Add("at_risk", ["group", "time", "n_risk", "n_event", "n_censor", "survival", "std_err", "lower", "upper"],
                curves.SelectMany(c => c.Summarize(request.Times).Where(r => r.NumberAtRisk >= threshold).Select(r => new object?[]
                {
                    c.Label ?? "all", r.Time, r.NumberAtRisk, r.NumberEvents, r.NumberCensored, r.Survival, r.StandardError, r.Lower, r.Upper,
                })));
        }

        LogRankResult? logRank = null;
        if (request.Spec.Group is not null && curves.Count > 1)
        {
            logRank = LogRankTest.Compute(data, request.Rho);
            var lr = logRank;
            output.Add("logrank", ["group", "n", "observed", "expected", "o_minus_e_sq_over_e", "o_minus_e_sq_over_v"],
                lr.Groups.Select((g, i) => lr.N[i] < threshold
                    ? new object?[] { g, "suppressed", "suppressed", null, null, null }
                    : new object?[] { g, lr.N[i], lr.Observed[i], lr.Expected[i], lr.ObservedMinusExpectedSquaredOverExpected(i), lr.ObservedMinusExpectedSquaredOverVariance(i) }));
            output.Add("logrank_test", ["rho", "chisq", "df", "p_value"], [[lr.Rho, lr.Test.Statistic, (long)lr.Test.DegreesOfFreedom, lr.Test.PValue]]);
        }

        CoxModel? cox = null;
        if (request.Spec.Covariates.Count > 0)
        {
            cox = CoxRegression.Fit(data, new CoxOptions { Ties = request.Ties });
            output.Add("cox", ["term", "coef", "hazard_ratio", "std_err", "z", "p_value", "hr_lower", "hr_upper"],
                cox.Coefficients.Select(c => new object?[] { c.Name, c.Estimate, c.HazardRatio, c.StandardError, c.Z, c.PValue, c.HazardRatioLower, c.HazardRatioUpper }));
            output.Add("cox_tests", ["test", "statistic", "df", "p_value"],
            [
                ["likelihood_ratio", cox.LikelihoodRatio.Statistic, (long)cox.LikelihoodRatio.DegreesOfFreedom, cox.LikelihoodRatio.PValue],
                ["wald", cox.Wald.Statistic, (long)cox.Wald.DegreesOfFreedom, cox.Wald.PValue],
                ["score", cox.Score.Statistic, (long)cox.Score.DegreesOfFreedom, cox.Score.PValue],
            ]);
            output.Add("cox_fit", ["n", "events", "ties", "concordance", "concordance_se", "converged", "iterations"],
                [[(long)cox.N, (long)cox.Events, cox.Ties.ToString().ToLowerInvariant(), cox.Concordance.Estimate, cox.Concordance.StandardError, cox.Converged, (long)cox.Iterations]]);
            var zph = ProportionalHazardsTest.Compute(cox);
            output.Add("cox_zph", ["term", "chisq", "df", "p_value"],
                zph.Terms.Append(zph.Global).Select(t => new object?[] { t.Term, t.Test.Statistic, (long)t.Test.DegreesOfFreedom, t.Test.PValue }));
            if (request.ForestPath is not null)
            {
                ForestPlot.Save(cox, request.ForestPath);
            }
        }

        if (request.PlotPath is not null && curves.All(c => c.N < threshold))
        {
            output.Add("plot", ["note"], [[$"no plot: every group has fewer than {threshold} patients"]]);
        }
        else if (request.PlotPath is not null)
        {
            KaplanMeierPlot.Save(curves, request.PlotPath, new KaplanMeierPlotOptions
            {
                Title = request.PlotTitle,
                GroupName = request.Spec.Group,
                AtRiskTimes = request.Times.Count > 0 ? request.Times : null,
                MinimumAtRisk = threshold,
            });
        }

        return new Outcome(output, curves, logRank, cox);
    }
}
