namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>One repetition of OBX-5, decoded according to OBX-2; exactly the member named by <see cref="Kind"/> is set.</summary>
public sealed record Hl7v2ObservationValue(
    Hl7v2ObservationValueKind Kind,
    string? Text = null,
    decimal? Number = null,
    Hl7v2StructuredNumeric? StructuredNumber = null,
    Hl7v2CodedElement? Coded = null,
    Hl7v2DateTime? DateTime = null);
