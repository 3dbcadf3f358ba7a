using OmicsBridge.Analytics.Integration;
using ParquetSharp;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>Writes an <see cref="IntegratedMatrix"/> as one zstd Parquet file: <c>patient_id</c>, a boolean
/// <c>has_&lt;modality&gt;</c> per mask, then one nullable double per feature (null where the patient lacks the modality).</summary>
/// <remarks>An export the caller asked for, outside the lake: plain Parquet, readable by any tool.</remarks>
internal static class IntegratedMatrixParquetWriter
{
    public static void Write(IntegratedMatrix matrix, string path)
    {
        var modalities = matrix.Masks.Keys.Order(StringComparer.Ordinal).ToArray();
        Column[] columns =
        [
            new Column<string>("patient_id"),
            .. modalities.Select(m => new Column<bool>("has_" + m)),
            .. matrix.FeatureIds.Select(f => new Column<double?>(f)),
        ];
        using var properties = new WriterPropertiesBuilder().Compression(Compression.Zstd).Build();
        using var writer = new ParquetFileWriter(path, columns, properties);
        using (var group = writer.AppendRowGroup())
        {
            using (var ids = group.NextColumn().LogicalWriter<string>())
            {
                ids.WriteBatch([.. matrix.PatientIds]);
            }

            foreach (var modality in modalities)
            {
                using var mask = group.NextColumn().LogicalWriter<bool>();
                mask.WriteBatch(matrix.Masks[modality]);
            }

            var n = matrix.PatientIds.Count;
            var column = new double?[n];
            for (var j = 0; j < matrix.FeatureIds.Count; j++)
            {
                for (var i = 0; i < n; i++)
                {
                    var v = matrix.Values[i, j];
                    column[i] = double.IsNaN(v) ? null : v;
                }

                using var feature = group.NextColumn().LogicalWriter<double?>();
                feature.WriteBatch(column);
            }
        }

        writer.Close();
    }
}
