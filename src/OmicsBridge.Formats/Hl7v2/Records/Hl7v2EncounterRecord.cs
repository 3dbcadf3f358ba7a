namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// A visit from PV1: class (PV1-2, table 0004: I, O, E, P…), assigned location (PV1-3), admission type (PV1-4),
/// visit number (PV1-19) and admit/discharge times (PV1-44/45).
/// </summary>
public sealed record Hl7v2EncounterRecord(
    long Line,
    Hl7v2PatientRecord Patient,
    string? PatientClass,
    Hl7v2PatientLocation? Location,
    string? AdmissionType,
    Hl7v2ExtendedId? VisitNumber,
    Hl7v2DateTime? AdmitTime,
    Hl7v2DateTime? DischargeTime);
