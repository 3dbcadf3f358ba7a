using System.Reflection;
using OmicsBridge.Testing;

namespace OmicsBridge.Architecture.Tests;

/// <summary>Dependencies point one way (docs/architecture.md): each assembly may reference only the layers below it.</summary>
public sealed class LayerTests
{
    public static TheoryData<string, string[]> Layers => new()
    {
        { "OmicsBridge.Core", [] },
        { "OmicsBridge.Formats", ["OmicsBridge.Core"] },
        { "OmicsBridge.Lake", ["OmicsBridge.Core"] },
        { "OmicsBridge.Harmonize", ["OmicsBridge.Core", "OmicsBridge.Lake"] },
        { "OmicsBridge.Governance", ["OmicsBridge.Core", "OmicsBridge.Lake"] },
        { "OmicsBridge.Analytics", ["OmicsBridge.Core"] },
        { "OmicsBridge.Demo", ["OmicsBridge.Core", "OmicsBridge.Formats"] },
        { "OmicsBridge.Pipeline", ["OmicsBridge.Core", "OmicsBridge.Formats", "OmicsBridge.Lake", "OmicsBridge.Harmonize", "OmicsBridge.Governance"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void Assembly_ReferencesOnlyLowerLayers(string assemblyName, string[] allowed)
    {
        var assembly = Assembly.Load(assemblyName);
        var ours = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("OmicsBridge.", StringComparison.Ordinal))
            .ToList();

        Assert.All(ours, name => Assert.Contains(name, allowed));
    }

    [Fact]
    public void Core_UsesNothingButTheBaseClassLibrary()
    {
        var references = Assembly.Load("OmicsBridge.Core").GetReferencedAssemblies().Select(a => a.Name!).ToList();
        Assert.All(references, name => Assert.True(
            name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib",
            $"Core references {name}"));
    }

    [Fact]
    public void Cli_ReadsTheLakeOnlyThroughTheGate()
    {
        // Commands render what the governed gate returns; none may open a query engine or the lake's files itself.
        var cli = Path.Combine(TestData.RepositoryRoot, "src", "OmicsBridge.Cli");
        var offenders = Directory.EnumerateFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f =>
            {
                var text = File.ReadAllText(f);
                return text.Contains("LakeQueryEngine", StringComparison.Ordinal)
                    || text.Contains("DuckDBConnection", StringComparison.Ordinal)
                    || text.Contains("read_parquet", StringComparison.Ordinal);
            })
            .Select(f => Path.GetRelativePath(cli, f))
            .ToList();

        Assert.Empty(offenders);
    }
}
