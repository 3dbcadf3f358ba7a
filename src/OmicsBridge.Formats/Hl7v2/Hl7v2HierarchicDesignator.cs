namespace OmicsBridge.Formats.Hl7v2;

/// <summary>An HD value (an assigning authority or facility): a local namespace id and/or a universal id (an OID, DNS name, UUID).</summary>
public sealed record Hl7v2HierarchicDesignator(string? NamespaceId, string? UniversalId, string? UniversalIdType)
{
    /// <summary>Reads an HD that fills a whole field or component (its parts are components).</summary>
    public static Hl7v2HierarchicDesignator? FromComponents(Hl7v2Value value)
        => Create(value.Component(1).Value, value.Component(2).Value, value.Component(3).Value);

    /// <summary>Reads an HD that sits inside a component (its parts are sub-components, as in CX-4).</summary>
    public static Hl7v2HierarchicDesignator? FromSubComponents(Hl7v2Value component)
        => Create(component.SubComponent(1).Value, component.SubComponent(2).Value, component.SubComponent(3).Value);

    private static Hl7v2HierarchicDesignator? Create(string? namespaceId, string? universalId, string? universalIdType)
        => namespaceId is null && universalId is null && universalIdType is null
            ? null
            : new Hl7v2HierarchicDesignator(namespaceId, universalId, universalIdType);
}
