using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Cox proportional-hazards regression as R's <c>coxph</c>: right-censored or (start, stop] data, strata, Efron or
/// Breslow ties, and the same Newton–Raphson (start at 0, step halving, stop when |1 − old/new loglik| ≤ eps, at most
/// <c>iter.max</c> steps) on covariates centred and scaled the way <c>coxfit6</c> does.
/// </summary>
public static class CoxRegression
{
    public static CoxModel Fit(SurvivalData data, CoxOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= CoxOptions.Default;
        var p = data.Covariates.Count;
        if (p == 0)
        {
            throw OmicsBridgeException.Usage("A Cox model needs at least one covariate.");
        }

        if (data.Count == 0)
        {
            throw OmicsBridgeException.InvalidInput("There are no complete rows to fit a Cox model to.");
        }

        var events = data.Event.Count(e => e);
        if (events == 0)
        {
            throw OmicsBridgeException.InvalidInput("There are no events, so a Cox model cannot be fitted.");
        }

        var engine = new CoxEngine(data, options.Ties);
        var beta = new double[p];
        var newBeta = new double[p];
        var u = new double[p];
        var imat = new double[p * p];
        var loglik = engine.Evaluate(beta, u, imat);
        var loglikNull = loglik;

        var factor = (double[])imat.Clone();
        SurvivalMath.Cholesky(factor, p);
        var step = (double[])u.Clone();
        SurvivalMath.CholeskySolve(factor, p, step);
        double score = 0;
        for (var j = 0; j < p; j++)
        {
            score += step[j] * u[j];
            newBeta[j] = beta[j] + step[j];
        }

        var converged = false;
        var halving = false;
        double newLoglik = loglik;
        var iteration = 0;
        for (iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            newLoglik = engine.Evaluate(newBeta, u, imat);
            if (Math.Abs(1 - (loglik / newLoglik)) <= options.Epsilon && !halving)
            {
                converged = true;
                break;
            }

            if (iteration == options.MaxIterations)
            {
                break;
            }

            if (newLoglik < loglik || double.IsNaN(newLoglik))
            {
                // Not improving: halve the step back towards the last accepted point.
                halving = true;
                for (var j = 0; j < p; j++)
                {
                    newBeta[j] = (newBeta[j] + beta[j]) / 2;
                }
            }
            else
            {
                halving = false;
                loglik = newLoglik;
                factor = (double[])imat.Clone();
                SurvivalMath.Cholesky(factor, p);
                Array.Copy(u, step, p);
                SurvivalMath.CholeskySolve(factor, p, step);
                for (var j = 0; j < p; j++)
                {
                    beta[j] = newBeta[j];
                    newBeta[j] += step[j];
                }
            }
        }

        iteration = Math.Min(iteration, options.MaxIterations);
        var scaledVariance = SurvivalMath.InverseSymmetric(imat, p, out var rank);
        var coef = new double[p];
        var variance = new double[p * p];
        for (var j = 0; j < p; j++)
        {
            coef[j] = newBeta[j] * engine.Scale[j];
            for (var k = 0; k < p; k++)
            {
                variance[(j * p) + k] = scaledVariance[(j * p) + k] * engine.Scale[j] * engine.Scale[k];
            }
        }

        var z = SurvivalMath.TwoSidedZ(options.ConfidenceLevel);
        var coefficients = new CoxCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            if (variance[(j * p) + j] == 0)
            {
                // A column that is constant or collinear with others: R reports NA for it (which.sing).
                coef[j] = double.NaN;
            }

            var se = Math.Sqrt(variance[(j * p) + j]);
            var zStat = coef[j] / se;
            coefficients[j] = new CoxCoefficient(
                data.Covariates[j].Name,
                coef[j],
                Math.Exp(coef[j]),
                se,
                zStat,
                SurvivalMath.TwoSidedNormalP(zStat),
                Math.Exp(coef[j] - (z * se)),
                Math.Exp(coef[j] + (z * se)));
        }

        var estimable = coef.Select(c => double.IsNaN(c) ? 0 : c).ToArray();
        var wald = SurvivalMath.QuadraticFormInverse(variance, p, estimable);
        var linearPredictor = LinearPredictor(data, estimable, engine.Means);
        return new CoxModel(
            coefficients,
            variance,
            loglikNull,
            newLoglik,
            ChiSquareTest.Of(2 * (newLoglik - loglikNull), rank),
            ChiSquareTest.Of(wald, rank),
            ChiSquareTest.Of(score, rank),
            Concordance.Compute(engine, linearPredictor),
            data.Count,
            events,
            iteration,
            converged,
            options.Ties,
            linearPredictor)
        {
            Engine = engine,
            Data = data,
        };
    }

    // R: lp = x %*% coef - sum(coef * means), where columns of only -1/0/1 are not centred (their mean counts as 0).
    private static double[] LinearPredictor(SurvivalData data, double[] coef, double[] means)
    {
        var n = data.Count;
        var lp = new double[n];
        double shift = 0;
        for (var j = 0; j < coef.Length; j++)
        {
            var values = data.Covariates[j].Values;
            for (var i = 0; i < n; i++)
            {
                lp[i] += values[i] * coef[j];
            }

            shift += coef[j] * means[j];
        }

        for (var i = 0; i < n; i++)
        {
            lp[i] -= shift;
        }

        if (lp.Any(v => !double.IsFinite(v)))
        {
            throw OmicsBridgeException.InvalidInput(string.Create(
                CultureInfo.InvariantCulture, $"The Cox fit diverged (a linear predictor is not finite after {coef.Length} coefficients)."));
        }

        return lp;
    }
}
