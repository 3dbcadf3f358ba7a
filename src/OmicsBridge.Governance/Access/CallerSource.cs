namespace OmicsBridge.Governance.Access;

/// <summary>Where a caller's identity came from; recorded in the audit log.</summary>
public enum CallerSource
{
    /// <summary>Given explicitly (--user/--role/--purpose, or an API token).</summary>
    Flags,

    /// <summary>A named profile of omicsbridge.yaml.</summary>
    Profile,

    /// <summary>No role given: the workspace's default profile (its owner, as data steward).</summary>
    DefaultProfile,
}
