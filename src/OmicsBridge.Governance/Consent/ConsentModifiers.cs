using OmicsBridge.Core.Access;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// How each DUO data-use modifier constrains a permitted use.
/// </summary>
/// <remarks>
/// Conditions describe the requester or the project (NPU not-for-profit, NCU non-commercial, IRB ethics approval, COL
/// collaboration, GS/US/PS/IS geographic, user, project, institution, GSO genetic studies only, NMDS no methods
/// research): data is usable only when the caller attests it meets them (<c>CallerIdentity.Attestations</c>).
/// Obligations (PUB publication, MOR moratorium, RTN return results) do not block use; they are reported back.
/// NPOA forbids population origins/ancestry research even under GRU. TS (time limit) is enforced by the record's end date.
/// </remarks>
public static class ConsentModifiers
{
    public static IReadOnlySet<string> Conditions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        DuoCodes.NotForProfitUse, DuoCodes.NonCommercialUse, DuoCodes.NotForProfitNonCommercial,
        DuoCodes.EthicsApprovalRequired, DuoCodes.CollaborationRequired, DuoCodes.GeographicalRestriction,
        DuoCodes.UserSpecific, DuoCodes.ProjectSpecific, DuoCodes.InstitutionSpecific,
        DuoCodes.GeneticStudiesOnly, DuoCodes.NoGeneralMethods,
    };

    public static IReadOnlySet<string> Obligations { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        DuoCodes.PublicationRequired, DuoCodes.PublicationMoratorium, DuoCodes.ReturnToResource,
    };

    public static IReadOnlySet<string> PurposeRestrictions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        DuoCodes.NoPopulationOriginsAncestry, DuoCodes.TimeLimit,
    };

    public static bool IsModifier(string code)
        => Conditions.Contains(code) || Obligations.Contains(code) || PurposeRestrictions.Contains(code);

    /// <summary>Parses a modifier written as a DUO id or abbreviation (<c>DUO:0000019</c>, <c>PUB</c>).</summary>
    public static string? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var code = DuoCodes.IsDuoId(trimmed) ? trimmed.ToUpperInvariant()
            : DuoCodes.Abbreviations.TryGetValue(trimmed, out var mapped) ? mapped : null;
        return code is not null && IsModifier(code) ? code : null;
    }
}
