using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Integration;

/// <summary>Early integration: one patients × features matrix from several modalities, scaled so each modality weighs the same.</summary>
/// <remarks>
/// Steps: sporadic missing values inside a modality are filled by <see cref="KnnImputation"/> (a patient without the
/// modality at all is not imputed); every feature is centred and scaled to unit standard deviation (n - 1) over the
/// patients that have the modality (a constant feature becomes 0); every modality block is then divided by the square
/// root of its feature count, so each block has the same total variance and a 20,000-gene block does not drown a
/// 50-protein one (the block weighting of multiple factor analysis, up to its first-eigenvalue scale). Rows are the
/// union of patients, ordinal order; a patient missing a modality has NaN there and false in that modality's mask.
/// </remarks>
public static class EarlyIntegration
{
    public static IntegratedMatrix Build(IReadOnlyList<ModalityBlock> blocks, int imputationNeighbours = 10)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count == 0)
        {
            throw OmicsBridgeException.InvalidInput("EarlyIntegration.Build needs at least one modality.");
        }

        if (blocks.Select(b => b.Name).Distinct(StringComparer.Ordinal).Count() != blocks.Count)
        {
            throw OmicsBridgeException.InvalidInput("EarlyIntegration.Build: modality names must be distinct.");
        }

        var patients = blocks.SelectMany(b => b.PatientIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < patients.Length; i++)
        {
            rowOf[patients[i]] = i;
        }

        var totalFeatures = blocks.Sum(b => b.FeatureIds.Count);
        var values = new double[patients.Length, totalFeatures];
        for (var i = 0; i < patients.Length; i++)
        {
            for (var j = 0; j < totalFeatures; j++)
            {
                values[i, j] = double.NaN;
            }
        }

        var featureIds = new List<string>(totalFeatures);
        var featureModality = new List<string>(totalFeatures);
        var masks = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var offset = 0;
        foreach (var block in blocks)
        {
            var filled = KnnImputation.Impute(block.Values, imputationNeighbours);
            var n = block.PatientIds.Count;
            var p = block.FeatureIds.Count;
            var weight = p == 0 ? 0 : 1 / Math.Sqrt(p);
            var mask = new bool[patients.Length];
            foreach (var id in block.PatientIds)
            {
                mask[rowOf[id]] = true;
            }

            for (var j = 0; j < p; j++)
            {
                double sum = 0;
                for (var i = 0; i < n; i++)
                {
                    sum += filled[i, j];
                }

                var mean = sum / n;
                double squares = 0;
                for (var i = 0; i < n; i++)
                {
                    squares += (filled[i, j] - mean) * (filled[i, j] - mean);
                }

                var sd = n > 1 ? Math.Sqrt(squares / (n - 1)) : 0;
                for (var i = 0; i < n; i++)
                {
                    var z = sd > 0 ? (filled[i, j] - mean) / sd : 0;
                    values[rowOf[block.PatientIds[i]], offset + j] = z * weight;
                }

                featureIds.Add(block.Name + ":" + block.FeatureIds[j]);
                featureModality.Add(block.Name);
            }

            masks[block.Name] = mask;
            offset += p;
        }

        return new IntegratedMatrix(patients, featureIds, featureModality, values, masks);
    }
}
