using System.Diagnostics;
using System.Globalization;
using System.Text;
using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests;

/// <summary>A real <c>omicsbridge</c> process killed mid-ingest leaves the previous snapshot readable and complete.</summary>
public sealed class KillDuringIngestTests : IDisposable
{
    private readonly TempDirectory _temp = new("ob-kill");

    [Fact]
    public void Ingest_KilledAfterWritingDataFiles_LeavesPreviousSnapshotAndNextIngestSucceeds()
    {
        var ws = _temp.Combine("ws");
        Assert.Equal(0, Cli.Run("init", ws).ExitCode);
        // Small data files, so the process is certainly killed after it has written some.
        var settings = Path.Combine(ws, "omicsbridge.yaml");
        File.WriteAllText(settings, File.ReadAllText(settings).Replace("target_file_rows: 2000000", "target_file_rows: 50000", StringComparison.Ordinal));
        var manifest = _temp.Combine("samples.csv");
        File.WriteAllText(manifest, "sample_id,mrn,modality\nS-1,MRN1,RNA-seq\nS-2,MRN2,RNA-seq\n");
        Assert.Equal(0, Cli.Run("ingest", "manifest", manifest, "-w", ws).ExitCode);

        const int genes = 4_000;
        const int samples = 600;
        var matrix = WriteMatrix(genes, samples);
        var dataFolder = Path.Combine(ws, "lake", "molecular_measurement");
        var before = Directory.EnumerateFiles(dataFolder, "*.parquet").Count();

        using (var process = StartCli("ingest", "matrix", matrix, "-w", ws))
        {
            var deadline = Stopwatch.StartNew();
            while (Directory.EnumerateFiles(dataFolder, "*.parquet").Count() <= before)
            {
                if (process.HasExited)
                {
                    Assert.Fail($"ingest finished before it could be killed: {process.StandardError.ReadToEnd()}");
                }

                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), "no data file appeared");
                Thread.Sleep(10);
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        Assert.True(Directory.EnumerateFiles(dataFolder, "*.parquet").Count() > before, "the killed run wrote data files");
        var published = Directory.EnumerateFiles(Path.Combine(ws, "lake", "_lake_log"), "*.json").ToList();
        Assert.True(published.Count == 1, string.Join("\n", published.Select(File.ReadAllText)));
        Assert.Equal(0, FoundationTests.Scalar(ws, "SELECT count(*) FROM molecular_measurement"));
        Assert.Equal(2, FoundationTests.Scalar(ws, "SELECT count(*) FROM sample"));
        Assert.Equal(1, FoundationTests.Scalar(ws, "SELECT count(*) FROM ingest_run"));

        var retry = Cli.Run("ingest", "matrix", matrix, "-w", ws);
        Assert.True(retry.ExitCode == 0, retry.ToString());
        Assert.Equal((long)genes * samples, FoundationTests.Scalar(ws, "SELECT count(*) FROM molecular_measurement"));
        Assert.Equal(2, FoundationTests.Scalar(ws, "SELECT count(*) FROM ingest_run"));
    }

    public void Dispose() => _temp.Dispose();

    private string WriteMatrix(int genes, int samples)
    {
        var path = _temp.Combine("expression.tsv");
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("gene_symbol");
        for (var s = 0; s < samples; s++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"\tS-{s + 1}"));
        }

        writer.Write('\n');
        var line = new StringBuilder();
        for (var g = 0; g < genes; g++)
        {
            line.Clear().Append(CultureInfo.InvariantCulture, $"LOC{100000 + g}");
            for (var s = 0; s < samples; s++)
            {
                line.Append(CultureInfo.InvariantCulture, $"\t{(g * 0.001) + s:F3}");
            }

            writer.Write(line.Append('\n'));
        }

        return path;
    }

    private static Process StartCli(params string[] args)
    {
        var cli = typeof(OmicsBridge.Cli.CliApplication).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(cli);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start omicsbridge");
    }
}
