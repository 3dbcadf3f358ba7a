using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// The outcome for one message: either accepted records, or a rejection whose <see cref="Issues"/> name the
/// segment and field at fault. A rejected message yields no records at all, so a message loads whole or not at all.
/// </summary>
public sealed record Hl7v2ExtractionResult(
    Hl7v2Message Message,
    Hl7v2MessageKind Kind,
    Hl7v2MessageHeader? Header,
    IReadOnlyList<ParseIssue> Issues,
    IReadOnlyList<Hl7v2PatientRecord> Patients,
    IReadOnlyList<Hl7v2EncounterRecord> Encounters,
    IReadOnlyList<Hl7v2MergeRecord> Merges,
    IReadOnlyList<Hl7v2ReportRecord> Reports,
    IReadOnlyList<Hl7v2ObservationRecord> Observations,
    IReadOnlyList<Hl7v2OrderRecord> Orders,
    IReadOnlyList<Hl7v2MedicationOrderRecord> MedicationOrders)
{
    /// <summary>True when no issue is an error: the records may be loaded.</summary>
    public bool IsAccepted => !Issues.Any(i => i.Severity >= IssueSeverity.Error);

    /// <summary>Every observation: those under a report or an order's request, and those outside any OBR.</summary>
    public IEnumerable<Hl7v2ObservationRecord> AllObservations
        => Reports.SelectMany(r => r.Observations)
            .Concat(Orders.Where(o => o.Request is not null).SelectMany(o => o.Request!.Observations))
            .Concat(Observations);
}
