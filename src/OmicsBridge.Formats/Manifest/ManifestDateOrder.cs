namespace OmicsBridge.Formats.Manifest;

/// <summary>How to read an all-numeric date such as <c>03/04/2021</c>.</summary>
public enum ManifestDateOrder
{
    /// <summary>Refuse dates where both day and month could be either; accept them when one part is above 12.</summary>
    Unspecified,

    /// <summary>Day first (<c>03/04/2021</c> is 3 April), as in Europe.</summary>
    DayFirst,

    /// <summary>Month first (<c>03/04/2021</c> is 4 March), as in the US.</summary>
    MonthFirst,
}
