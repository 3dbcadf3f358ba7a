using OmicsBridge.Analytics.Survival;
using static OmicsBridge.Analytics.Tests.Survival.SurvivalFixtures;

namespace OmicsBridge.Analytics.Tests.Survival;

/// <summary>Expected: <c>cox.zph(f)$table</c> (transform "km", terms TRUE) from survival 3.5-3.</summary>
public sealed class ProportionalHazardsTestTests
{
    private static void Matches(ProportionalHazardsResult result, string[] terms, double[] chisq, int[] df, double[] p)
    {
        var rows = result.Terms.Append(result.Global).ToArray();
        Assert.Equal(terms, rows.Select(r => r.Term));
        Close(chisq, rows.Select(r => r.Test.Statistic).ToArray());
        Assert.Equal(df, rows.Select(r => r.Test.DegreesOfFreedom));
        Close(p, rows.Select(r => r.Test.PValue).ToArray());
    }

    [Fact]
    public void Compute_LungEfron_MatchesCoxZph()
    {
        // cox.zph(coxph(Surv(time, status) ~ age + sex + ph.ecog, data=lung))
        Matches(
            ProportionalHazardsTest.Compute(CoxRegressionTests.Lung()),
            ["age", "sex", "ph.ecog", "GLOBAL"],
            [0.18798767365229, 2.30543722740497, 2.05424877405441, 4.46365758875861],
            [1, 1, 1, 3],
            [0.664596763116371, 0.128921998810965, 0.1517820989081, 0.215554945341796]);
    }

    [Fact]
    public void Compute_LungBreslow_MatchesCoxZph()
    {
        // cox.zph(coxph(Surv(time, status) ~ age + sex + ph.ecog, data=lung, ties="breslow"))
        Matches(
            ProportionalHazardsTest.Compute(CoxRegressionTests.Lung(CoxTies.Breslow)),
            ["age", "sex", "ph.ecog", "GLOBAL"],
            [0.188085661154335, 2.29719735493381, 2.05170861174046, 4.4510123337693],
            [1, 1, 1, 3],
            [0.664514703810267, 0.12960767387133, 0.15203548380955, 0.216701718889186]);
    }

    [Fact]
    public void Compute_VeteranCategoricalTerm_TestsDummiesTogether()
    {
        // cox.zph(coxph(Surv(time, status) ~ trt + celltype + karno, data=veteran))
        Matches(
            ProportionalHazardsTest.Compute(CoxRegressionTests.Veteran()),
            ["trt", "celltype", "karno", "GLOBAL"],
            [0.206307412064432, 14.5317103964704, 12.8133255911155, 22.8596852749873],
            [1, 3, 1, 5],
            [0.649677141169155, 0.00226389031729807, 0.000344159278028017, 0.000359064543553457]);
    }

    [Fact]
    public void Compute_OvarianStratified_MatchesCoxZph()
    {
        // cox.zph(coxph(Surv(futime, fustat) ~ age + rx + strata(resid.ds), data=ovarian))
        Matches(
            ProportionalHazardsTest.Compute(CoxRegressionTests.Ovarian()),
            ["age", "rx", "GLOBAL"],
            [0.148413690708147, 1.24875238564538, 1.29189609356433],
            [1, 1, 2],
            [0.700055924750231, 0.263790898694274, 0.524165373178764]);
    }

    [Fact]
    public void Compute_HeartCountingProcess_MatchesCoxZph()
    {
        // cox.zph(coxph(Surv(start, stop, event) ~ age + year + surgery + transplant, data=heart))
        Matches(
            ProportionalHazardsTest.Compute(CoxRegressionTests.Heart()),
            ["age", "year", "surgery", "transplant", "GLOBAL"],
            [0.866874710915411, 1.71641442920761, 0.0973950591161537, 0.20293438815306, 3.47310229884559],
            [1, 1, 1, 1, 4],
            [0.351821976235759, 0.190155241647099, 0.754978346542951, 0.652362645573373, 0.481979967765823]);
    }

    [Fact]
    public void Compute_AmlSingleCovariate_GlobalEqualsTerm()
    {
        // cox.zph(coxph(Surv(time, status) ~ x, data=aml)): x and GLOBAL chisq 0.00787507772332374, p 0.929287243364592
        Matches(
            ProportionalHazardsTest.Compute(CoxRegressionTests.Aml()),
            ["x", "GLOBAL"],
            [0.00787507772332374, 0.00787507772332374],
            [1, 1],
            [0.929287243364592, 0.929287243364592]);
    }
}
