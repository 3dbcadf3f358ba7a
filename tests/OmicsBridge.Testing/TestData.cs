using System.Reflection;

namespace OmicsBridge.Testing;

/// <summary>Finds the repository and the shared, externally written test files (../shared/testdata beside it).</summary>
public static class TestData
{
    /// <summary>The repository root, as recorded at build time (builds may put binaries anywhere).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The folder of real sample files written by others (see its SOURCES.md).</summary>
    public static string SharedRoot { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "testdata"));

    /// <summary>A file under ../shared/testdata, e.g. <c>Shared("vcf/hts-specs/examples/vcf/simple.vcf")</c>.</summary>
    public static string Shared(string relativePath)
    {
        var path = Path.Combine(SharedRoot, relativePath);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Shared test file not found: {path}");
    }

    /// <summary>A fixture under tests/data, e.g. <c>Fixture("vcf/multiallelic_split.vcf")</c>.</summary>
    public static string Fixture(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot, "tests", "data", relativePath);
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"Test fixture not found: {path}");
    }

    private static string FindRepositoryRoot()
    {
        foreach (var assembly in new[] { Assembly.GetEntryAssembly(), typeof(TestData).Assembly })
        {
            var recorded = assembly?.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "OmicsBridge.RepositoryRoot")?.Value;
            if (recorded is not null && File.Exists(Path.Combine(recorded, "OmicsBridge.slnx")))
            {
                return recorded;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OmicsBridge.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (OmicsBridge.slnx) from the test assembly.");
    }
}
