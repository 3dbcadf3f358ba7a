using OmicsBridge.Analytics.Survival;
using OmicsBridge.Core.Diagnostics;
using static OmicsBridge.Analytics.Tests.Survival.SurvivalFixtures;

namespace OmicsBridge.Analytics.Tests.Survival;

public sealed class SurvivalTableTests
{
    private static SurvivalTable Table(params (string Name, string?[] Values)[] columns)
        => new([.. columns.Select(c => c.Name)], [.. columns.Select(c => (IReadOnlyList<string?>)c.Values)]);

    [Fact]
    public void Prepare_LungWithMissingEcog_DropsAndCountsRowsAsNaOmit()
    {
        // coxph(Surv(time, status) ~ age + sex + ph.ecog, data=lung)$n is 227 of 228: one ph.ecog is NA
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Covariates = ["age", "sex", "ph.ecog"] });

        Assert.Equal(227, data.Count);
        Assert.Equal(1, data.DroppedRows);
    }

    [Fact]
    public void Prepare_LungStatusOneTwo_TreatsTwoAsEvent()
    {
        // sum(lung$status == 2) is 165
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status"));

        Assert.Equal(165, data.Events.Count(e => e));
    }

    [Fact]
    public void Prepare_CategoricalCovariate_MakesTreatmentDummiesWithFirstSortedLevelAsReference()
    {
        var table = Table(
            ("t", ["1", "2", "3", "4"]),
            ("e", ["TRUE", "FALSE", "TRUE", "TRUE"]),
            ("arm", ["b", "a", "c", "NA"]));

        var data = table.Prepare(new SurvivalSpec("t", "e") { Covariates = ["arm"] });

        Assert.Equal(["armb", "armc"], data.Covariates.Select(c => c.Name));
        Assert.All(data.Covariates, c => Assert.Equal("arm", c.TermName));
        Assert.Equal([1.0, 0, 0], data.Covariates[0].Values);
        Assert.Equal([0.0, 0, 1], data.Covariates[1].Values);
        Assert.Equal([true, false, true], data.Events);
        Assert.Equal(1, data.DroppedRows);
    }

    [Fact]
    public void Prepare_NumericColumnForcedCategorical_IsDummyCoded()
    {
        var table = Table(("t", ["1", "2", "3"]), ("e", ["1", "0", "1"]), ("stage", ["2", "1", "3"]));

        var data = table.Prepare(new SurvivalSpec("t", "e") { Covariates = ["stage"], Categorical = ["stage"] });

        Assert.Equal(["stage2", "stage3"], data.Covariates.Select(c => c.Name));
    }

    [Fact]
    public void Prepare_MixedEventCodes_ThrowsInvalidInput()
    {
        var table = Table(("t", ["1", "2", "3"]), ("e", ["0", "1", "2"]));

        var error = Assert.Throws<OmicsBridgeException>(() => table.Prepare(new SurvivalSpec("t", "e")));
        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
    }

    [Fact]
    public void Prepare_UnknownColumn_ThrowsNotFound()
    {
        var table = Table(("t", ["1"]), ("e", ["1"]));

        var error = Assert.Throws<OmicsBridgeException>(() => table.Prepare(new SurvivalSpec("t", "e") { Covariates = ["age"] }));
        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public void Prepare_StartNotBeforeStop_ThrowsInvalidInput()
    {
        var table = Table(("a", ["0", "5"]), ("b", ["3", "5"]), ("e", ["1", "0"]));

        Assert.Throws<OmicsBridgeException>(() => table.Prepare(new SurvivalSpec("b", "e") { Start = "a" }));
    }
}
