namespace OmicsBridge.Lake.Workspace;

/// <summary>The <c>governance:</c> section: what a researcher's reads are held to.</summary>
public sealed class GovernanceSettings
{
    /// <summary>
    /// What happens to a patient with no consent record covering a table's data category: <c>deny</c> (the default:
    /// research use needs a recorded consent) or <c>permit</c> (data collected under an IRB waiver of consent).
    /// </summary>
    public string MissingConsent { get; set; } = "deny";

    /// <summary>Counts below this (and above zero) are hidden from researchers, with the cells that would reveal them.</summary>
    public int SuppressionThreshold { get; set; } = 5;

    /// <summary>Researchers' dates move by a per-patient offset of 1 to this many days, either way.</summary>
    public int MaxDateShiftDays { get; set; } = 180;

    /// <summary>The purpose recorded for the owner's default profile when it declares none (a DUO code or abbreviation).</summary>
    public string DefaultPurpose { get; set; } = "DUO:0000042";
}
