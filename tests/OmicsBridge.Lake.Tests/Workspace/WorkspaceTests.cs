using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Testing;
using LakeWorkspace = OmicsBridge.Lake.Workspace.Workspace;

namespace OmicsBridge.Lake.Tests.Workspace;

public sealed class WorkspaceTests
{
    [Fact]
    public void Init_NewFolder_CreatesLayoutAndCommentedSettings()
    {
        using var temp = new TempDirectory();
        var workspace = LakeWorkspace.Init(temp.Combine("study"));

        foreach (var folder in new[] { "landing/sha256", "lake", "keys", "audit" })
        {
            Assert.True(Directory.Exists(Path.Combine(workspace.Root, folder)), folder);
        }

        var yaml = File.ReadAllText(workspace.SettingsPath);
        Assert.Contains("# OmicsBridge workspace settings.", yaml, StringComparison.Ordinal);
        Assert.Contains("default_system: MRN", yaml, StringComparison.Ordinal);
        Assert.Equal("study", workspace.Settings.Project);
        Assert.Equal("MRN", workspace.Settings.Identity.DefaultSystem);
    }

    [Fact]
    public void Init_ExistingWorkspace_IsAUsageError()
    {
        using var temp = new TempDirectory();
        LakeWorkspace.Init(temp.Combine("study"));

        var error = Assert.Throws<OmicsBridgeException>(() => LakeWorkspace.Init(temp.Combine("study")));
        Assert.Equal(ErrorKind.Usage, error.Kind);
    }

    [Fact]
    public void Open_MissingFolder_SaysHowToCreateOne()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<OmicsBridgeException>(() => LakeWorkspace.Open(temp.Combine("nope")));
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Contains("omicsbridge init", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_FolderWithoutSettings_IsNotAWorkspace()
    {
        using var temp = new TempDirectory();
        var error = Assert.Throws<OmicsBridgeException>(() => LakeWorkspace.Open(temp.Path));
        Assert.Contains("not an OmicsBridge workspace", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownSettingsKey_NamesFileAndLine()
    {
        using var temp = new TempDirectory();
        var workspace = LakeWorkspace.Init(temp.Combine("study"));
        File.AppendAllText(workspace.SettingsPath, "identiy:\n  default_system: X\n");

        var error = Assert.Throws<OmicsBridgeException>(() => LakeWorkspace.Open(workspace.Root));
        var issue = Assert.Single(error.Issues);
        Assert.Equal("CFG001", issue.Code);
        Assert.Equal(workspace.SettingsPath, issue.File);
        Assert.True(issue.Line > 20);
    }

    [Fact]
    public void Open_SystemAliases_CanonicalizeCaseInsensitively()
    {
        using var temp = new TempDirectory();
        var workspace = LakeWorkspace.Init(temp.Combine("study"));
        var yaml = File.ReadAllText(workspace.SettingsPath)
            .Replace("# \"HOSP\": MRN", "\"HOSP\": MRN", StringComparison.Ordinal);
        File.WriteAllText(workspace.SettingsPath, yaml);

        var settings = LakeWorkspace.Open(workspace.Root).Settings.Identity;
        Assert.Equal("MRN", settings.Canonicalize("hosp"));
        Assert.Equal("MRN", settings.Canonicalize(null));
        Assert.Equal("urn:other", settings.Canonicalize(" urn:other "));
    }

    [Fact]
    public void ResolveRoot_OptionWinsOverEnvironmentAndCurrentFolder()
    {
        Assert.Equal(Path.GetFullPath("/tmp/x"), LakeWorkspace.ResolveRoot("/tmp/x"));
    }
}
