using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>One modality of <c>molecular_measurement</c> as a features × assays matrix, read through the governed gate,
/// with each assay's patient and batch (<c>assay.batch</c>); a value the lake does not hold is NaN.</summary>
internal sealed record LakeMatrix(MatrixFile Matrix, IReadOnlyList<string?> Patients, IReadOnlyList<string?> Batches)
{
    public static LakeMatrix Load(QueryGate gate, string modality)
    {
        var literal = CohortSurvival.Literal(modality);
        var assays = new List<string>();
        var patients = new List<string?>();
        var batches = new List<string?>();
        using (var result = gate.Query(new QueryRequest(
            $"SELECT a.assay_id, s.patient_id, a.batch FROM assay a LEFT JOIN sample s ON s.sample_id = a.sample_id WHERE a.modality = {literal} " +
            $"AND a.assay_id IN (SELECT DISTINCT assay_id FROM molecular_measurement WHERE modality = {literal}) ORDER BY a.assay_id")))
        {
            foreach (var row in result.ReadRows())
            {
                assays.Add((string)row[0]!);
                patients.Add(row[1] as string);
                batches.Add(row[2] as string);
            }
        }

        if (assays.Count == 0)
        {
            throw OmicsBridgeException.NotFound($"The lake has no {modality} measurements.");
        }

        var column = assays.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i, StringComparer.Ordinal);
        var features = new Dictionary<string, double[]>(StringComparer.Ordinal);
        using (var result = gate.Query(new QueryRequest(
            $"SELECT feature_id, assay_id, value FROM molecular_measurement WHERE modality = {literal}")))
        {
            while (result.Read())
            {
                var feature = (string)result[0]!;
                if (!features.TryGetValue(feature, out var values))
                {
                    features[feature] = values = new double[assays.Count];
                    Array.Fill(values, double.NaN);
                }

                if (column.TryGetValue((string)result[1]!, out var j))
                {
                    values[j] = Convert.ToDouble(result[2], CultureInfo.InvariantCulture);
                }
            }
        }

        var names = features.Keys.Order(StringComparer.Ordinal).ToArray();
        var matrix = new double[names.Length, assays.Count];
        for (var i = 0; i < names.Length; i++)
        {
            var values = features[names[i]];
            for (var j = 0; j < assays.Count; j++)
            {
                matrix[i, j] = values[j];
            }
        }

        return new LakeMatrix(new MatrixFile(names, assays, matrix), patients, batches);
    }

    /// <summary>The rows without a missing value (ComBat and PCA need complete data), and how many were left out.</summary>
    public static (MatrixFile Complete, int Dropped) CompleteFeatures(MatrixFile matrix)
    {
        var keep = new List<int>();
        for (var i = 0; i < matrix.Features.Count; i++)
        {
            var complete = true;
            for (var j = 0; j < matrix.Samples.Count && complete; j++)
            {
                complete = double.IsFinite(matrix.Values[i, j]);
            }

            if (complete)
            {
                keep.Add(i);
            }
        }

        var values = new double[keep.Count, matrix.Samples.Count];
        for (var r = 0; r < keep.Count; r++)
        {
            for (var j = 0; j < matrix.Samples.Count; j++)
            {
                values[r, j] = matrix.Values[keep[r], j];
            }
        }

        return (new MatrixFile([.. keep.Select(i => matrix.Features[i])], matrix.Samples, values), matrix.Features.Count - keep.Count);
    }
}
