using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>A features × samples matrix file (first column feature id, header = sample ids), as R's ComBat and limma take it.</summary>
internal sealed record MatrixFile(IReadOnlyList<string> Features, IReadOnlyList<string> Samples, double[,] Values)
{
    public static MatrixFile Read(string path)
    {
        var table = DelimitedFile.Read(path);
        var samples = table.Header.Skip(1).ToArray();
        var values = new double[table.Rows.Count, samples.Length];
        var features = new string[table.Rows.Count];
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            features[i] = row[0] ?? throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: row {i + 2} has no feature id."));
            for (var j = 0; j < samples.Length; j++)
            {
                var text = row[j + 1];
                if (text is null)
                {
                    values[i, j] = double.NaN;
                }
                else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i, j]))
                {
                    throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                        $"{Path.GetFileName(path)}: row {i + 2} ({features[i]}), sample {samples[j]}: not a number."));
                }
            }
        }

        return new MatrixFile(features, samples, values);
    }

    public void Write(string path, string cornerLabel = "feature_id")
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write(cornerLabel);
        foreach (var sample in Samples)
        {
            writer.Write('\t');
            writer.Write(sample);
        }

        writer.Write('\n');
        var line = new StringBuilder();
        for (var i = 0; i < Features.Count; i++)
        {
            line.Clear().Append(Features[i]);
            for (var j = 0; j < Samples.Count; j++)
            {
                line.Append('\t');
                var v = Values[i, j];
                line.Append(double.IsNaN(v) ? "NA" : v.ToString("R", CultureInfo.InvariantCulture));
            }

            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>Per-sample values of one column of a sample table (sample id first), in this matrix's sample order.</summary>
    public IReadOnlyList<string> Align(DelimitedFile sampleTable, int column, string what)
    {
        var bySample = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in sampleTable.Rows)
        {
            if (row[0] is { } id)
            {
                bySample[id] = row[column];
            }
        }

        var result = new string[Samples.Count];
        for (var j = 0; j < Samples.Count; j++)
        {
            if (!bySample.TryGetValue(Samples[j], out var value) || value is null)
            {
                throw OmicsBridgeException.InvalidInput($"{Path.GetFileName(sampleTable.Path)}: no {what} for sample '{Samples[j]}'.");
            }

            result[j] = value;
        }

        return result;
    }

    /// <summary>Samples × features (observations in rows), what PCA and clustering take.</summary>
    public double[,] Transposed()
    {
        var result = new double[Samples.Count, Features.Count];
        for (var i = 0; i < Features.Count; i++)
        {
            for (var j = 0; j < Samples.Count; j++)
            {
                result[j, i] = Values[i, j];
            }
        }

        return result;
    }
}
