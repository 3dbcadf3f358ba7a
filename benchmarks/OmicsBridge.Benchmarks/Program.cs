using System.Globalization;
using BenchmarkDotNet.Running;
using OmicsBridge.Formats.Matrix;

// `--generate-matrix PATH GENES SAMPLES` writes the seeded synthetic matrix the ingest script times; anything else runs BenchmarkDotNet.
if (args is ["--generate-matrix", var path, var genes, var samples])
{
    SyntheticExpressionMatrix.Write(path, int.Parse(genes, CultureInfo.InvariantCulture), int.Parse(samples, CultureInfo.InvariantCulture), seed: 42);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(OmicsBridge.Benchmarks.ExpressionMatrixReaderBenchmarks).Assembly).Run(args);
