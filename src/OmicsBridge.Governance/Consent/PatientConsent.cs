using OmicsBridge.Core.Access;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// One consent record of one patient: status, the DUO purposes it permits with their modifiers, the data categories it
/// covers (empty = all) and the dates it runs between (inclusive; null = open).
/// </summary>
/// <remarks>
/// <c>PatientId</c> is the patient as the source names it: a lake patient_id, or an identifier of <c>IdentifierSystem</c>
/// that ingestion resolves. <c>Order</c> is the source order (line number); it breaks ties between records starting
/// the same day, the later one winning.
/// </remarks>
public sealed record PatientConsent(
    string PatientId,
    ConsentStatus Status,
    IReadOnlyList<Purpose> Purposes,
    IReadOnlySet<string> Modifiers,
    IReadOnlySet<string> Categories,
    DateOnly? Start,
    DateOnly? End,
    long Order = 0,
    string? IdentifierSystem = null,
    string? ConsentId = null)
{
    public bool Covers(string category) => Categories.Count == 0 || Categories.Contains(DataCategories.All) || Categories.Contains(category);
}
