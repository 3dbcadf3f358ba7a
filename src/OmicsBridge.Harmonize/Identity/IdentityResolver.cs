using System.Security.Cryptography;
using System.Text;
using OmicsBridge.Lake.Workspace;

namespace OmicsBridge.Harmonize.Identity;

/// <summary>
/// Deterministic identity rules over the identifier crosswalk: the same (system, value) is always the same person,
/// and identifiers that arrive together name the same person.
/// </summary>
/// <remarks>
/// Rules (numbered as in the docs):
/// ID1 systems are canonicalised through <c>identity.system_aliases</c> before matching; values are trimmed.
/// ID2 an identifier already in the crosswalk resolves to its patient_id.
/// ID3 identifiers that arrive together with a known one join that patient.
/// ID4 when identifiers of two different patients arrive together, the first known one wins and the conflict is
///     reported; merging people is a reviewed decision (HL7 A40), never a side effect.
/// ID5 a person with no known identifier gets a new opaque patient_id: an HMAC of the first identifier under the
///     workspace's identity key, so ids are stable within a workspace and reveal nothing outside it.
/// </remarks>
public sealed class IdentityResolver
{
    private readonly Dictionary<PatientIdentifier, string> _crosswalk = [];
    private readonly IdentitySettings _settings;
    private readonly byte[] _key;

    public IdentityResolver(IdentitySettings settings, byte[] key, IEnumerable<(string PatientId, string System, string Value)> crosswalk)
    {
        ArgumentNullException.ThrowIfNull(crosswalk);
        _settings = settings;
        _key = key;
        foreach (var (patientId, system, value) in crosswalk)
        {
            _crosswalk[new PatientIdentifier(system, value)] = patientId;
        }
    }

    /// <summary>Conflicts found by rule ID4 in this run, as human sentences (identifiers named by system only).</summary>
    public List<string> Conflicts { get; } = [];

    public PatientIdentifier Canonicalize(string? system, string value) => new(_settings.Canonicalize(system), value.Trim());

    /// <summary>Resolves identifiers that arrived together for one person; returns null when none has a value.</summary>
    public IdentityResolution? Resolve(IReadOnlyList<PatientIdentifier> identifiers)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        var usable = identifiers.Where(i => i.Value.Length > 0).Distinct().ToList();
        if (usable.Count == 0)
        {
            return null;
        }

        string? patientId = null;
        foreach (var identifier in usable)
        {
            if (!_crosswalk.TryGetValue(identifier, out var known))
            {
                continue;
            }

            if (patientId is null)
            {
                patientId = known;
            }
            else if (patientId != known)
            {
                Conflicts.Add($"identifiers in systems {usable[0].System} and {identifier.System} name two different patients; kept the first");
            }
        }

        var isNew = patientId is null;
        patientId ??= NewPatientId(usable[0]);
        var added = new List<PatientIdentifier>();
        foreach (var identifier in usable.Where(i => !_crosswalk.ContainsKey(i)))
        {
            _crosswalk[identifier] = patientId;
            added.Add(identifier);
        }

        return new IdentityResolution(patientId, isNew, added);
    }

    private string NewPatientId(PatientIdentifier first)
    {
        var mac = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{first.System}\u001f{first.Value}"));
        return "pt_" + Convert.ToHexStringLower(mac)[..20];
    }
}
