namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// A merge or move (ADT A34/A35/A39/A40): the surviving patient (PID-3) and the prior identifiers it absorbs
/// (MRG-1), plus the prior visit number (MRG-5) when sent.
/// <c>Line</c> is the line of the MRG segment.
/// </summary>
public sealed record Hl7v2MergeRecord(
    long Line,
    string TriggerEvent,
    Hl7v2PatientRecord SurvivingPatient,
    IReadOnlyList<Hl7v2ExtendedId> PriorIdentifiers,
    Hl7v2ExtendedId? PriorVisitNumber);
