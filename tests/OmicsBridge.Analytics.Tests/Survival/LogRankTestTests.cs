using OmicsBridge.Analytics.Survival;
using OmicsBridge.Core.Diagnostics;
using static OmicsBridge.Analytics.Tests.Survival.SurvivalFixtures;

namespace OmicsBridge.Analytics.Tests.Survival;

public sealed class LogRankTestTests
{
    [Fact]
    public void Compute_LungBySex_MatchesSurvdiff()
    {
        // sd <- survdiff(Surv(time, status) ~ sex, data=lung); sd$obs, sd$exp, sd$var, sd$chisq, pchisq(sd$chisq, 1, lower.tail=FALSE)
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Group = "sex" });
        var result = LogRankTest.Compute(data);
        Close([138, 90], result.N);
        Close([112, 53], result.Observed);
        Close([91.5817390295728, 73.4182609704272], result.Expected);
        Close(40.3714339796426, result.Variance(0, 0));
        Close(-40.3714339796426, result.Variance(0, 1));
        Close(10.3267419548856, result.Test.Statistic);
        Assert.Equal(1, result.Test.DegreesOfFreedom);
        Close(0.00131116452035549, result.Test.PValue);
        Close(10.326741955, result.ObservedMinusExpectedSquaredOverVariance(1));
        Close(5.6784970870, result.ObservedMinusExpectedSquaredOverExpected(1));
    }

    [Fact]
    public void Compute_LungBySexPetoPeto_MatchesSurvdiffRho1()
    {
        // sd1 <- survdiff(Surv(time, status) ~ sex, data=lung, rho=1); sd1$obs, sd1$exp, sd1$var, sd1$chisq
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Group = "sex" });
        var result = LogRankTest.Compute(data, rho: 1);
        Close([70.3775422947522, 28.7286532721899], result.Observed);
        Close([55.5710854717843, 43.5351100951578], result.Expected);
        Close(17.2430826669607, result.Variance(1, 1));
        Close(12.7141514011575, result.Test.Statistic);
    }

    [Fact]
    public void Compute_VeteranByCelltype_MatchesSurvdiffWithThreeDf()
    {
        // sd3 <- survdiff(Surv(time, status) ~ celltype, data=veteran); sd3$obs, sd3$exp, diag(sd3$var), sd3$chisq, pchisq(sd3$chisq, 3, lower.tail=FALSE)
        var data = Load("veteran.csv").Prepare(new SurvivalSpec("time", "status") { Group = "celltype" });
        var result = LogRankTest.Compute(data);
        Assert.Equal(["adeno", "large", "smallcell", "squamous"], result.Groups);
        Close([26, 26, 45, 31], result.Observed);
        Close([15.6937646143605, 34.5494783863493, 30.1020793268148, 47.6546776724754], result.Expected);
        Close([12.9661700605014, 24.1990352938484, 21.7542679406138, 26.3384063667063], Enumerable.Range(0, 4).Select(g => result.Variance(g, g)).ToArray());
        Close(25.4037003457854, result.Test.Statistic);
        Assert.Equal(3, result.Test.DegreesOfFreedom);
        Close(1.27124593900607e-05, result.Test.PValue);
    }

    [Fact]
    public void Compute_VeteranByCelltypeRhoHalf_MatchesSurvdiff()
    {
        // sdh <- survdiff(Surv(time, status) ~ celltype, data=veteran, rho=0.5); sdh$obs, sdh$exp, sdh$chisq
        var data = Load("veteran.csv").Prepare(new SurvivalSpec("time", "status") { Group = "celltype" });
        var result = LogRankTest.Compute(data, rho: 0.5);
        Close([20.0714249882112, 14.8968466563686, 34.8399838361587, 18.409326775614], result.Observed);
        Close([12.8646110953735, 23.6203274862402, 23.248850061645, 28.4837936130938], result.Expected);
        Close(22.7102266855854, result.Test.Statistic);
    }

    [Fact]
    public void Compute_VeteranTrtStratifiedByCelltype_MatchesStratifiedSurvdiff()
    {
        // sds <- survdiff(Surv(time, status) ~ trt + strata(celltype), data=veteran); rowSums(sds$obs), rowSums(sds$exp), sds$var, sds$chisq
        var data = Load("veteran.csv").Prepare(new SurvivalSpec("time", "status") { Group = "trt", Strata = "celltype" });
        var result = LogRankTest.Compute(data);
        Close([9 + 14 + 28 + 13, 17 + 12 + 17 + 18], result.Observed);
        Close([10.1407004457755 + 16.5314737710279 + 32.3107595472869 + 9.22461921278221, 15.8592995542245 + 9.46852622897211 + 12.6892404527131 + 21.7753807872178], result.Expected);
        Close(25.2278872793024, result.Variance(0, 0));
        Close(0.701743346844319, result.Test.Statistic);
    }

    [Fact]
    public void Compute_SingleGroup_ThrowsInvalidInput()
    {
        var error = Assert.Throws<OmicsBridgeException>(() => LogRankTest.Compute([1.0, 2, 3], [true, true, false], ["a", "a", "a"]));
        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
    }

    [Fact]
    public void Compute_GroupLengthMismatch_ThrowsInvalidInput()
    {
        Assert.Throws<OmicsBridgeException>(() => LogRankTest.Compute([1.0, 2, 3], [true, true, false], ["a", "b"]));
    }
}
