namespace OmicsBridge.Governance.Access;

/// <summary>A named caller in omicsbridge.yaml <c>profiles:</c> (user, role, and optionally a default purpose).</summary>
public sealed record CallerProfile(string Name, string User, string Role, string? Purpose = null);
