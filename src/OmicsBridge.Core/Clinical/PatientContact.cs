namespace OmicsBridge.Core.Clinical;

/// <summary>
/// The directly identifying parts of a patient (names, addresses, telecom), kept apart from <see cref="PatientRecord"/>'s
/// analysable fields so the lake can store them encrypted or drop them, and no analysis path touches them by accident.
/// </summary>
public sealed record PatientContact
{
    public static PatientContact Empty { get; } = new();

    public IReadOnlyList<PersonName> Names { get; init; } = [];

    public IReadOnlyList<PostalAddress> Addresses { get; init; } = [];

    public IReadOnlyList<ContactPoint> Telecom { get; init; } = [];
}
