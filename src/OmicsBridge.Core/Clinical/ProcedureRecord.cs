namespace OmicsBridge.Core.Clinical;

/// <summary>A procedure: the <c>procedure</c> table.</summary>
public sealed record ProcedureRecord : ClinicalRecord
{
    public IReadOnlyList<Coding> Codes { get; init; } = [];

    public string? CodeText { get; init; }

    public string? Status { get; init; }

    public PartialDateTime? PerformedStart { get; init; }

    public PartialDateTime? PerformedEnd { get; init; }

    public IReadOnlyList<Coding> BodySites { get; init; } = [];

    public IReadOnlyList<Coding> ReasonCodes { get; init; } = [];

    public string? EncounterReference { get; init; }
}
