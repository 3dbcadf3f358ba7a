namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// One OBX: the observation code (OBX-3), its values (OBX-5 repetitions, typed by OBX-2), units (OBX-6, e.g. a
/// UCUM code with coding system <c>UCUM</c>), reference range (OBX-7), abnormal flags (OBX-8, table 0078),
/// result status (OBX-11, table 0085) and observation time (OBX-14), linked to the message's patient.
/// </summary>
public sealed record Hl7v2ObservationRecord(
    long Line,
    Hl7v2PatientRecord? Patient,
    string? SetId,
    string? ValueType,
    Hl7v2CodedElement Code,
    string? SubId,
    IReadOnlyList<Hl7v2ObservationValue> Values,
    Hl7v2CodedElement? Units,
    Hl7v2ReferenceRange? ReferenceRange,
    IReadOnlyList<string> AbnormalFlags,
    string? ResultStatus,
    Hl7v2DateTime? ObservationTime);
