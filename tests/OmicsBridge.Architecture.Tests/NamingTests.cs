using System.Reflection;

namespace OmicsBridge.Architecture.Tests;

/// <summary>STYLE.md §3: namespace = project + folder, and no Manager/Helper/Util types.</summary>
public sealed class NamingTests
{
    public static TheoryData<string> Assemblies => new()
    {
        "OmicsBridge.Core", "OmicsBridge.Formats", "OmicsBridge.Lake", "OmicsBridge.Harmonize", "OmicsBridge.Governance",
        "OmicsBridge.Analytics", "OmicsBridge.Pipeline", "OmicsBridge.Demo", "omicsbridge",
    };

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void Types_LiveInTheirProjectsNamespace_AndAvoidVagueNames(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var root = assemblyName == "omicsbridge" ? "OmicsBridge.Cli" : assemblyName;
        var types = assembly.GetTypes().Where(t => t.Namespace is not null && !t.Name.StartsWith('<') && !IsCompilerGenerated(t)).ToList();

        Assert.All(types, t => Assert.True(t.Namespace!.StartsWith(root, StringComparison.Ordinal), $"{t.FullName} is outside {root}"));
        Assert.All(types, t => Assert.False(
            t.Name.EndsWith("Manager", StringComparison.Ordinal) || t.Name.EndsWith("Helper", StringComparison.Ordinal) || t.Name.EndsWith("Util", StringComparison.Ordinal),
            $"{t.FullName}: name what it does"));
    }

    private static bool IsCompilerGenerated(Type type) =>
        type.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is not null
        || type.FullName!.StartsWith("Microsoft.", StringComparison.Ordinal)
        || type.FullName.StartsWith("System.", StringComparison.Ordinal);
}
