using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Governance.Access;

/// <summary>
/// Decides, for a caller (user, role, purpose) and an action, whether the request is allowed, with a reason.
/// Roles come from the <c>roles:</c> section of omicsbridge.yaml (<see cref="AccessPolicyLoader"/>), else <see cref="Default"/>.
/// </summary>
/// <remarks>
/// Rules, in order: (1) the role must exist; (2) it must hold the action; (3) a read of patient data
/// (<see cref="DataAction.ReadIdentified"/>, <see cref="DataAction.ReadPseudonymised"/>, <see cref="DataAction.ReIdentify"/>)
/// needs a declared purpose that the role's <c>purposes:</c> list permits. Actions on the audit log, keys, consent and
/// ingestion need no purpose. Consent is a separate, per-patient check (<c>ConsentEvaluator</c>).
/// </remarks>
public sealed class AccessPolicy
{
    private const DataAction PatientDataActions = DataAction.ReadIdentified | DataAction.ReadPseudonymised | DataAction.ReIdentify;

    private readonly Dictionary<string, RoleDefinition> _roles;
    private readonly Dictionary<string, CallerProfile> _profiles;

    public AccessPolicy(IEnumerable<RoleDefinition> roles, IEnumerable<CallerProfile>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        _roles = roles.ToDictionary(r => r.Name, StringComparer.OrdinalIgnoreCase);
        _profiles = (profiles ?? []).ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The built-in roles, used when omicsbridge.yaml has no <c>roles:</c> section.</summary>
    public static AccessPolicy Default => new(DefaultRoles);

    /// <summary>admin, data_steward, clinician, researcher, auditor as the issue defines them.</summary>
    public static IReadOnlyList<RoleDefinition> DefaultRoles { get; } =
    [
        new(Role.Admin, DataAction.All, [new("any")], "Runs the workspace: every action, any purpose."),
        new(Role.DataSteward,
            DataAction.ReadIdentified | DataAction.ReadPseudonymised | DataAction.ReIdentify | DataAction.Ingest
                | DataAction.ManageKeys | DataAction.ManageConsent | DataAction.ReadAudit,
            [new("any")],
            "The honest broker: identified data, re-identification, keys and consent."),
        new(Role.Clinician, DataAction.ReadIdentified, [new(DuoCodes.ClinicalCare)],
            "Identified data for clinical care (DUO:0000043) only."),
        new(Role.Researcher, DataAction.ReadPseudonymised, [new("research")],
            "Pseudonymised data of consenting patients, for a research purpose (GRU, HMB, DS, POA)."),
        new(Role.Auditor, DataAction.ReadAudit, [], "The audit log only."),
    ];

    public IReadOnlyCollection<RoleDefinition> Roles => _roles.Values;

    public IReadOnlyCollection<CallerProfile> Profiles => _profiles.Values;

    public RoleDefinition? FindRole(string name) => _roles.GetValueOrDefault(name);

    /// <summary>Allowed or refused, with the reason; never throws for a refusal.</summary>
    public AccessDecision Decide(CallerIdentity caller, DataAction action)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!_roles.TryGetValue(caller.Role, out var role))
        {
            var known = string.Join(", ", _roles.Keys.Order(StringComparer.Ordinal));
            return new(false, caller, action, $"Unknown role '{caller.Role}'. Known roles: {known}.");
        }

        if (!role.Role.Allows(action))
        {
            return new(false, caller, action,
                $"Role '{role.Name}' does not allow {DataActions.Describe(action)} (it allows: {DataActions.Describe(role.Actions)}).");
        }

        if ((action & PatientDataActions) == 0)
        {
            return new(true, caller, action, $"Role '{role.Name}' allows {DataActions.Describe(action)}.");
        }

        if (caller.Purpose is null)
        {
            return new(false, caller, action,
                $"Declare a purpose (--purpose, a DUO code) to {DataActions.Describe(action)}; role '{role.Name}' permits: {DescribePurposes(role)}.");
        }

        if (!role.PermitsPurpose(caller.Purpose))
        {
            return new(false, caller, action,
                $"Role '{role.Name}' may not act for purpose {caller.Purpose}; it permits: {DescribePurposes(role)}.");
        }

        return new(true, caller, action, $"Role '{role.Name}' allows {DataActions.Describe(action)} for purpose {caller.Purpose}.");
    }

    /// <summary>
    /// Builds the caller from command-line values and profiles: explicit values win; a named profile fills the rest;
    /// with no role at all, the <c>default</c> profile (else the first one) is used, and failing that the local user
    /// as data_steward, the workspace owner's default. <see cref="CallerIdentity.Source"/> records which.
    /// </summary>
    public CallerIdentity ResolveCaller(string? profile, string? user, string? role, string? purpose)
    {
        CallerProfile? chosen = null;
        var source = CallerSource.Flags;
        if (!string.IsNullOrWhiteSpace(profile))
        {
            chosen = _profiles.GetValueOrDefault(profile)
                ?? throw OmicsBridgeException.Usage($"Unknown profile '{profile}'. Known profiles: {string.Join(", ", _profiles.Keys.Order(StringComparer.Ordinal))}.");
            source = CallerSource.Profile;
        }
        else if (string.IsNullOrWhiteSpace(role))
        {
            chosen = _profiles.GetValueOrDefault("default") ?? _profiles.Values.FirstOrDefault()
                ?? new CallerProfile("default", Environment.UserName, Role.DataSteward);
            source = CallerSource.DefaultProfile;
        }

        var resolvedRole = !string.IsNullOrWhiteSpace(role) ? role.Trim() : chosen!.Role;
        var resolvedUser = !string.IsNullOrWhiteSpace(user) ? user.Trim() : chosen?.User ?? Environment.UserName;
        var purposeText = !string.IsNullOrWhiteSpace(purpose) ? purpose : chosen?.Purpose;
        Purpose? resolvedPurpose = null;
        if (!string.IsNullOrWhiteSpace(purposeText) && !Purpose.TryParse(purposeText, out resolvedPurpose, out var error))
        {
            throw OmicsBridgeException.Usage($"Invalid purpose: {error}.");
        }

        return new CallerIdentity(resolvedUser, resolvedRole, resolvedPurpose, source);
    }

    private static string DescribePurposes(RoleDefinition role)
        => role.Purposes.Count == 0 ? "no data purposes" : string.Join(", ", role.Purposes);
}
