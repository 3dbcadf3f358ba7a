using OmicsBridge.Analytics.BatchCorrection;
using OmicsBridge.Core.Diagnostics;
using static OmicsBridge.Analytics.Tests.BatchCorrection.ComBatFixture;

namespace OmicsBridge.Analytics.Tests.BatchCorrection;

/// <summary>
/// ComBat against sva 3.46.0 (R 4.2.2) on 300 bladderbatch probes and on a seeded simulation; expected values come from
/// tests/data/combat/make_reference.R, e.g. <c>ComBat(bb, ph$batch, model.matrix(~ as.factor(cancer), data = ph))</c>.
/// Tolerance: 1e-6 relative on every cell shown and on the sum and sum of squares of the whole matrix.
/// </summary>
public sealed class ComBatTests
{
    private static readonly double[,] s_bladder = ReadMatrix("bladderbatch_300.tsv");
    private static readonly string[] s_bladderBatch = ReadColumn("bladderbatch_pheno.tsv", "batch");
    private static readonly string[] s_bladderCancer = ReadColumn("bladderbatch_pheno.tsv", "cancer");
    private static readonly double[,] s_simulated = ReadMatrix("simulated_200x30.tsv");
    private static readonly string[] s_simBatch = ReadColumn("simulated_pheno.tsv", "batch");
    private static readonly ComBatCovariate[] s_simCovariates =
    [
        ComBatCovariate.Categorical("group", ReadColumn("simulated_pheno.tsv", "group")),
        ComBatCovariate.Numeric("age", ReadColumn("simulated_pheno.tsv", "age").Select(double.Parse).ToArray()),
    ];

    private static ComBatResult BladderParametric { get; } =
        ComBat.Adjust(s_bladder, s_bladderBatch, new ComBatOptions { Covariates = [ComBatCovariate.Categorical("cancer", s_bladderCancer)] });

    private static ComBatResult BladderNonParametric { get; } = ComBat.Adjust(s_bladder, s_bladderBatch,
        new ComBatOptions { ParametricPrior = false, Covariates = [ComBatCovariate.Categorical("cancer", s_bladderCancer)] });

    // R: ComBat(bb, ph$batch, mod)  with mod <- model.matrix(~ as.factor(cancer), data = ph)
    [Theory]
    [InlineData(0, 0, 9.1375918194892911)]
    [InlineData(0, 29, 9.6313321168365693)]
    [InlineData(0, 56, 8.6259576208353881)]
    [InlineData(49, 0, 4.5807467869404999)]
    [InlineData(49, 29, 4.2772852377626673)]
    [InlineData(49, 56, 4.7161455298817359)]
    [InlineData(299, 0, 8.3084476354060381)]
    [InlineData(299, 29, 7.8193476602217222)]
    [InlineData(299, 56, 8.547722660366265)]
    public void Adjust_BladderbatchParametricWithCancerCovariate_MatchesSva(int row, int column, double expected)
        => AssertRelative(expected, BladderParametric.Adjusted[row, column]);

    [Fact]
    public void Adjust_BladderbatchParametric_WholeMatrixChecksumsMatchSva()
    {
        var (sum, sq) = Checksums(BladderParametric.Adjusted);
        AssertRelative(105071.3034488986, sum);
        AssertRelative(694638.2214574524, sq);
        Assert.Equal(["1", "2", "3", "4", "5"], BladderParametric.BatchLevels);
        Assert.Empty(BladderParametric.UnadjustedFeatures);
    }

    // R: ComBat(bb, ph$batch, mod, par.prior = FALSE)
    [Theory]
    [InlineData(0, 0, 9.1111829154438553)]
    [InlineData(0, 29, 9.6294741462880005)]
    [InlineData(0, 56, 8.6539724571439081)]
    [InlineData(49, 0, 4.6306940671518708)]
    [InlineData(49, 29, 4.2654072375390877)]
    [InlineData(49, 56, 4.6879653147349218)]
    [InlineData(299, 0, 8.3126412851604456)]
    [InlineData(299, 29, 7.8019374233001049)]
    [InlineData(299, 56, 8.5054627933615397)]
    public void Adjust_BladderbatchNonParametric_MatchesSva(int row, int column, double expected)
        => AssertRelative(expected, BladderNonParametric.Adjusted[row, column]);

    [Fact]
    public void Adjust_BladderbatchNonParametric_WholeMatrixChecksumsMatchSva()
    {
        var (sum, sq) = Checksums(BladderNonParametric.Adjusted);
        AssertRelative(105047.2705300149, sum);
        AssertRelative(694230.11200954905, sq);
        Assert.Empty(BladderNonParametric.Iterations);
    }

