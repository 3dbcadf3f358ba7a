namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// An XTN value: the old free-text number (XTN-1), use (table 0201: <c>PRN</c>, <c>WPN</c>…), equipment
/// (table 0202: <c>PH</c>, <c>CP</c>, <c>Internet</c>…), e-mail and the structured number parts.
/// </summary>
public sealed record Hl7v2Telecom(
    string? Number,
    string? UseCode,
    string? EquipmentType,
    string? Email,
    string? CountryCode,
    string? AreaCode,
    string? LocalNumber,
    string? Extension)
{
    /// <summary>Reads one repetition; null when it holds no number and no e-mail.</summary>
    public static Hl7v2Telecom? From(Hl7v2Value repetition)
    {
        var telecom = new Hl7v2Telecom(
            repetition.Component(1).Value,
            repetition.Component(2).Value,
            repetition.Component(3).Value,
            repetition.Component(4).Value,
            repetition.Component(5).Value,
            repetition.Component(6).Value,
            repetition.Component(7).Value,
            repetition.Component(8).Value);
        return telecom is { Number: null, Email: null, LocalNumber: null } ? null : telecom;
    }
}
