using System.Globalization;
using OmicsBridge.Analytics.Expression;
using OmicsBridge.Testing;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Expression;

/// <summary>
/// Against limma 3.54.1 on a seeded negative-binomial count set (tests/data/statistics/counts_300x8.tsv, 4 vs 4):
/// <c>logcpm &lt;- log2(t((t(counts) + 0.5) / (lib + 1)) * 1e6); fit &lt;- eBayes(lmFit(logcpm, model.matrix(~ group)))</c>,
/// then <c>topTable(fit, coef = 2, number = Inf, sort.by = "none")</c>. Tolerance 1e-8 relative.
/// </summary>
public sealed class ModeratedTTestTests
{
    private static readonly double[,] s_logCpm = LogCpm.Compute(ReadCounts());
    private static readonly double[,] s_design = { { 1, 0 }, { 1, 0 }, { 1, 0 }, { 1, 0 }, { 1, 1 }, { 1, 1 }, { 1, 1 }, { 1, 1 } };
    private static readonly ModeratedTResult s_fit = ModeratedTTest.Fit(s_logCpm, s_design, 1);
    private static readonly ModeratedTResult s_trend = ModeratedTTest.Fit(s_logCpm, s_design, 1, trend: true);

    [Fact]
    public void LogCpm_MatchesVoomFormula()
        => Close(12.484299934069819, s_logCpm[0, 0], 1e-12);

    [Fact]
    public void Fit_PriorHyperparameters_MatchLimmaSqueezeVar()
    {
        Close(0.26315741930482162, s_fit.PriorVariance[0], 1e-8);
        Assert.All(s_fit.PriorVariance, v => Assert.Equal(s_fit.PriorVariance[0], v));
        Close(17.218307054344521, s_fit.PriorDegreesOfFreedom, 1e-8);
    }

    [Theory]
    [InlineData(0, 0.10088243256805547, 12.957977377166745, 0.27266912253289805, 0.78751796746942204, 0.97394662486245065)]
    [InlineData(1, -0.60120448053440789, 9.888638582048964, -1.471054121704243, 0.15470059004434508, 0.59058200574513953)]
    [InlineData(49, -0.442886024277301, 11.728549368175942, -1.2824576124392768, 0.21233867008047275, 0.71154695440506799)]
    [InlineData(299, -0.25692297392560265, 6.8619028989033222, -0.62357495723423584, 0.53898511151783168, 0.89334548870358843)]
    public void Fit_PerFeature_MatchesLimmaTopTable(int feature, double logFc, double aveExpr, double t, double p, double adjP)
    {
        Close(logFc, s_fit.LogFoldChange[feature], 1e-8);
        Close(aveExpr, s_fit.AverageExpression[feature], 1e-10);
        Close(t, s_fit.ModeratedT[feature], 1e-8);
        Close(p, s_fit.PValue[feature], 1e-8);
        Close(adjP, s_fit.AdjustedPValue[feature], 1e-8);
    }

    // R: ft <- eBayes(lmFit(logcpm, design), trend = TRUE); topTable(ft, coef = 2, number = Inf, sort.by = "none")
    [Theory]
    [InlineData(0, 0.28829659746069042, 0.77442253152180651, 0.96802816440225814)]
    [InlineData(1, -1.5458178353661527, 0.12904219358703198, 0.54469338710733251)]
    [InlineData(49, -1.3144024247470225, 0.19526600995337576, 0.69313086203954022)]
    [InlineData(299, -0.45251693944969756, 0.65303630817351865, 0.95181830429059133)]
    public void Fit_Trend_MatchesLimmaTrend(int feature, double t, double p, double adjP)
    {
        Close(t, s_trend.ModeratedT[feature], 1e-8);
        Close(p, s_trend.PValue[feature], 1e-8);
        Close(adjP, s_trend.AdjustedPValue[feature], 1e-8);
    }

    [Fact]
    public void Fit_Trend_PriorFollowsAverageExpressionAsLimma()
    {
        Close(39.726128530442814, s_trend.PriorDegreesOfFreedom, 1e-8);
        Close(0.23593429645412239, s_trend.PriorVariance[0], 1e-8);
        Close(0.23601662774689383, s_trend.PriorVariance[49], 1e-8);
        Close(0.65771279533945726, s_trend.PriorVariance[299], 1e-8);
    }

    private static double[,] ReadCounts()
    {
        var lines = File.ReadAllLines(TestData.Fixture("statistics/counts_300x8.tsv"));
        var result = new double[lines.Length - 1, 8];
        for (var i = 1; i < lines.Length; i++)
        {
            var f = lines[i].Split('\t');
            for (var j = 0; j < 8; j++)
            {
                result[i - 1, j] = double.Parse(f[j + 1], CultureInfo.InvariantCulture);
            }
        }

        return result;
    }
}
