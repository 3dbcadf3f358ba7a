using OmicsBridge.Analytics.Survival;
using static OmicsBridge.Analytics.Tests.Survival.SurvivalFixtures;

namespace OmicsBridge.Analytics.Tests.Survival;

public sealed class KaplanMeierTests
{
    private static SurvivalCurve Aml(ConfidenceIntervalType type = ConfidenceIntervalType.Log)
    {
        var data = Load("aml.csv").Prepare(new SurvivalSpec("time", "status"));
        return KaplanMeier.Fit(data, new KaplanMeierOptions { ConfidenceType = type }).Single();
    }

    [Fact]
    public void Fit_AmlRightCensored_MatchesSurvfit()
    {
        // f <- survfit(Surv(time, status) ~ 1, data=aml); f$time, f$n.risk, f$n.event, f$n.censor, f$surv, f$std.err, f$lower, f$upper
        var curve = Aml();
        Close([5, 8, 9, 12, 13, 16, 18, 23, 27, 28, 30, 31, 33, 34, 43, 45, 48, 161], curve.Time);
        Close([23, 21, 19, 18, 17, 15, 14, 13, 11, 10, 9, 8, 7, 6, 5, 4, 2, 1], curve.NumberAtRisk);
        Close([2, 2, 1, 1, 1, 0, 1, 2, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0], curve.NumberEvents);
        Close([0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1], curve.NumberCensored);
        Close(
            [0.91304347826087, 0.826086956521739, 0.782608695652174, 0.739130434782609, 0.695652173913043, 0.695652173913043, 0.645962732919255, 0.546583850931677, 0.496894409937888, 0.496894409937888, 0.44168391994479, 0.386473429951691, 0.331262939958592, 0.276052449965493, 0.220841959972395, 0.165631469979296, 0.082815734989648, 0.082815734989648],
            curve.Survival);
        Close(
            [0.0643489452087787, 0.095672974646988, 0.109896745565965, 0.1238760208523, 0.137919321091843, 0.137919321091843, 0.156576641377123, 0.196219924092724, 0.218158583837225, 0.218158583837225, 0.247955755308789, 0.281672148867962, 0.321167749404293, 0.369434779887807, 0.431835682396386, 0.519437570766772, 0.877391241080104, 0.877391241080104],
            curve.StandardError);
        Close(
            [0.804854797782958, 0.684839468071899, 0.630957910599588, 0.579799217968031, 0.530878341628212, 0.530878341628212, 0.475257724705514, 0.372078087249211, 0.324016545689816, 0.324016545689816, 0.271675995392292, 0.222515297746886, 0.176520182580705, 0.133822195629273, 0.0947332405633126, 0.0598407178100809, 0.0148346082548472, 0.0148346082548472],
            curve.Lower);
        Close(
            [1, 0.996466605022982, 0.970708759207681, 0.942246527231519, 0.911568450100481, 0.911568450100481, 0.877982262316863, 0.80293335280237, 0.762010637765041, 0.762010637765041, 0.718078477474975, 0.671242442973631, 0.621657726531294, 0.569449296311515, 0.514826379784336, 0.458446770885507, 0.462327406565294, 0.462327406565294],
            curve.Upper);
    }

    [Fact]
    public void Median_AmlLogInterval_MatchesQuantileSurvfit()
    {
        // quantile(survfit(Surv(time, status) ~ 1, data=aml), 0.5): 27 (18, 48)
        var median = Aml().Median;
        Assert.Equal(27, median.Estimate);
        Assert.Equal(18, median.Lower);
        Assert.Equal(48, median.Upper);
    }

    [Fact]
    public void Fit_AmlPlainInterval_MatchesSurvfit()
    {
        // survfit(Surv(time, status) ~ 1, data=aml, conf.type="plain"): $lower, $upper
        var curve = Aml(ConfidenceIntervalType.Plain);
        Close(
            [0.797888960169596, 0.671182777937553, 0.614039741743733, 0.559675079560135, 0.507605633313233, 0.507605633313233, 0.447726732275664, 0.336376455802229, 0.284430823732064, 0.284430823732064, 0.227032447132244, 0.173114099621562, 0.122740464818816, 0.0761687058063262, 0.0339252152411443, 0, 0, 0],
            curve.Lower);
        Close(
            [1, 0.980991135105926, 0.951177649560615, 0.918585790005082, 0.883698714512854, 0.883698714512854, 0.844198733562846, 0.756791246061125, 0.709357996143713, 0.709357996143713, 0.656335392757335, 0.59983276028182, 0.539785415098369, 0.475936194124661, 0.407758704703645, 0.334257379862501, 0.225230247028398, 0.225230247028398],
            curve.Upper);
    }

