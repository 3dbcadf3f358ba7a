using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Audit;

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>
/// The honest broker's way back from research ids to patient_ids. The HMAC cannot be inverted, so the mapping is
/// found by computing the research id of every known patient_id (from the lake) and matching. Only a role holding
/// <see cref="DataAction.ReIdentify"/> may do it, and every mapping (found or not) is its own audit entry.
/// </summary>
public sealed class ReIdentifier(Pseudonymizer pseudonyms, AccessPolicy policy, AuditLog audit)
{
    /// <summary>Maps <paramref name="researchIds"/> back; refused (audited, then thrown as Forbidden) without the right.</summary>
    public IReadOnlyList<ReIdentification> Map(CallerIdentity caller, IEnumerable<string> researchIds, IEnumerable<string> knownPatientIds)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(researchIds);
        ArgumentNullException.ThrowIfNull(knownPatientIds);
        var decision = policy.Decide(caller, DataAction.ReIdentify);
        if (!decision.Allowed)
        {
            audit.Append(new AuditEvent(caller.User, caller.Role, caller.Purpose?.ToString(), "re_identify", null, [], 0,
                "refused", decision.Reason, caller.Source.ToString()));
            decision.EnsureAllowed();
        }

        var wanted = researchIds.ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var patientId in knownPatientIds)
        {
            var researchId = pseudonyms.ResearchId(patientId);
            if (wanted.Contains(researchId))
            {
                found[researchId] = patientId;
            }
        }

        var results = new List<ReIdentification>(wanted.Count);
        foreach (var researchId in wanted.Order(StringComparer.Ordinal))
        {
            var patientId = found.GetValueOrDefault(researchId);
            var entry = audit.Append(new AuditEvent(caller.User, caller.Role, caller.Purpose?.ToString(), "re_identify", researchId, ["patient"],
                patientId is null ? 0 : 1, patientId is null ? "not_found" : "mapped", decision.Reason, caller.Source.ToString()));
            results.Add(new ReIdentification(researchId, patientId, entry.Sequence));
        }

        return results;
    }
}
