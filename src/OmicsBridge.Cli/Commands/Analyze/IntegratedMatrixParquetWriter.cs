using OmicsBridge.Analytics.Integration;
using Parquet;
using Parquet.Schema;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>Writes an <see cref="IntegratedMatrix"/> as one zstd Parquet file: <c>patient_id</c>, a boolean
/// <c>has_&lt;modality&gt;</c> per mask, then one nullable double per feature (null where the patient lacks the modality).</summary>
internal static class IntegratedMatrixParquetWriter
{
    private static readonly ParquetOptions s_options = new() { CompressionMethod = CompressionMethod.Zstd };

    public static void Write(IntegratedMatrix matrix, string path)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 20);
        WriteAsync(matrix, stream).GetAwaiter().GetResult();
    }

    private static async Task WriteAsync(IntegratedMatrix matrix, Stream stream)
    {
        var modalities = matrix.Masks.Keys.Order(StringComparer.Ordinal).ToArray();
        var idField = new DataField<string>("patient_id", false);
        var maskFields = modalities.Select(m => new DataField<bool>("has_" + m, false)).ToArray();
        var featureFields = matrix.FeatureIds.Select(f => new DataField<double?>(f, true)).ToArray();
        var schema = new ParquetSchema([idField, .. maskFields, .. featureFields]);
        var writer = await ParquetWriter.CreateAsync(schema, stream, s_options).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var group = writer.CreateRowGroup();
            var n = matrix.PatientIds.Count;
            await group.WriteAsync(idField, new ArraySegment<string>([.. matrix.PatientIds])).ConfigureAwait(false);
            for (var m = 0; m < modalities.Length; m++)
            {
                await group.WriteAsync(maskFields[m], new ReadOnlyMemory<bool>(matrix.Masks[modalities[m]])).ConfigureAwait(false);
            }

            var column = new double?[n];
            for (var j = 0; j < featureFields.Length; j++)
            {
                for (var i = 0; i < n; i++)
                {
                    var v = matrix.Values[i, j];
                    column[i] = double.IsNaN(v) ? null : v;
                }

                await group.WriteAsync(featureFields[j], new ReadOnlyMemory<double?>(column)).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }
    }
}