    [Fact]
    public void Fit_AmlLogLogInterval_MatchesSurvfitAndMedian()
    {
        // fl <- survfit(Surv(time, status) ~ 1, data=aml, conf.type="log-log"); fl$lower, fl$upper; quantile(fl, 0.5): 27 (13, 34)
        var curve = Aml(ConfidenceIntervalType.LogLog);
        Close(
            [0.694947537532059, 0.600610411237199, 0.554211506668729, 0.509209438754219, 0.465641749762004, 0.465641749762004, 0.413952950717117, 0.319250413971187, 0.275565628012137, 0.275565628012137, 0.227381168462542, 0.182836618648628, 0.141825693481738, 0.104441343233593, 0.0709966489828615, 0.0421142812615769, 0.00695596679853646, 0.00695596679853646],
            curve.Lower);
        Close(
            [0.977515669900713, 0.930903558387115, 0.903207489881887, 0.873375781697676, 0.841721291391763, 0.841721291391763, 0.805307764482079, 0.726449173820634, 0.684213788447816, 0.684213788447816, 0.637092687459888, 0.58747691441794, 0.535273789989068, 0.480284660416562, 0.422167443380925, 0.360361360273183, 0.286760367980918, 0.286760367980918],
            curve.Upper);
        Assert.Equal(new SurvivalQuantile(0.5, 27, 13, 34), curve.Median);
    }

