namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// An XAD value. <see cref="Street"/> is XAD-1.1 (the street address line, SAD-1); <see cref="AddressType"/> is
/// table 0190 (<c>H</c> home, <c>M</c> mailing, <c>B</c> business…).
/// </summary>
public sealed record Hl7v2Address(
    string? Street,
    string? OtherDesignation,
    string? City,
    string? StateOrProvince,
    string? PostalCode,
    string? Country,
    string? AddressType,
    string? CountyCode)
{
    /// <summary>Reads one repetition; null when every part is empty.</summary>
    public static Hl7v2Address? From(Hl7v2Value repetition)
    {
        var address = new Hl7v2Address(
            repetition.Component(1, 1).Value,
            repetition.Component(2).Value,
            repetition.Component(3).Value,
            repetition.Component(4).Value,
            repetition.Component(5).Value,
            repetition.Component(6).Value,
            repetition.Component(7).Value,
            repetition.Component(9).Value);
        return address is { Street: null, OtherDesignation: null, City: null, StateOrProvince: null, PostalCode: null, Country: null }
            ? null
            : address;
    }
}
