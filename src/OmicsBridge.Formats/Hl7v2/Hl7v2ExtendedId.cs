namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// A CX value: an identifier (an MRN, a visit number) with the authority that assigned it and its type code
/// (<c>MR</c>, <c>PI</c>, <c>SS</c>, <c>VN</c>; HL7 table 0203).
/// </summary>
public sealed record Hl7v2ExtendedId(
    string Id,
    string? CheckDigit,
    Hl7v2HierarchicDesignator? AssigningAuthority,
    string? IdentifierTypeCode,
    Hl7v2HierarchicDesignator? AssigningFacility)
{
    /// <summary>Reads one repetition; null when CX-1 (the id itself) is empty.</summary>
    public static Hl7v2ExtendedId? From(Hl7v2Value repetition)
    {
        var id = repetition.Component(1).Value;
        return id is null
            ? null
            : new Hl7v2ExtendedId(
                id,
                repetition.Component(2).Value,
                Hl7v2HierarchicDesignator.FromSubComponents(repetition.Component(4)),
                repetition.Component(5).Value,
                Hl7v2HierarchicDesignator.FromSubComponents(repetition.Component(6)));
    }
}
