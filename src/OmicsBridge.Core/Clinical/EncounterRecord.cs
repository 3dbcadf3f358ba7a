namespace OmicsBridge.Core.Clinical;

/// <summary>An encounter (visit, admission): the <c>encounter</c> table.</summary>
public sealed record EncounterRecord : ClinicalRecord
{
    public string? Status { get; init; }

    /// <summary>Encounter class (ambulatory, inpatient, emergency…), v3 ActCode.</summary>
    public Coding? Class { get; init; }

    public IReadOnlyList<Coding> Types { get; init; } = [];

    public IReadOnlyList<Coding> ReasonCodes { get; init; } = [];

    public Period? Period { get; init; }
}
