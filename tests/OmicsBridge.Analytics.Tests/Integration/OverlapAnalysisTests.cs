using OmicsBridge.Analytics.Integration;

namespace OmicsBridge.Analytics.Tests.Integration;

public sealed class OverlapAnalysisTests
{
    private static Dictionary<string, IReadOnlyCollection<string>> Sets(params (string Modality, string[] Patients)[] sets) =>
        sets.ToDictionary(s => s.Modality, s => (IReadOnlyCollection<string>)s.Patients, StringComparer.Ordinal);

    [Fact]
    public void Analyze_EveryPatientHasEveryModality_IsVertical()
    {
        var result = OverlapAnalysis.Analyze(Sets(("rna", ["a", "b", "c"]), ("protein", ["c", "b", "a"])));

        Assert.Equal(OverlapPattern.Vertical, result.Pattern);
        Assert.Equal(3, result.CompleteCases);
        var combination = Assert.Single(result.Combinations);
        Assert.Equal(["protein", "rna"], combination.Modalities);
        Assert.Equal(3, combination.Patients);
    }

    [Fact]
    public void Analyze_VerticalWithFewFeatures_RecommendsEarly()
    {
        var features = new Dictionary<string, int> { ["rna"] = 10, ["protein"] = 5 };
        var result = OverlapAnalysis.Analyze(Sets(("rna", ["a", "b"]), ("protein", ["a", "b"])), features);

        Assert.Equal(IntegrationStrategy.Early, result.Recommendation.Strategy);
    }

    [Fact]
    public void Analyze_VerticalWithManyFeatures_RecommendsIntermediateNamingLargestModality()
    {
        var features = new Dictionary<string, int> { ["rna"] = 20000, ["protein"] = 50 };
        var result = OverlapAnalysis.Analyze(Sets(("rna", ["a", "b"]), ("protein", ["a", "b"])), features);

        Assert.Equal(IntegrationStrategy.Intermediate, result.Recommendation.Strategy);
        Assert.Contains(result.Recommendation.Reasons, r => r.Contains("rna alone has 20000", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_OneModalityInTwoBatches_IsHorizontalAndMentionsComBat()
    {
        var batches = new Dictionary<string, int> { ["rna"] = 2 };
        var result = OverlapAnalysis.Analyze(Sets(("rna", ["a", "b"]), ("protein", [])), batchesByModality: batches);

        Assert.Equal(OverlapPattern.Horizontal, result.Pattern);
        Assert.Equal(["rna"], result.Modalities);
        Assert.Equal(IntegrationStrategy.Early, result.Recommendation.Strategy);
        Assert.Contains(result.Recommendation.Reasons, r => r.Contains("2 batches", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_NoPatientWithTwoModalities_IsDiagonalAndLate()
    {
        var result = OverlapAnalysis.Analyze(Sets(("rna", ["a", "b"]), ("protein", ["c"]), ("methylation", ["d"])));

        Assert.Equal(OverlapPattern.Diagonal, result.Pattern);
        Assert.Equal(0, result.MultiModalPatients);
        Assert.Equal(IntegrationStrategy.Late, result.Recommendation.Strategy);
        Assert.Equal(3, result.Combinations.Count);
        Assert.Equal(["rna"], result.Combinations[0].Modalities);
    }

    [Fact]
    public void Analyze_PartialOverlap_IsMosaicWithExclusiveCombinationCounts()
    {
        // a,b,c: rna+protein; d: rna only; e: protein only → 3 complete of 5 (60 %), intermediate.
        var result = OverlapAnalysis.Analyze(Sets(("rna", ["a", "b", "c", "d"]), ("protein", ["a", "b", "c", "e"])));

        Assert.Equal(OverlapPattern.Mosaic, result.Pattern);
        Assert.Equal(5, result.Patients);
        Assert.Equal(3, result.CompleteCases);
        Assert.Equal([4, 4], result.PatientsPerModality);
        Assert.Equal(3, result.Combinations.Sum(c => c.Modalities.Count == 2 ? c.Patients : 0));
        Assert.Equal(5, result.Combinations.Sum(c => c.Patients));
        Assert.Equal(IntegrationStrategy.Intermediate, result.Recommendation.Strategy);
    }

    [Fact]
    public void Analyze_MosaicWithFewCompleteCases_RecommendsLate()
    {
        var result = OverlapAnalysis.Analyze(Sets(("rna", ["a", "b", "c"]), ("protein", ["a", "d", "e"])));

        Assert.Equal(OverlapPattern.Mosaic, result.Pattern);
        Assert.Equal(IntegrationStrategy.Late, result.Recommendation.Strategy);
    }
}
