namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// An XPN value. <see cref="FamilyName"/> is XPN-1.1 (the surname without its own prefix);
/// <see cref="MiddleNames"/> holds the second and further given names; <see cref="NameTypeCode"/> is table 0200
/// (<c>L</c> legal, <c>D</c> display, <c>M</c> maiden…).
/// </summary>
public sealed record Hl7v2PersonName(
    string? FamilyName,
    string? GivenName,
    string? MiddleNames,
    string? Suffix,
    string? Prefix,
    string? Degree,
    string? NameTypeCode)
{
    /// <summary>Reads one repetition; null when it has neither a family nor a given name.</summary>
    public static Hl7v2PersonName? From(Hl7v2Value repetition)
    {
        var family = repetition.Component(1, 1).Value;
        var given = repetition.Component(2).Value;
        return family is null && given is null
            ? null
            : new Hl7v2PersonName(
                family,
                given,
                repetition.Component(3).Value,
                repetition.Component(4).Value,
                repetition.Component(5).Value,
                repetition.Component(6).Value,
                repetition.Component(7).Value);
    }
}