    // R: ComBat(bb, ph$batch)
    [Fact]
    public void Adjust_BladderbatchWithoutCovariates_MatchesSva()
    {
        var adjusted = ComBat.Adjust(s_bladder, s_bladderBatch).Adjusted;
        AssertRelative(6.6782670991219328, adjusted[1, 1]);
        AssertRelative(7.2175352945239828, adjusted[1, 39]);
        AssertRelative(7.5390102117775077, adjusted[149, 1]);
        AssertRelative(7.8071715318107664, adjusted[149, 39]);
        var (sum, sq) = Checksums(adjusted);
        AssertRelative(105066.54131079797, sum);
        AssertRelative(693707.52106922702, sq);
    }

    // R: ComBat(sm, sp$batch, model.matrix(~ group + age, data = sp)); row 4 is constant within batch b2.
    [Fact]
    public void Adjust_SimulatedWithCategoricalAndNumericCovariates_MatchesSva()
    {
        var result = ComBat.Adjust(s_simulated, s_simBatch, new ComBatOptions { Covariates = s_simCovariates });
        var a = result.Adjusted;
        AssertRelative(6.030587209900574, a[0, 0]);
        AssertRelative(7.8735399173506844, a[0, 8]);
        AssertRelative(5.7558330711736243, a[0, 29]);
        AssertRelative(7.8252298856435569, a[99, 0]);
        AssertRelative(10.127869565226845, a[99, 8]);
        AssertRelative(9.0175045490371968, a[99, 29]);
        AssertRelative(7.9548731536940958, a[199, 0]);
        AssertRelative(6.6922839688024904, a[199, 8]);
        AssertRelative(8.6796794202707854, a[199, 29]);
        var (sum, sq) = Checksums(a);
        AssertRelative(49285.635444996493, sum);
        AssertRelative(451208.8351695473, sq);
    }

    [Fact]
    public void Adjust_RowConstantWithinOneBatch_IsReturnedUnchanged()
    {
        var result = ComBat.Adjust(s_simulated, s_simBatch, new ComBatOptions { Covariates = s_simCovariates });
        Assert.Equal([4], result.UnadjustedFeatures);
        for (var j = 0; j < s_simulated.GetLength(1); j++)
        {
            Assert.Equal(s_simulated[4, j], result.Adjusted[4, j]);
        }
    }

    // R: ComBat(sm, sp$batch, mod2, par.prior = FALSE)
    [Fact]
    public void Adjust_SimulatedNonParametric_MatchesSva()
    {
        var a = ComBat.Adjust(s_simulated, s_simBatch, new ComBatOptions { ParametricPrior = false, Covariates = s_simCovariates }).Adjusted;
        AssertRelative(6.05875935246317, a[0, 0]);
        AssertRelative(5.8797096511452445, a[0, 29]);
        AssertRelative(7.7868992436570519, a[99, 0]);
        AssertRelative(8.8778635878566359, a[99, 29]);
        AssertRelative(7.8880230456742275, a[199, 0]);
        AssertRelative(8.6008303653308147, a[199, 29]);
        var (sum, sq) = Checksums(a);
        AssertRelative(49226.741761268357, sum);
        AssertRelative(449980.82887300767, sq);
    }

    // R: ComBat(sm, sp$batch, mod2, mean.only = TRUE)
    [Fact]
    public void Adjust_SimulatedMeanOnly_MatchesSva()
    {
        var result = ComBat.Adjust(s_simulated, s_simBatch, new ComBatOptions { MeanOnly = true, Covariates = s_simCovariates });
        var a = result.Adjusted;
        Assert.True(result.MeanOnly);
        AssertRelative(6.0927996251400263, a[0, 0]);
        AssertRelative(5.2156173638403409, a[0, 29]);
        AssertRelative(7.7301076626894645, a[199, 0]);
        AssertRelative(8.6703260442494159, a[199, 29]);
        var (sum, sq) = Checksums(a);
        AssertRelative(49264.055294293466, sum);
        AssertRelative(452589.34457638627, sq);
    }

    [Fact]
    public void Adjust_SingleSampleBatch_ForcesMeanOnlyAsSva()
    {
        var data = new double[,] { { 1, 2, 3, 4, 9 }, { 2, 1, 5, 3, 7 }, { 4, 4.5, 2, 1, 0 } };
        var result = ComBat.Adjust(data, ["a", "a", "b", "b", "c"]);
        Assert.True(result.MeanOnly);
    }

    [Fact]
    public void Adjust_CovariateConfoundedWithBatch_Throws()
    {
        var data = new double[,] { { 1, 2, 3, 4 }, { 2, 1, 5, 3 } };
        var ex = Assert.Throws<OmicsBridgeException>(() => ComBat.Adjust(data, ["a", "a", "b", "b"],
            new ComBatOptions { Covariates = [ComBatCovariate.Categorical("site", ["x", "x", "y", "y"])] }));
        Assert.Equal(ErrorKind.InvalidInput, ex.Kind);
        Assert.Contains("confounded", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjust_BatchLabelCountMismatch_Throws()
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => ComBat.Adjust(new double[2, 3], ["a", "b"]));
        Assert.Contains("2 labels for 3 samples", ex.Message, StringComparison.Ordinal);
    }
}
