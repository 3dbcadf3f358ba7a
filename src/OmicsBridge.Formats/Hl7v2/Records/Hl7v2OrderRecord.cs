namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// One order (ORM^O01, OML^O21): ORC control code (ORC-1, table 0119: NW, CA, XO…), placer/filler numbers,
/// order status (ORC-5), transaction time (ORC-9) and the OBR that says what was ordered, when present.
/// </summary>
public sealed record Hl7v2OrderRecord(
    long Line,
    Hl7v2PatientRecord? Patient,
    string? OrderControl,
    Hl7v2EntityIdentifier? PlacerOrderNumber,
    Hl7v2EntityIdentifier? FillerOrderNumber,
    string? OrderStatus,
    Hl7v2DateTime? TransactionTime,
    Hl7v2ReportRecord? Request);
