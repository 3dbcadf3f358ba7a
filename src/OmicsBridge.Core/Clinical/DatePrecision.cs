namespace OmicsBridge.Core.Clinical;

/// <summary>How much of a <see cref="PartialDateTime"/> was given.</summary>
public enum DatePrecision
{
    Year,
    Month,
    Day,
    Minute,
    Second,
}
