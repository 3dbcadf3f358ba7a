using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Access;
using OmicsBridge.Testing;

namespace OmicsBridge.Governance.Tests.Access;

public sealed class DataActionsTests
{
    [Theory]
    [InlineData("read_pseudonymised", DataAction.ReadPseudonymised)]
    [InlineData("RE-IDENTIFY", DataAction.ReIdentify)]
    [InlineData("all", DataAction.All)]
    public void TryParse_YamlNames_GiveFlags(string text, DataAction expected)
    {
        Assert.True(DataActions.TryParse(text, out var action));
        Assert.Equal(expected, action);
    }

    [Fact]
    public void Describe_Set_ListsEachFlagByName()
        => Assert.Equal("read_identified, read_audit", DataActions.Describe(DataAction.ReadIdentified | DataAction.ReadAudit));

    [Fact]
    public void Role_Allows_RequiresEveryFlagOfTheAction()
    {
        var role = new Role("r", DataAction.ReadAudit);

        Assert.True(role.Allows(DataAction.ReadAudit));
        Assert.False(role.Allows(DataAction.ReadAudit | DataAction.Ingest));
        Assert.False(role.Allows(DataAction.None));
    }

    [Fact]
    public void LoadFile_FreshWorkspaceSettings_GivesDefaultRoles()
    {
        using var workspace = new TempWorkspace();

        var policy = AccessPolicyLoader.LoadFile(workspace.Workspace.SettingsPath);

        Assert.Equal(AccessPolicy.DefaultRoles.Select(r => r.Name).Order(StringComparer.Ordinal), policy.Roles.Select(r => r.Name).Order(StringComparer.Ordinal));
    }
}
