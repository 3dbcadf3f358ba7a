using System.Globalization;
using System.Text;

namespace OmicsBridge.Analytics.Integration;

/// <summary>Writes an <see cref="IntegratedMatrix"/> as CSV: <c>patient_id</c>, one <c>has_&lt;modality&gt;</c> column per
/// mask (0/1), then the features; a missing value is an empty cell.</summary>
public static class IntegratedMatrixCsvWriter
{
    public static void Write(IntegratedMatrix matrix, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(output);
        var modalities = matrix.Masks.Keys.Order(StringComparer.Ordinal).ToArray();
        var header = new List<string> { "patient_id" };
        header.AddRange(modalities.Select(m => "has_" + m));
        header.AddRange(matrix.FeatureIds);
        output.Write(string.Join(',', header.Select(Quote)));
        output.Write('\n');
        var line = new StringBuilder();
        for (var i = 0; i < matrix.PatientIds.Count; i++)
        {
            line.Clear().Append(Quote(matrix.PatientIds[i]));
            foreach (var m in modalities)
            {
                line.Append(',').Append(matrix.Masks[m][i] ? '1' : '0');
            }

            for (var j = 0; j < matrix.FeatureIds.Count; j++)
            {
                line.Append(',');
                var v = matrix.Values[i, j];
                if (!double.IsNaN(v))
                {
                    line.Append(v.ToString("R", CultureInfo.InvariantCulture));
                }
            }

            output.Write(line.Append('\n'));
        }

        output.Flush();
    }

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
