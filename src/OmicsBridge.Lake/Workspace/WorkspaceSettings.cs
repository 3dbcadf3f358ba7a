namespace OmicsBridge.Lake.Workspace;

/// <summary>The settings in a workspace's <c>omicsbridge.yaml</c> (snake_case keys).</summary>
public sealed class WorkspaceSettings
{
    public string Project { get; set; } = "omicsbridge";

    public IdentitySettings Identity { get; set; } = new();

    public LakeSettings Lake { get; set; } = new();

    /// <summary>
    /// The <c>roles:</c> section, read by the governance layer's policy loader (which owns its schema and positioned
    /// errors); declared here only so the strict deserializer accepts it.
    /// </summary>
    public Dictionary<string, object?>? Roles { get; set; }

    /// <summary>The <c>profiles:</c> section (named callers), read by the governance layer like <see cref="Roles"/>.</summary>
    public Dictionary<string, object?>? Profiles { get; set; }

    public GovernanceSettings Governance { get; set; } = new();
}

/// <summary>How identifiers name people: which systems are the same namespace, and which one a bare MRN belongs to.</summary>
public sealed class IdentitySettings
{
    /// <summary>The system of a patient identifier that arrives without one (a manifest's MRN column).</summary>
    public string DefaultSystem { get; set; } = "MRN";

    /// <summary>
    /// Other spellings of the same identifier system (a FHIR system URI, an HL7 v2 assigning authority), mapped to the
    /// name stored in <c>patient_identifier.system</c>. Matching is case-insensitive.
    /// </summary>
    public Dictionary<string, string> SystemAliases { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string Canonicalize(string? system)
    {
        if (string.IsNullOrWhiteSpace(system))
        {
            return DefaultSystem;
        }

        var trimmed = system.Trim();
        return SystemAliases.TryGetValue(trimmed, out var canonical) ? canonical : trimmed;
    }
}

/// <summary>How data files are laid out.</summary>
public sealed class LakeSettings
{
    /// <summary>Rows per Parquet data file; a table's write buffer is flushed to a new file at this size.</summary>
    public int TargetFileRows { get; set; } = 2_000_000;
}
