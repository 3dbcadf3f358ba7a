using OmicsBridge.Cohorts.Running;
using OmicsBridge.Governance.Suppression;

namespace OmicsBridge.Cohorts.Tests;

public sealed class CharacteristicSuppressionTests
{
    private static readonly SuppressionOptions s_options = new(Threshold: 5);

    [Fact]
    public void Apply_SmallPartitionCell_HidesItAndAComplement_OverlappingListsHideOnlyTheSmall()
    {
        CohortCharacteristic[] rows =
        [
            new("members", "patients", 30, null),
            new("age", "mean", 61.5, null),
            new("age", "min", 39, null),
            new("age", "max", 85, null),
            new("sex", "female", 27, 90),
            new("sex", "male", 3, 10),
            new("vital status", "alive", 20, 66.7),
            new("vital status", "deceased", 10, 33.3),
            new("condition", "ICD10CM:C50.9", 30, 100),
            new("condition", "ICD10CM:E11.9", 2, 6.7),
            new("modality", "genomics", 30, 100),
        ];

        var shown = CharacteristicSuppression.Apply(rows, s_options);

        string[] hidden = [.. shown.Where(r => r.Suppressed).Select(r => $"{r.Section}:{r.Item}")];
        Assert.Equal(["age:min", "age:max", "sex:female", "sex:male", "condition:ICD10CM:E11.9"], hidden);
        Assert.All(shown.Where(r => r.Suppressed), r => Assert.True(double.IsNaN(r.Value) && r.Percent is null));
        Assert.Equal(61.5, shown.Single(r => r.Item == "mean").Value);
        Assert.Equal(20, shown.Single(r => r.Item == "alive").Value);
    }

    [Fact]
    public void Apply_SmallCohort_ShowsNothingButThatItIsSmall()
    {
        CohortCharacteristic[] rows = [new("members", "patients", 3, null), new("age", "mean", 50, null), new("sex", "female", 3, 100)];

        var shown = CharacteristicSuppression.Apply(rows, s_options);

        Assert.All(shown, r => Assert.True(r.Suppressed));
    }
}
