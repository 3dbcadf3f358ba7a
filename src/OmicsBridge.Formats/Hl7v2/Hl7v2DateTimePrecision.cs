namespace OmicsBridge.Formats.Hl7v2;

/// <summary>How much of a DT/TS/DTM value was sent; <c>1961</c> is a year, not 1 January 1961.</summary>
public enum Hl7v2DateTimePrecision
{
    Year,
    Month,
    Day,
    Hour,
    Minute,
    Second,

    /// <summary>Seconds with 1 to 4 decimal places.</summary>
    FractionalSecond,
}
