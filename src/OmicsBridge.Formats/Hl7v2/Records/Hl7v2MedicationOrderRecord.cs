namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// A pharmacy encoded order (RDE^O11): the ORC that carries it and the RXE give code (RXE-2, e.g. NDC or RxNorm),
/// give amount (RXE-3/4), give units (RXE-5) and dosage form (RXE-6).
/// <c>Line</c> is the line of the RXE segment.
/// </summary>
public sealed record Hl7v2MedicationOrderRecord(
    long Line,
    Hl7v2PatientRecord? Patient,
    string? OrderControl,
    Hl7v2EntityIdentifier? PlacerOrderNumber,
    Hl7v2EntityIdentifier? FillerOrderNumber,
    Hl7v2DateTime? TransactionTime,
    Hl7v2CodedElement GiveCode,
    decimal? GiveAmountMinimum,
    decimal? GiveAmountMaximum,
    Hl7v2CodedElement? GiveUnits,
    Hl7v2CodedElement? DosageForm);
