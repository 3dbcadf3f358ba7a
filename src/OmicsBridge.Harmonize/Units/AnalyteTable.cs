namespace OmicsBridge.Harmonize.Units;

/// <summary>
/// The analytes <see cref="UnitNormalizer"/> can convert, with molar masses (g/mol) for mass ↔ substance conversion.
/// </summary>
/// <remarks>
/// The canonical unit follows each code's LOINC property: mass-concentration codes store mg/dL (g/dL for
/// hemoglobin), substance-concentration codes store mmol/L or umol/L. Molar masses: glucose 180.156, creatinine
/// 113.12, cholesterol 386.65 (also HDL and LDL), triglycerides 885.7 (as triolein), urea nitrogen 28.014 (two N
/// per urea, so BUN mg/dL × 0.357 = urea mmol/L), urea 60.06, total bilirubin 584.66, calcium 40.078 (valence 2),
/// uric acid 168.11, sodium 22.990 and potassium 39.098 (valence 1). HbA1c converts between NGSP % (4548-4) and
/// IFCC mmol/mol (59261-8) with the master equation mmol/mol = 10.929 × (% − 2.15).
/// </remarks>
public static class AnalyteTable
{
    /// <summary>LOINC code of HbA1c in NGSP percent.</summary>
    public const string HbA1cPercent = "4548-4";

    /// <summary>LOINC code of HbA1c in IFCC mmol/mol.</summary>
    public const string HbA1cIfcc = "59261-8";

    private static readonly Analyte[] s_analytes =
    [
        new("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 180.156),
        new("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", 180.156),
        new("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L", 180.156),
        new("15074-8", "Glucose [Moles/volume] in Blood", "mmol/L", 180.156),
        new("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 113.12),
        new("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", 113.12),
        new("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 386.65),
        new("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "mmol/L", 386.65),
        new("2085-9", "HDL Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 386.65),
        new("13457-7", "LDL Cholesterol (calculated) [Mass/volume] in Serum or Plasma", "mg/dL", 386.65),
        new("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", 885.7),
        new("14927-8", "Triglyceride [Moles/volume] in Serum or Plasma", "mmol/L", 885.7),
        new("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", 28.014),
        new("22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L", 60.06),
        new("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 584.66),
        new("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", 584.66),
        new("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", 40.078, Valence: 2),
        new("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", 40.078, Valence: 2),
        new("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", 168.11),
        new("14933-6", "Urate [Moles/volume] in Serum or Plasma", "umol/L", 168.11),
        new("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 22.990),
        new("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 39.098),
        new("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL"),
        new(HbA1cPercent, "Hemoglobin A1c/Hemoglobin.total in Blood (NGSP)", "%"),
        new(HbA1cIfcc, "Hemoglobin A1c/Hemoglobin.total in Blood (IFCC)", "mmol/mol"),
    ];

    /// <summary>Every analyte by LOINC code.</summary>
    public static IReadOnlyDictionary<string, Analyte> ByLoinc { get; } = s_analytes.ToDictionary(a => a.Loinc, StringComparer.Ordinal);
}
