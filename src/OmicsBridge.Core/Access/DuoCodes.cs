namespace OmicsBridge.Core.Access;

/// <summary>
/// GA4GH Data Use Ontology (DUO) terms used for purposes and consent modifiers.
/// Ids and labels as published by the DUO project (http://purl.obolibrary.org/obo/duo.owl).
/// </summary>
public static class DuoCodes
{
    // Permissions: what the data may be used for.

    /// <summary>NRES: no restriction on use.</summary>
    public const string NoRestriction = "DUO:0000004";

    /// <summary>GRU: general research use, including population origins or ancestry.</summary>
    public const string GeneralResearchUse = "DUO:0000042";

    /// <summary>HMB: health, medical or biomedical research (excludes population origins or ancestry).</summary>
    public const string HealthMedicalBiomedical = "DUO:0000006";

    /// <summary>DS: disease-specific research; carries a disease term (MONDO, DOID, ICD…).</summary>
    public const string DiseaseSpecific = "DUO:0000007";

    /// <summary>POA: population origins or ancestry research only.</summary>
    public const string PopulationOriginsAncestry = "DUO:0000011";

    /// <summary>CC: clinical care use.</summary>
    public const string ClinicalCare = "DUO:0000043";

    // Modifiers: conditions, restrictions and obligations on a permitted use.

    /// <summary>NMDS: no general methods research.</summary>
    public const string NoGeneralMethods = "DUO:0000015";

    /// <summary>GSO: genetic studies only.</summary>
    public const string GeneticStudiesOnly = "DUO:0000016";

    /// <summary>NPUNCU: not-for-profit, non-commercial use only (obsolete in DUO, still found in older consents).</summary>
    public const string NotForProfitNonCommercial = "DUO:0000018";

    /// <summary>PUB: publication required.</summary>
    public const string PublicationRequired = "DUO:0000019";

    /// <summary>COL: collaboration required.</summary>
    public const string CollaborationRequired = "DUO:0000020";

    /// <summary>IRB: ethics approval required.</summary>
    public const string EthicsApprovalRequired = "DUO:0000021";

    /// <summary>GS: geographical restriction.</summary>
    public const string GeographicalRestriction = "DUO:0000022";

    /// <summary>MOR: publication moratorium.</summary>
    public const string PublicationMoratorium = "DUO:0000024";

    /// <summary>TS: time limit on use.</summary>
    public const string TimeLimit = "DUO:0000025";

    /// <summary>US: user-specific restriction.</summary>
    public const string UserSpecific = "DUO:0000026";

    /// <summary>PS: project-specific restriction.</summary>
    public const string ProjectSpecific = "DUO:0000027";

    /// <summary>IS: institution-specific restriction.</summary>
    public const string InstitutionSpecific = "DUO:0000028";

    /// <summary>RTN: return to database or resource.</summary>
    public const string ReturnToResource = "DUO:0000029";

    /// <summary>NPOA: population origins or ancestry research prohibited.</summary>
    public const string NoPopulationOriginsAncestry = "DUO:0000044";

    /// <summary>NPU: not-for-profit organisation use only.</summary>
    public const string NotForProfitUse = "DUO:0000045";

    /// <summary>NCU: non-commercial use only.</summary>
    public const string NonCommercialUse = "DUO:0000046";

    /// <summary>Short DUO abbreviations (GRU, HMB, DS, NPU…) to ids, for typing purposes on a command line.</summary>
    public static IReadOnlyDictionary<string, string> Abbreviations { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["NRES"] = NoRestriction,
        ["GRU"] = GeneralResearchUse,
        ["HMB"] = HealthMedicalBiomedical,
        ["DS"] = DiseaseSpecific,
        ["POA"] = PopulationOriginsAncestry,
        ["CC"] = ClinicalCare,
        ["NMDS"] = NoGeneralMethods,
        ["GSO"] = GeneticStudiesOnly,
        ["NPUNCU"] = NotForProfitNonCommercial,
        ["PUB"] = PublicationRequired,
        ["COL"] = CollaborationRequired,
        ["IRB"] = EthicsApprovalRequired,
        ["GS"] = GeographicalRestriction,
        ["MOR"] = PublicationMoratorium,
        ["TS"] = TimeLimit,
        ["US"] = UserSpecific,
        ["PS"] = ProjectSpecific,
        ["IS"] = InstitutionSpecific,
        ["RTN"] = ReturnToResource,
        ["NPOA"] = NoPopulationOriginsAncestry,
        ["NPU"] = NotForProfitUse,
        ["NCU"] = NonCommercialUse,
    };

    /// <summary>Whether <paramref name="text"/> looks like a DUO id (<c>DUO:</c> + seven digits).</summary>
    public static bool IsDuoId(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length != 11 || !text.StartsWith("DUO:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var c in text.AsSpan(4))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