    [Fact]
    public void FitGroups_LungBySex_MatchesPrintSurvfit()
    {
        // print(survfit(Surv(time, status) ~ sex, data=lung)): sex=1 n 138 events 112 median 270 (212, 310); sex=2 n 90 events 53 median 426 (348, 550)
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Group = "sex" });
        var curves = KaplanMeier.Fit(data);
        Assert.Equal(["1", "2"], curves.Select(c => c.Label));
        Assert.Equal((138, 112.0), (curves[0].N, curves[0].Events));
        Assert.Equal((90, 53.0), (curves[1].N, curves[1].Events));
        Assert.Equal(new SurvivalQuantile(0.5, 270, 212, 310), curves[0].Median);
        Assert.Equal(new SurvivalQuantile(0.5, 426, 348, 550), curves[1].Median);
    }

    [Fact]
    public void Summarize_LungBySexAtTimes_MatchesSummarySurvfit()
    {
        // s <- summary(survfit(Surv(time, status) ~ sex, data=lung), times=c(0, 100, 365, 730)); s$n.risk, s$n.event, s$n.censor, s$surv, s$std.err, s$lower, s$upper
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Group = "sex" });
        var rows = KaplanMeier.Fit(data).SelectMany(c => c.Summarize([0, 100, 365, 730])).ToArray();
        Close([138, 114, 35, 7, 90, 82, 30, 6], rows.Select(r => r.NumberAtRisk).ToArray());
        Close([0, 24, 61, 24, 0, 7, 29, 14], rows.Select(r => r.NumberEvents).ToArray());
        Close([0, 0, 18, 4, 0, 1, 23, 10], rows.Select(r => r.NumberCensored).ToArray());
        Close([1, 0.826086956521739, 0.336087834639379, 0.0781240912670194, 1, 0.922088353413655, 0.526463030185906, 0.187232497905056], rows.Select(r => r.Survival).ToArray());
        Close([0, 0.0322655755878818, 0.0434235888417982, 0.0276475092813622, 0, 0.0282794136527423, 0.0597368539904425, 0.0620679022695796], rows.Select(r => r.StandardError).ToArray());
        Close([1, 0.765207566185233, 0.260900503789725, 0.0390437354971609, 1, 0.868294683322417, 0.421486340829101, 0.0977701818784402], rows.Select(r => r.Lower).ToArray());
        Close([1, 0.891809869493838, 0.432942945497811, 0.15632145742667, 1, 0.979214715731928, 0.657585537902179, 0.358555211806322], rows.Select(r => r.Upper).ToArray());
    }

    [Fact]
    public void Fit_LungTail_MatchesSurvfitAndMedian()
    {
        // g1 <- survfit(Surv(time, status) ~ 1, data=lung); length(g1$time) 186; tail(g1$surv/std.err/lower/upper, 5); median 310 (285, 363)
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status"));
        var curve = KaplanMeier.Fit(data).Single();
        Assert.Equal(186, curve.Time.Count);
        Close([0.067127424094414, 0.0503455680708105, 0.0503455680708105, 0.0503455680708105, 0.0503455680708105], curve.Survival.TakeLast(5).ToArray());
        Close([0.350176074620312, 0.453824433641275, 0.453824433641275, 0.453824433641275, 0.453824433641275], curve.StandardError.TakeLast(5).ToArray());
        Close([0.0337932193295472, 0.02068546019898, 0.02068546019898, 0.02068546019898, 0.02068546019898], curve.Lower.TakeLast(5).ToArray());
        Close([0.133343053871502, 0.122534195516598, 0.122534195516598, 0.122534195516598, 0.122534195516598], curve.Upper.TakeLast(5).ToArray());
        Assert.Equal(new SurvivalQuantile(0.5, 310, 285, 363), curve.Median);
    }

    [Fact]
    public void Fit_HeartCountingProcess_MatchesSurvfitWithLeftTruncation()
    {
        // h <- survfit(Surv(start, stop, event) ~ 1, data=heart); length(h$time) 111; head(h$time/n.risk/n.event/n.censor/surv/std.err, 8); median 100 (72, 263)
        var data = Load("heart.csv").Prepare(new SurvivalSpec("stop", "event") { Start = "start" });
        var curve = KaplanMeier.Fit(data).Single();
        Assert.Equal(111, curve.Time.Count);
        Close([1, 2, 3, 4, 4.5, 5, 6, 8], curve.Time.Take(8).ToArray());
        Close([103, 102, 99, 96, 96, 96, 94, 92], curve.NumberAtRisk.Take(8).ToArray());
        Close([1, 3, 3, 0, 0, 2, 2, 1], curve.NumberEvents.Take(8).ToArray());
        Close([2, 3, 3, 2, 1, 2, 1, 2], curve.NumberCensored.Take(8).ToArray());
        Close([0.990291262135922, 0.961165048543689, 0.932038834951456, 0.932038834951456, 0.932038834951456, 0.912621359223301, 0.893203883495146, 0.883495145631068], curve.Survival.Take(8).ToArray());
        Close([0.00975621363797355, 0.0198058637007436, 0.0266069314763841, 0.0266069314763841, 0.0266069314763841, 0.0304886865617848, 0.0340709165317523, 0.0357809044733824], curve.StandardError.Take(8).ToArray());
        Close([3, 2, 1], curve.NumberAtRisk.TakeLast(3).ToArray());
        Close([0.151912117361313, 0.151912117361313, 0.151912117361313], curve.Survival.TakeLast(3).ToArray());
        Assert.Equal(new SurvivalQuantile(0.5, 100, 72, 263), curve.Median);
    }

    [Fact]
    public void Fit_EveryoneDiesAtLastTime_GivesInfiniteErrorAndMissingLimits()
    {
        // f <- survfit(Surv(c(1,2,3,3), c(1,0,1,1)) ~ 1): std.err 0.2886751 0.2886751 Inf; lower/upper NA at S = 0; quantile 25/50/75 = 2 3 3
        var curve = KaplanMeier.Fit([1.0, 2, 3, 3], [true, false, true, true]);
        Assert.Equal(double.PositiveInfinity, curve.StandardError[2]);
        Assert.True(double.IsNaN(curve.Lower[2]) && double.IsNaN(curve.Upper[2]));
        Assert.Equal(2, curve.Quantile(0.25).Estimate);
        Assert.Equal(3, curve.Quantile(0.5).Estimate);
        Assert.Equal(3, curve.Quantile(0.75).Estimate);
    }

    [Fact]
    public void Quantile_CurveFlatAtLevel_AveragesAsR()
    {
        // quantile(survfit(Surv(c(1,2,3,4), c(1,1,0,0)) ~ 1), c(.25,.5,.75)): 1.5, 3.0, NA; lower 1, 1, 2
        var curve = KaplanMeier.Fit([1.0, 2, 3, 4], [true, true, false, false]);
        Assert.Equal(1.5, curve.Quantile(0.25).Estimate);
        Assert.Equal(3.0, curve.Quantile(0.5).Estimate);
        Assert.True(double.IsNaN(curve.Quantile(0.75).Estimate));
        Assert.Equal(2, curve.Quantile(0.75).Lower);
    }
}
