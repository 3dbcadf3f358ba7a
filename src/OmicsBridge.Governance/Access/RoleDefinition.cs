using OmicsBridge.Core.Access;

namespace OmicsBridge.Governance.Access;

/// <summary>A role as configured: its actions and the purposes it may declare for data reads.</summary>
public sealed record RoleDefinition(string Name, DataAction Actions, IReadOnlyList<PurposeRule> Purposes, string? Description = null)
{
    public Role Role => new(Name, Actions);

    public bool PermitsPurpose(Purpose purpose) => Purposes.Any(rule => rule.Matches(purpose));
}
