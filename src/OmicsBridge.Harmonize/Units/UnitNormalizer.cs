using System.Globalization;
using System.Text.RegularExpressions;
using Fhir.Metrics;

namespace OmicsBridge.Harmonize.Units;

/// <summary>
/// Normalises free-text unit strings to UCUM and converts lab values to one canonical unit per LOINC code
/// (<see cref="AnalyteTable"/>), keeping the original value and unit.
/// </summary>
/// <remarks>
/// <para>Normalisation: a table of aliases first (<c>mg/dl</c> → <c>mg/dL</c>, <c>x10E3/uL</c> → <c>10*3/uL</c>,
/// <c>IU/L</c> → <c>[IU]/L</c>, <c>mEq/L</c> → <c>meq/L</c>, <c>µmol/L</c> → <c>umol/L</c>…), then light rewrites
/// (<c>µ</c> → <c>u</c>, <c>10^n</c> → <c>10*n</c>, a lower-case litre → <c>L</c>), then validation as UCUM.</para>
/// <para>Conversion uses exact factors for concentration, count and ratio units (<c>UcumTerm</c>), the analyte's
/// molar mass between mass and substance concentration, its valence for equivalents, and the IFCC master equation
/// for HbA1c. Other same-dimension conversions go through Fhir.Metrics when it can load (it needs culture data:
/// with <c>InvariantGlobalization</c> the process must also set <c>PredefinedCulturesOnly=false</c>).</para>
/// </remarks>
public static partial class UnitNormalizer
{
    private const string UcumSystem = "http://unitsofmeasure.org";

