using OmicsBridge.Analytics.Clustering;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Integration;

/// <summary>
/// Late integration: one model per modality, outputs combined. Here the models are per-modality k-means subtypes and
/// the combination is cluster-of-clusters assignment (COCA; The Cancer Genome Atlas Network, Nature 487:330, 2012;
/// Hoadley et al., Cell 158:929, 2014).
/// </summary>
/// <remarks>
/// Each modality is column-standardised and clustered alone (<see cref="KMeans"/>, k clusters, fixed seed). Two
/// patients' agreement is the fraction of the modalities both have in which they share a cluster; average-linkage
/// clustering of 1 − agreement, cut at k, gives the combined subtypes. Unlike early and intermediate integration it
/// uses every patient, whatever modalities they lack; a patient sharing no modality with another is maximally distant
/// from it. Cluster numbers are arbitrary labels, numbered by first appearance.
/// </remarks>
public static class LateIntegration
{
    public static LateIntegrationResult ClusterOfClusters(IReadOnlyList<ModalityBlock> blocks, int clusters, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0 || clusters < 2)
        {
            throw OmicsBridgeException.InvalidInput("LateIntegration.ClusterOfClusters needs at least one modality and 2+ clusters.");
        }

        var patients = blocks.SelectMany(b => b.PatientIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rowOf = patients.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i, StringComparer.Ordinal);
        var perModality = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.PatientIds.Count < clusters)
            {
                throw OmicsBridgeException.InvalidInput($"LateIntegration: modality '{block.Name}' has {block.PatientIds.Count} patients, fewer than {clusters} clusters.");
            }

            var labels = KMeans.Fit(SimilarityNetworkFusion.Standardize(KnnImputation.Impute(block.Values)), clusters, seed).Clusters;
            var full = new int[patients.Length];
            for (var i = 0; i < labels.Length; i++)
            {
                full[rowOf[block.PatientIds[i]]] = labels[i];
            }

            perModality[block.Name] = full;
        }

        var n = patients.Length;
        var agreement = new double[n, n];
        var distance = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            agreement[i, i] = 1;
            for (var j = i + 1; j < n; j++)
            {
                var shared = 0;
                var together = 0;
                foreach (var labels in perModality.Values)
                {
                    if (labels[i] != 0 && labels[j] != 0)
                    {
                        shared++;
                        together += labels[i] == labels[j] ? 1 : 0;
                    }
                }

                var a = shared == 0 ? 0 : together / (double)shared;
                agreement[i, j] = agreement[j, i] = a;
                distance[i, j] = distance[j, i] = 1 - a;
            }
        }

        var combined = n < clusters
            ? throw OmicsBridgeException.InvalidInput($"LateIntegration: {n} patients, fewer than {clusters} clusters.")
            : HierarchicalClustering.Cluster(distance, Linkage.Average).Cut(clusters);
        return new LateIntegrationResult(patients, perModality, SimilarityNetworkFusion.Renumber(combined), agreement);
    }
}
