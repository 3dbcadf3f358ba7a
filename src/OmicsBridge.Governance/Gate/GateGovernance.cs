using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Audit;
using OmicsBridge.Governance.Consent;
using OmicsBridge.Governance.Pseudonyms;
using OmicsBridge.Governance.Suppression;
using OmicsBridge.Lake.Workspace;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// A workspace's governance as the gate applies it: the role policy and profiles of omicsbridge.yaml, the key ring,
/// the sealed audit log, the missing-consent default, the suppression threshold and the date-shift range.
/// </summary>
public sealed class GateGovernance
{
    private GateGovernance(Workspace workspace, AccessPolicy policy)
    {
        Workspace = workspace;
        Policy = policy;
        Keys = ProjectKeyRing.Local(workspace.KeysPath);
        var settings = workspace.Settings.Governance;
        MissingConsent = settings.MissingConsent.Trim().ToLowerInvariant() switch
        {
            "deny" => MissingConsentPolicy.Deny,
            "permit" => MissingConsentPolicy.Permit,
            _ => throw Core.Diagnostics.OmicsBridgeException.InvalidInput(
                $"{workspace.SettingsPath}: governance.missing_consent must be deny or permit, not '{settings.MissingConsent}'."),
        };
        if (settings.SuppressionThreshold < 1)
        {
            throw Core.Diagnostics.OmicsBridgeException.InvalidInput($"{workspace.SettingsPath}: governance.suppression_threshold must be at least 1.");
        }

        Suppression = new SuppressionOptions(settings.SuppressionThreshold);
        Audit = new AuditLog(workspace.AuditPath, Keys.GetOrCreate(workspace.Settings.Project, "audit"));
    }

    public Workspace Workspace { get; }

    public AccessPolicy Policy { get; }

    public ProjectKeyRing Keys { get; }

    public AuditLog Audit { get; }

    public MissingConsentPolicy MissingConsent { get; }

    public SuppressionOptions Suppression { get; }

    public string Project => Workspace.Settings.Project;

    /// <summary>Reads the roles and profiles of the workspace's omicsbridge.yaml (built-in roles when it has none).</summary>
    public static GateGovernance For(Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return new GateGovernance(workspace, AccessPolicyLoader.LoadFile(workspace.SettingsPath));
    }

    public Pseudonymizer Pseudonyms() =>
        Pseudonymizer.ForProject(Keys, Project, Workspace.Settings.Governance.MaxDateShiftDays);

    /// <summary>
    /// The caller from command-line values and profiles (<see cref="AccessPolicy.ResolveCaller"/>). The owner's default
    /// profile reads for <c>governance.default_purpose</c> when it names no purpose, so a plain
    /// <c>omicsbridge sql</c> in one's own workspace works and is still audited with a purpose.
    /// </summary>
    public CallerIdentity ResolveCaller(string? profile = null, string? user = null, string? role = null, string? purpose = null)
    {
        var caller = Policy.ResolveCaller(profile, user, role, purpose);
        if (caller.Purpose is null && caller.Source == CallerSource.DefaultProfile
            && Purpose.TryParse(Workspace.Settings.Governance.DefaultPurpose, out var fallback, out _))
        {
            caller = caller with { Purpose = fallback };
        }

        return caller;
    }

    /// <summary>Appends an audit entry for <paramref name="caller"/>.</summary>
    public AuditEntry Record(CallerIdentity caller, string action, string? what, IReadOnlyList<string> tables, long? patients, string outcome, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return Audit.Append(new AuditEvent(
            caller.User, caller.Role, caller.Purpose?.ToString(), action, what, tables, patients, outcome, reason, caller.Source.ToString()));
    }

    /// <summary>Decides an action, audits a refusal, and throws it as <c>Forbidden</c> (exit code 3).</summary>
    public void Ensure(CallerIdentity caller, DataAction action, string? what)
    {
        var decision = Policy.Decide(caller, action);
        if (!decision.Allowed)
        {
            Record(caller, "refusal", what, [], null, "refused", decision.Reason);
            decision.EnsureAllowed();
        }
    }
}