    private static readonly Lazy<SystemOfUnits?> s_ucum = new(LoadUcum);

    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mg/dl"] = "mg/dL",
        ["g/dl"] = "g/dL",
        ["mmol/l"] = "mmol/L",
        ["umol/l"] = "umol/L",
        ["µmol/l"] = "umol/L",
        ["μmol/l"] = "umol/L",
        ["nmol/l"] = "nmol/L",
        ["pmol/l"] = "pmol/L",
        ["mol/l"] = "mol/L",
        ["g/l"] = "g/L",
        ["mg/l"] = "mg/L",
        ["ug/l"] = "ug/L",
        ["ng/ml"] = "ng/mL",
        ["pg/ml"] = "pg/mL",
        ["ug/ml"] = "ug/mL",
        ["ug/dl"] = "ug/dL",
        ["mcg/dl"] = "ug/dL",
        ["mcg/l"] = "ug/L",
        ["mcg/ml"] = "ug/mL",
        ["meq/l"] = "meq/L",
        ["iu/l"] = "[IU]/L",
        ["iu/ml"] = "[IU]/mL",
        ["miu/ml"] = "m[IU]/mL",
        ["miu/l"] = "m[IU]/L",
        ["uiu/ml"] = "u[IU]/mL",
        ["µiu/ml"] = "u[IU]/mL",
        ["u/l"] = "U/L",
        ["units/l"] = "U/L",
        ["10^9/l"] = "10*9/L",
        ["x10^9/l"] = "10*9/L",
        ["x10e9/l"] = "10*9/L",
        ["10e9/l"] = "10*9/L",
        ["10^12/l"] = "10*12/L",
        ["x10^12/l"] = "10*12/L",
        ["x10e12/l"] = "10*12/L",
        ["10^3/ul"] = "10*3/uL",
        ["x10^3/ul"] = "10*3/uL",
        ["x10e3/ul"] = "10*3/uL",
        ["10e3/ul"] = "10*3/uL",
        ["k/ul"] = "10*3/uL",
        ["thou/ul"] = "10*3/uL",
        ["10^6/ul"] = "10*6/uL",
        ["x10^6/ul"] = "10*6/uL",
        ["x10e6/ul"] = "10*6/uL",
        ["m/ul"] = "10*6/uL",
        ["cells/ul"] = "/uL",
        ["/ul"] = "/uL",
        ["%"] = "%",
        ["percent"] = "%",
        ["fl"] = "fL",
        ["pg"] = "pg",
        ["mmhg"] = "mm[Hg]",
        ["mm hg"] = "mm[Hg]",
        ["bpm"] = "/min",
        ["beats/min"] = "/min",
        ["/min"] = "/min",
        ["kg"] = "kg",
        ["g"] = "g",
        ["lb"] = "[lb_av]",
        ["lbs"] = "[lb_av]",
        ["cm"] = "cm",
        ["in"] = "[in_i]",
        ["°c"] = "Cel",
        ["degc"] = "Cel",
        ["deg c"] = "Cel",
        ["c"] = "Cel",
        ["°f"] = "[degF]",
        ["degf"] = "[degF]",
        ["kg/m2"] = "kg/m2",
        ["kg/m^2"] = "kg/m2",
        ["ml/min/1.73m2"] = "mL/min/{1.73_m2}",
        ["ml/min/1.73 m2"] = "mL/min/{1.73_m2}",
        ["ml/min/1.73m^2"] = "mL/min/{1.73_m2}",
        ["mmol/mol"] = "mmol/mol",
        ["sec"] = "s",
        ["seconds"] = "s",
        ["ratio"] = "{ratio}",
    };

    // The alias targets are valid UCUM by construction; they stay accepted when Fhir.Metrics cannot load.
    private static readonly HashSet<string> s_knownCodes = new(s_aliases.Values, StringComparer.Ordinal);

    /// <summary>Normalises <paramref name="text"/> to a UCUM code; <see langword="false"/> when it is not a unit we know.</summary>
    public static bool TryNormalize(string? text, out string ucum)
    {
        ucum = string.Empty;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (s_aliases.TryGetValue(value, out var alias))
        {
            ucum = alias;
            return true;
        }

        var rewritten = value.Replace('µ', 'u').Replace('μ', 'u');
        rewritten = TenPower().Replace(rewritten, "10*");
        rewritten = LowerLitre().Replace(rewritten, "$1L");
        if (IsValid(rewritten))
        {
            ucum = rewritten;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Converts <paramref name="value"/> in <paramref name="unit"/> to the canonical unit of <paramref name="loinc"/>
    /// where a conversion exists; otherwise returns it in its normalised unit, with an issue when the unit is unknown
    /// or not convertible.
    /// </summary>
    public static UnitConversion Convert(double value, string unit, string? loinc)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (!TryNormalize(unit, out var ucum))
        {
            return new UnitConversion
            {
                OriginalValue = value,
                OriginalUnit = unit,
                Value = value,
                Unit = unit,
                IssueCode = UnitIssueCodes.UnknownUnit,
                IssueMessage = "the unit is not UCUM and matches no known alias; the value is kept unconverted",
            };
        }

        var kept = new UnitConversion { OriginalValue = value, OriginalUnit = unit, Value = value, Unit = ucum };
        if (loinc is null || !AnalyteTable.ByLoinc.TryGetValue(loinc, out var analyte) || ucum == analyte.CanonicalUnit)
        {
            return kept;
        }

        if (TryConvert(value, ucum, analyte, out var converted))
        {
            return kept with { Value = converted, Unit = analyte.CanonicalUnit, Converted = true };
        }

        return kept with
        {
            IssueCode = UnitIssueCodes.NoConversion,
            IssueMessage = string.Create(CultureInfo.InvariantCulture, $"no conversion from {ucum} to {analyte.CanonicalUnit} for LOINC {analyte.Loinc}; the value is kept as given"),
        };
    }

    private static bool TryConvert(double value, string ucum, Analyte analyte, out double converted)
    {
        converted = double.NaN;
        var target = analyte.CanonicalUnit;
        if (analyte.Loinc is AnalyteTable.HbA1cPercent or AnalyteTable.HbA1cIfcc)
        {
            // IFCC–NGSP master equation: IFCC (mmol/mol) = 10.929 × (NGSP % − 2.15).
            if (target == "%" && ucum == "mmol/mol")
            {
                converted = value / 10.929 + 2.15;
                return true;
            }

            if (target == "mmol/mol" && ucum == "%")
            {
                converted = 10.929 * (value - 2.15);
                return true;
            }

            return false;
        }

        if (UcumTerm.TryParse(ucum, out var from) && UcumTerm.TryParse(target, out var to))
        {
            from = from.EquivalentsAsMoles(analyte.Valence);
            to = to.EquivalentsAsMoles(analyte.Valence);
            if (from.SameDimension(to))
            {
                converted = value * from.Factor / to.Factor;
                return true;
            }

            if (analyte.MolarMass is { } molarMass)
            {
                // g → mol divides by the molar mass; mol → g multiplies.
                if (from.SameDimension(to with { Mass = to.Mass + 1, Substance = to.Substance - 1 }))
                {
                    converted = value * from.Factor / molarMass / to.Factor;
                    return true;
                }

                if (from.SameDimension(to with { Mass = to.Mass - 1, Substance = to.Substance + 1 }))
                {
                    converted = value * from.Factor * molarMass / to.Factor;
                    return true;
                }
            }

            return false;
        }

        return TryConvertWithFhirMetrics(value, ucum, target, out converted);
    }

    private static bool TryConvertWithFhirMetrics(double value, string ucum, string target, out double converted)
    {
        converted = double.NaN;
        if (s_ucum.Value is null)
        {
            return false;
        }

        // Fhir.Metrics' number grammar wants a lower-case exponent with no '+'.
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "e", StringComparison.Ordinal).Replace('E', 'e');
        return FhirMetricService.Instance.Value.TryConvertTo((text, ucum, UcumSystem), target, out var result)
               && result is { } r
               && double.TryParse(r.value, NumberStyles.Float, CultureInfo.InvariantCulture, out converted);
    }

    private static bool IsValid(string ucum)
    {
        if (s_knownCodes.Contains(ucum) || UcumTerm.TryParse(ucum, out _))
        {
            return true;
        }

        if (s_ucum.Value is not { } system)
        {
            return false;
        }

        try
        {
            system.Metric(ucum);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidCastException)
        {
            return false;
        }
    }

    // Fhir.Metrics builds an en-US CultureInfo in a static constructor, which throws under InvariantGlobalization
    // unless PredefinedCulturesOnly is false; without it we run on UcumTerm alone.
    private static SystemOfUnits? LoadUcum()
    {
        try
        {
            return UCUM.Load();
        }
        catch (TypeInitializationException)
        {
            return null;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^[x×]?10[\^eE]")]
    private static partial Regex TenPower();

    // A litre written 'l' after a prefix or alone, at a component boundary ("ml/min", "/dl").
    [GeneratedRegex(@"(?<![A-Za-z\[])([kdcmunpf]?)l(?![A-Za-z\]])")]
    private static partial Regex LowerLitre();
}
