using OmicsBridge.Core.Access;

namespace OmicsBridge.Governance.Access;

/// <summary>
/// The part of the DUO permission hierarchy needed to decide whether a consented use permits a requested purpose.
/// </summary>
/// <remarks>
/// DUO's permissions are nested: NRES (no restriction) ⊃ GRU (general research use) ⊃ HMB (health/medical/biomedical)
/// ⊃ DS-X (disease X). GRU also covers POA (population origins or ancestry), which HMB explicitly excludes. Clinical
/// care (CC) is not research, so only NRES or CC itself permits it. A DS consent permits DS research on the same
/// disease or, through an <see cref="IDiseaseHierarchy"/>, on one of its descendants; never on a broader disease.
/// </remarks>
public static class DuoHierarchy
{
    /// <summary>Whether consent to <paramref name="consented"/> permits a use for <paramref name="requested"/>.</summary>
    public static bool Permits(Purpose consented, Purpose requested, IDiseaseHierarchy? diseases = null)
    {
        ArgumentNullException.ThrowIfNull(consented);
        ArgumentNullException.ThrowIfNull(requested);
        return consented.Code switch
        {
            DuoCodes.NoRestriction => true,
            DuoCodes.GeneralResearchUse => requested.IsResearch,
            DuoCodes.HealthMedicalBiomedical => requested.Code is DuoCodes.HealthMedicalBiomedical or DuoCodes.DiseaseSpecific,
            DuoCodes.DiseaseSpecific => requested.Code == DuoCodes.DiseaseSpecific
                && DiseaseCovered(consented.Disease, requested.Disease, diseases ?? DiseaseHierarchy.IdentityOnly),
            DuoCodes.PopulationOriginsAncestry => requested.Code == DuoCodes.PopulationOriginsAncestry,
            DuoCodes.ClinicalCare => requested.Code == DuoCodes.ClinicalCare,
            _ => false,
        };
    }

    private static bool DiseaseCovered(string? consented, string? requested, IDiseaseHierarchy diseases)
    {
        // A DS consent without a term is malformed (DUO requires one); it permits nothing rather than everything.
        if (consented is null || requested is null)
        {
            return false;
        }

        return diseases.IsSameOrDescendant(requested, consented);
    }
}
