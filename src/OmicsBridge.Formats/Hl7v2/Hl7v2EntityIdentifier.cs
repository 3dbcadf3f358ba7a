namespace OmicsBridge.Formats.Hl7v2;

/// <summary>An EI value (a placer or filler order number): an id with the namespace and universal id of its issuer.</summary>
public sealed record Hl7v2EntityIdentifier(string Id, string? NamespaceId, string? UniversalId, string? UniversalIdType)
{
    /// <summary>Reads an EI; null when EI-1 is empty.</summary>
    public static Hl7v2EntityIdentifier? From(Hl7v2Value value)
    {
        var id = value.Component(1).Value;
        return id is null
            ? null
            : new Hl7v2EntityIdentifier(id, value.Component(2).Value, value.Component(3).Value, value.Component(4).Value);
    }
}
