namespace OmicsBridge.Harmonize.Units;

/// <summary>The <c>UNIT0xx</c> issue codes; never reused.</summary>
public static class UnitIssueCodes
{
    /// <summary>The unit text is not UCUM and matches no known alias; the value is kept unconverted with its original unit.</summary>
    public const string UnknownUnit = "UNIT001";

    /// <summary>The unit is valid but cannot be converted to the analyte's canonical unit; the value is kept as given.</summary>
    public const string NoConversion = "UNIT002";
}
