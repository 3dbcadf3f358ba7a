using OmicsBridge.Analytics.Integration;

namespace OmicsBridge.Analytics.Tests.Integration;

public sealed class LateIntegrationTests
{
    [Fact]
    public void ClusterOfClusters_MosaicCohort_AssignsEveryPatientToPlantedGroup()
    {
        var patients = IntegrationData.Patients(36);
        var rna = IntegrationData.Planted("rna", patients[..30], IntegrationData.GroupOf, 20, seed: 3);
        var protein = IntegrationData.Planted("protein", patients[6..], IntegrationData.GroupOf, 6, seed: 4);

        var result = LateIntegration.ClusterOfClusters([rna, protein], clusters: 3);

        Assert.Equal(36, result.PatientIds.Count);
        Assert.True(IntegrationData.SamePartition(result.Clusters, [.. result.PatientIds.Select(IntegrationData.GroupOf)]));
        Assert.Equal(0, result.ModalityClusters["protein"][0]);
        Assert.Equal(0, result.ModalityClusters["rna"][35]);
        Assert.Equal(1.0, result.Agreement[0, 3]);
    }
}
