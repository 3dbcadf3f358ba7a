using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Integration;

/// <summary>One modality's data for integration: patients (rows) × features (columns); NaN marks a missing value.</summary>
public sealed class ModalityBlock
{
    public ModalityBlock(string name, IReadOnlyList<string> patientIds, IReadOnlyList<string> featureIds, double[,] values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(patientIds);
        ArgumentNullException.ThrowIfNull(featureIds);
        ArgumentNullException.ThrowIfNull(values);
        if (values.GetLength(0) != patientIds.Count || values.GetLength(1) != featureIds.Count)
        {
            throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                $"Modality '{name}': the matrix is {values.GetLength(0)} × {values.GetLength(1)} but there are {patientIds.Count} patients and {featureIds.Count} features."));
        }

        if (patientIds.Distinct(StringComparer.Ordinal).Count() != patientIds.Count)
        {
            throw OmicsBridgeException.InvalidInput($"Modality '{name}': a patient appears twice; aggregate samples per patient first.");
        }

        Name = name;
        PatientIds = patientIds;
        FeatureIds = featureIds;
        Values = values;
    }

    public string Name { get; }

    public IReadOnlyList<string> PatientIds { get; }

    public IReadOnlyList<string> FeatureIds { get; }

    public double[,] Values { get; }
}
