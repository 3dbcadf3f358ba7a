using OmicsBridge.Analytics.Survival;
using static OmicsBridge.Analytics.Tests.Survival.SurvivalFixtures;

namespace OmicsBridge.Analytics.Tests.Survival;

/// <summary>
/// Expected values: <c>f &lt;- coxph(...); s &lt;- summary(f)</c> then <c>coef(f)</c>, <c>sqrt(diag(vcov(f)))</c>,
/// <c>s$coefficients[, "z"]</c>, <c>s$coefficients[, "Pr(&gt;|z|)"]</c>, <c>s$conf.int[, c("lower .95", "upper .95")]</c>,
/// <c>f$loglik</c>, <c>s$logtest</c>, <c>f$wald.test</c>, <c>s$sctest</c>, <c>f$concordance</c>, <c>f$n</c>, <c>f$nevent</c>.
/// </summary>
public sealed class CoxRegressionTests
{
    internal static CoxModel Lung(CoxTies ties = CoxTies.Efron)
    {
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Covariates = ["age", "sex", "ph.ecog"] });
        return CoxRegression.Fit(data, new CoxOptions { Ties = ties });
    }

    internal static CoxModel Veteran()
    {
        var data = Load("veteran.csv").Prepare(new SurvivalSpec("time", "status") { Covariates = ["trt", "celltype", "karno"] });
        return CoxRegression.Fit(data);
    }

    internal static CoxModel Ovarian()
    {
        var data = Load("ovarian.csv").Prepare(new SurvivalSpec("futime", "fustat") { Covariates = ["age", "rx"], Strata = "resid.ds" });
        return CoxRegression.Fit(data);
    }

    internal static CoxModel Heart(CoxTies ties = CoxTies.Efron)
    {
        string[] covariates = ties == CoxTies.Efron ? ["age", "year", "surgery", "transplant"] : ["age", "surgery", "transplant"];
        var data = Load("heart.csv").Prepare(new SurvivalSpec("stop", "event") { Start = "start", Covariates = covariates });
        return CoxRegression.Fit(data, new CoxOptions { Ties = ties });
    }

    internal static CoxModel Aml()
    {
        var data = Load("aml.csv").Prepare(new SurvivalSpec("time", "status") { Covariates = ["x"] });
        return CoxRegression.Fit(data);
    }

    [Fact]
    public void Fit_LungEfron_MatchesCoxph()
    {
        // coxph(Surv(time, status) ~ age + sex + ph.ecog, data=lung)
        var fit = Lung();
        Assert.Equal((227, 164), (fit.N, fit.Events));
        Assert.Equal(["age", "sex", "ph.ecog"], fit.Coefficients.Select(c => c.Name));
        Close([0.0110667645600735, -0.552612395703631, 0.463728475370428], fit.Coefficients.Select(c => c.Estimate).ToArray());
        Close([0.00926741101370053, 0.167739053787264, 0.113577266161997], fit.Coefficients.Select(c => c.StandardError).ToArray());
        Close([1.19415924724962, -3.29447664826157, 4.08293394480024], fit.Coefficients.Select(c => c.Z).ToArray());
        Close([0.232415680999612, 0.000986051372138453, 4.44706665185681e-05], fit.Coefficients.Select(c => c.PValue).ToArray());
        Close([0.99292809716985, 0.414213018549172, 1.2726751777743], fit.Coefficients.Select(c => c.HazardRatioLower).ToArray());
        Close([1.02966196224215, 0.799435127387147, 1.98642358128759], fit.Coefficients.Select(c => c.HazardRatioUpper).ToArray());
        Close(-744.48045576144, fit.LogLikelihoodNull);
        Close(-729.230121374862, fit.LogLikelihood);
        Close(30.5006687731566, fit.LikelihoodRatio.Statistic);
        Close(1.0828176991987e-06, fit.LikelihoodRatio.PValue);
        Close(29.9292512092047, fit.Wald.Statistic);
        Close(1.4281652023047e-06, fit.Wald.PValue);
        Close(30.4999227049491, fit.Score.Statistic);
        Close(1.08320924769373e-06, fit.Score.PValue);
        Assert.Equal(3, fit.Score.DegreesOfFreedom);
        Assert.True(fit.Converged);

        // f$concordance: 12544, 7117, 126, 28, 0, 0.637135493000455, 0.0250679738530796
        Assert.Equal((12544.0, 7117.0, 126.0, 28.0, 0.0), (fit.Concordance.Concordant, fit.Concordance.Discordant, fit.Concordance.TiedRisk, fit.Concordance.TiedTime, fit.Concordance.TiedBoth));
        Close(0.637135493000455, fit.Concordance.Estimate);
        Close(0.0250679738530796, fit.Concordance.StandardError);

        // head(f$linear.predictors)
        Close([0.369299788501295, -0.160829274229573, -0.293630448950455, 0.181164790980046, -0.249363390710161, 0.369299788501295], fit.LinearPredictor.Take(6).ToArray());
    }

    [Fact]
    public void Fit_LungBreslow_MatchesCoxph()
    {
        // coxph(Surv(time, status) ~ age + sex + ph.ecog, data=lung, ties="breslow")
        var fit = Lung(CoxTies.Breslow);
        Close([0.0110411363494885, -0.551889569787597, 0.462947040590164], fit.Coefficients.Select(c => c.Estimate).ToArray());
        Close([0.00926677011353555, 0.167742448021018, 0.113574052061301], fit.Coefficients.Select(c => c.StandardError).ToArray());
        Close(-744.692819266161, fit.LogLikelihoodNull);
        Close(-729.488705176774, fit.LogLikelihood);
        Close(29.8390008396609, fit.Wald.Statistic);
        Close(30.4064069153299, fit.Score.Statistic);
        Close(0.637135493000455, fit.Concordance.Estimate);
        Close(0.0250679738530796, fit.Concordance.StandardError);
    }

    [Fact]
    public void Fit_VeteranWithCategoricalCelltype_MatchesCoxphDummies()
    {
        // coxph(Surv(time, status) ~ trt + celltype + karno, data=veteran)
        var fit = Veteran();
        Assert.Equal(["trt", "celltypelarge", "celltypesmallcell", "celltypesquamous", "karno"], fit.Coefficients.Select(c => c.Name));
        Close([0.261744090057515, -0.759368949915956, -0.329014226004637, -1.15399441386177, -0.0312712960478022], fit.Coefficients.Select(c => c.Estimate).ToArray());
        Close([0.200923055118892, 0.298656558317374, 0.26905792146178, 0.295037737697125, 0.00516508974291703], fit.Coefficients.Select(c => c.StandardError).ToArray());
        Close([0.192674437886177, 0.0110026066491725, 0.221390924191454, 9.1783509066188e-05, 1.40979848291209e-09], fit.Coefficients.Select(c => c.PValue).ToArray());
        Close(61.0690919866105, fit.LikelihoodRatio.Statistic);
        Close(7.30669433966489e-12, fit.LikelihoodRatio.PValue);
        Close(63.4072596000983, fit.Wald.Statistic);
        Close(66.5485654450161, fit.Score.Statistic);
        Close(5.34707549333536e-13, fit.Score.PValue);
        Close(0.737051340299864, fit.Concordance.Estimate);
        Close(0.0215583829932995, fit.Concordance.StandardError);
        Assert.Equal((137, 128), (fit.N, fit.Events));
    }

    [Fact]
    public void Fit_OvarianStratified_MatchesCoxphWithStrata()
    {
        // coxph(Surv(futime, fustat) ~ age + rx + strata(resid.ds), data=ovarian)
        var fit = Ovarian();
        Close([0.115424646512459, -0.651035359728304], fit.Coefficients.Select(c => c.Estimate).ToArray());
        Close([0.0459221249960926, 0.630975125960042], fit.Coefficients.Select(c => c.StandardError).ToArray());
        Close(-27.3378020272561, fit.LogLikelihoodNull);
        Close(-22.049125454327, fit.LogLikelihood);
        Close(8.71644826547289, fit.Wald.Statistic);
        Close(11.1382845327807, fit.Score.Statistic);
        Close(0.772727272727273, fit.Concordance.Estimate);
        Close(0.0809495589288323, fit.Concordance.StandardError);
    }

    [Fact]
    public void Fit_HeartCountingProcess_MatchesCoxphStartStop()
    {
        // coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data=heart)
        var fit = Heart();
        Close([0.0271666409576768, -0.146346345674196, -0.637209889966967, -0.0102507724090836], fit.Coefficients.Select(c => c.Estimate).ToArray());
        Close([0.0137141152103185, 0.0704679795188561, 0.367225996180324, 0.313754798337491], fit.Coefficients.Select(c => c.StandardError).ToArray());
        Close(-298.121355672984, fit.LogLikelihoodNull);
        Close(-290.565616218489, fit.LogLikelihood);
        Close(15.1114789089896, fit.LikelihoodRatio.Statistic);
        Close(14.4930452067849, fit.Wald.Statistic);
        Close(15.0341979130413, fit.Score.Statistic);
        Assert.Equal((2873.0, 1646.0, 0.0), (fit.Concordance.Concordant, fit.Concordance.Discordant, fit.Concordance.TiedRisk));
        Close(0.635760123921221, fit.Concordance.Estimate);
        Close(0.0330796245569992, fit.Concordance.StandardError);
        Assert.Equal((172, 75), (fit.N, fit.Events));
    }

    [Fact]
    public void Fit_HeartBreslow_MatchesCoxph()
    {
        // coxph(Surv(start, stop, event) ~ age + surgery + transplant, data=heart, ties="breslow")
        var fit = Heart(CoxTies.Breslow);
        Close([0.0305322105487951, -0.771609995782735, 0.0144196166126607], fit.Coefficients.Select(c => c.Estimate).ToArray());
        Close([0.0138981297328093, 0.359675067574759, 0.308515806077075], fit.Coefficients.Select(c => c.StandardError).ToArray());
        Close(-292.983954845028, fit.LogLikelihood);
        Close(9.64603926494831, fit.Wald.Statistic);
        Close(9.96906882127062, fit.Score.Statistic);

        // f$concordance: 2709, 1809, 1, 16, 0, 0.599579552998451, 0.0359309432589551 (one pair tied on the predictor)
        Assert.Equal((2709.0, 1809.0, 1.0, 16.0), (fit.Concordance.Concordant, fit.Concordance.Discordant, fit.Concordance.TiedRisk, fit.Concordance.TiedTime));
        Close(0.599579552998451, fit.Concordance.Estimate);
        Close(0.0359309432589551, fit.Concordance.StandardError);
    }

    [Fact]
    public void Fit_AmlSingleFactor_ScoreTestEqualsCoxphAndTiesCounted()
    {
        // coxph(Surv(time, status) ~ x, data=aml): coef 0.915532575014718, se 0.511934275172005, score 3.4167343955173,
        // concordance 81, 31, 98, 1, 2, 0.619047619047619, 0.0631849960441082
        var fit = Aml();
        Assert.Equal("xNonmaintained", fit.Coefficients.Single().Name);
        Close(0.915532575014718, fit.Coefficients[0].Estimate);
        Close(0.511934275172005, fit.Coefficients[0].StandardError);
        Close(3.4167343955173, fit.Score.Statistic);
        Close(3.38444733260368, fit.LikelihoodRatio.Statistic);
        Assert.Equal((81.0, 31.0, 98.0, 1.0, 2.0), (fit.Concordance.Concordant, fit.Concordance.Discordant, fit.Concordance.TiedRisk, fit.Concordance.TiedTime, fit.Concordance.TiedBoth));
        Close(0.619047619047619, fit.Concordance.Estimate);
        Close(0.0631849960441082, fit.Concordance.StandardError);
    }

    [Fact]
    public void Fit_ConstantCovariate_GivesMissingCoefficientAndFewerDf()
    {
        // lung$k <- 3; f <- coxph(Surv(time, status) ~ age + k, data=lung): coef age 0.0187201792045515, k NA;
        // summary(f)$logtest 4.2408983653213 on 1 df; f$score 4.1538753257826
        var table = Load("lung.csv");
        var plain = table.Prepare(new SurvivalSpec("time", "status") { Covariates = ["age"] });
        var data = new SurvivalData(
            plain.Times, plain.Events, covariates: [plain.Covariates[0], new SurvivalCovariate("k", Enumerable.Repeat(3.0, plain.Count).ToArray())]);

        var fit = CoxRegression.Fit(data);

        Close(0.0187201792045515, fit.Coefficients[0].Estimate);
        Assert.True(double.IsNaN(fit.Coefficients[1].Estimate));
        Close(4.2408983653213, fit.LikelihoodRatio.Statistic);
        Assert.Equal(1, fit.LikelihoodRatio.DegreesOfFreedom);
        Close(4.1538753257826, fit.Score.Statistic);
    }

    [Fact]
    public void Fit_NoEvents_ThrowsInvalidInput()
    {
        var data = new SurvivalData([1.0, 2, 3], [false, false, false], covariates: [new SurvivalCovariate("x", [0.5, 1.5, 2.0])]);

        var error = Assert.Throws<OmicsBridge.Core.Diagnostics.OmicsBridgeException>(() => CoxRegression.Fit(data));
        Assert.Equal(OmicsBridge.Core.Diagnostics.ErrorKind.InvalidInput, error.Kind);
    }
}
