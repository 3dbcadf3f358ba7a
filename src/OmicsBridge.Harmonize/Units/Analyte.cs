namespace OmicsBridge.Harmonize.Units;

/// <summary>A lab analyte, keyed by LOINC code, with the one unit its values are stored in.</summary>
/// <param name="Loinc">The LOINC code.</param>
/// <param name="Name">A short name.</param>
/// <param name="CanonicalUnit">The UCUM unit values are converted to, matching the code's LOINC property (mass or moles per volume).</param>
/// <param name="MolarMass">g/mol, when mass and substance concentrations may be converted into each other.</param>
/// <param name="Valence">Charge, to convert equivalents to moles (1 meq of calcium is 0.5 mmol).</param>
public sealed record Analyte(string Loinc, string Name, string CanonicalUnit, double? MolarMass = null, int Valence = 1);
