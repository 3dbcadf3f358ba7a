using OmicsBridge.Analytics.Clustering;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>Finds subtypes among samples: the most variable features, centred and scaled, clustered for k = 2..max.</summary>
/// <remarks>
/// Features are ranked by variance across samples and the top <c>Top</c> kept (the usual input to consensus
/// clustering, as in ConsensusClusterPlus's vignette); each is then z-scored. Without a fixed k, the k with the
/// highest mean silhouette width (Euclidean distances of the scaled data) is chosen; the consensus CDF area and its
/// delta are reported beside it for the reader's own judgement.
/// </remarks>
internal static class SubtypeDiscovery
{
    public sealed record Request(string Method, int MaxK, int? K, int Top, int Repetitions, int Seed);

    public sealed record Outcome(AnalysisOutput Output, int K, int[] Clusters, double[] Silhouette, IReadOnlyList<string> Features);

    public static Outcome Run(MatrixFile matrix, Request request)
    {
        var samples = matrix.Samples.Count;
        if (request.MaxK < 2 || request.MaxK >= samples)
        {
            throw OmicsBridgeException.Usage($"--max-k must be between 2 and samples - 1 ({samples - 1}); got {request.MaxK}.");
        }

        var (data, features) = TopVariable(matrix, request.Top);
        var distances = Distances.Euclidean(data);
        var candidates = new List<(int K, int[] Clusters, double Silhouette, double? Area, double? Delta)>();
        switch (request.Method)
        {
            case "consensus":
                foreach (var result in ConsensusClustering.Run(data, new ConsensusOptions { MaxK = request.MaxK, Repetitions = request.Repetitions, Seed = request.Seed }))
                {
                    candidates.Add((result.K, result.Clusters, Silhouette.Compute(distances, result.Clusters).AverageWidth, result.Area, result.DeltaArea));
                }

                break;
            case "kmeans":
                for (var k = 2; k <= request.MaxK; k++)
                {
                    var clusters = KMeans.Fit(data, k, request.Seed).Clusters;
                    candidates.Add((k, clusters, Silhouette.Compute(distances, clusters).AverageWidth, null, null));
                }

                break;
            case "hierarchical":
                var tree = HierarchicalClustering.Cluster(distances, Linkage.WardD2);
                for (var k = 2; k <= request.MaxK; k++)
                {
                    var clusters = tree.Cut(k);
                    candidates.Add((k, clusters, Silhouette.Compute(distances, clusters).AverageWidth, null, null));
                }

                break;
            default:
                throw OmicsBridgeException.Usage($"--method must be consensus, kmeans or hierarchical; got '{request.Method}'.");
        }

        var chosen = request.K is { } fixedK
            ? candidates.FirstOrDefault(c => c.K == fixedK) is { Clusters: not null } found ? found
                : throw OmicsBridgeException.Usage($"--clusters {fixedK} is outside 2..--max-k ({request.MaxK}).")
            : candidates.MaxBy(c => c.Silhouette);
        var widths = Silhouette.Compute(distances, chosen.Clusters).Widths;
        var output = new AnalysisOutput();
        output.Add("input", ["samples", "features", "features_used", "method"],
            [[(long)samples, (long)matrix.Features.Count, (long)features.Count, request.Method]]);
        output.Add("k_selection", ["k", "mean_silhouette", "cdf_area", "delta_area", "chosen"],
            candidates.Select(c => new object?[] { (long)c.K, c.Silhouette, c.Area, c.Delta, c.K == chosen.K }));
        output.Add("assignment", ["sample", "cluster", "silhouette"],
            matrix.Samples.Select((s, i) => new object?[] { s, (long)chosen.Clusters[i], widths[i] }));
        return new Outcome(output, chosen.K, chosen.Clusters, widths, features);
    }

    /// <summary>Samples × top features, each feature z-scored over samples.</summary>
    public static (double[,] Data, IReadOnlyList<string> Features) TopVariable(MatrixFile matrix, int top)
    {
        var samples = matrix.Samples.Count;
        var stats = new (int Row, double Mean, double Sd)[matrix.Features.Count];
        for (var i = 0; i < matrix.Features.Count; i++)
        {
            double mean = 0;
            for (var j = 0; j < samples; j++)
            {
                mean += matrix.Values[i, j];
            }

            mean /= samples;
            double ss = 0;
            for (var j = 0; j < samples; j++)
            {
                ss += (matrix.Values[i, j] - mean) * (matrix.Values[i, j] - mean);
            }

            stats[i] = (i, mean, Math.Sqrt(ss / (samples - 1)));
        }

        var chosen = stats.Where(s => double.IsFinite(s.Sd) && s.Sd > 0)
            .OrderByDescending(s => s.Sd).ThenBy(s => s.Row).Take(Math.Max(1, top)).OrderBy(s => s.Row).ToArray();
        if (chosen.Length == 0)
        {
            throw OmicsBridgeException.InvalidInput("No feature varies across the samples (or every feature has missing values).");
        }

        var data = new double[samples, chosen.Length];
        for (var f = 0; f < chosen.Length; f++)
        {
            for (var j = 0; j < samples; j++)
            {
                data[j, f] = (matrix.Values[chosen[f].Row, j] - chosen[f].Mean) / chosen[f].Sd;
            }
        }

        return (data, [.. chosen.Select(c => matrix.Features[c.Row])]);
    }
}
