namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// One OBR with the OBX segments under it: placer/filler order numbers (OBR-2/3, else ORC-2/3), the universal
/// service id (OBR-4), observation time (OBR-7/8), results reported time (OBR-22) and result status (OBR-25).
/// In an order message it is the requested service of an <see cref="Hl7v2OrderRecord"/>.
/// </summary>
public sealed record Hl7v2ReportRecord(
    long Line,
    Hl7v2PatientRecord? Patient,
    string? SetId,
    Hl7v2EntityIdentifier? PlacerOrderNumber,
    Hl7v2EntityIdentifier? FillerOrderNumber,
    Hl7v2CodedElement ServiceId,
    Hl7v2DateTime? ObservationTime,
    Hl7v2DateTime? ObservationEndTime,
    Hl7v2DateTime? ResultsReportedTime,
    string? ResultStatus,
    IReadOnlyList<Hl7v2ObservationRecord> Observations);
