namespace OmicsBridge.Formats.Hl7v2;

/// <summary>A PL value (PV1-3): point of care, room, bed, facility (HD), building and floor.</summary>
public sealed record Hl7v2PatientLocation(
    string? PointOfCare,
    string? Room,
    string? Bed,
    Hl7v2HierarchicDesignator? Facility,
    string? Building,
    string? Floor,
    string? Description)
{
    /// <summary>Reads a PL; null when every part is empty.</summary>
    public static Hl7v2PatientLocation? From(Hl7v2Value value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var location = new Hl7v2PatientLocation(
            value.Component(1, 1).Value,
            value.Component(2, 1).Value,
            value.Component(3, 1).Value,
            Hl7v2HierarchicDesignator.FromSubComponents(value.Component(4)),
            value.Component(7, 1).Value,
            value.Component(8, 1).Value,
            value.Component(9).Value);
        return location is { PointOfCare: null, Room: null, Bed: null, Facility: null, Building: null, Floor: null, Description: null }
            ? null
            : location;
    }
}
