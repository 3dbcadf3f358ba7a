using System.Globalization;
using BenchmarkDotNet.Attributes;
using OmicsBridge.Formats.Matrix;

namespace OmicsBridge.Benchmarks;

/// <summary>
/// Parsing a 2,000 × 1,000 expression matrix (2 M values) against the raw ceiling of reading the same bytes as lines
/// and splitting them, so the reader's cost is reported as a ratio to a baseline measured in the same run.
/// </summary>
[MemoryDiagnoser]
public class ExpressionMatrixReaderBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), "ob-bench-matrix-2000x1000.tsv");
        if (!File.Exists(_path))
        {
            SyntheticExpressionMatrix.Write(_path, genes: 2_000, samples: 1_000, seed: 42);
        }
    }

    [Benchmark(Baseline = true, Description = "StreamReader lines + double.Parse (raw ceiling)")]
    public double RawLinesAndParse()
    {
        double sum = 0;
        using var reader = new StreamReader(_path);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.AsSpan();
            var tab = cells.IndexOf('\t');
            cells = cells[(tab + 1)..];
            foreach (var range in cells.Split('\t'))
            {
                sum += double.Parse(cells[range], NumberStyles.Float, CultureInfo.InvariantCulture);
            }
        }

        return sum;
    }

    [Benchmark(Description = "ExpressionMatrixReader.TryReadRow")]
    public double MatrixReader()
    {
        double sum = 0;
        using var reader = new ExpressionMatrixReader(_path);
        while (reader.TryReadRow(out var row))
        {
            foreach (var value in row.Values)
            {
                sum += value;
            }
        }

        return sum;
    }
}
