namespace OmicsBridge.Core.Clinical;

/// <summary>A condition or diagnosis: the <c>condition</c> table.</summary>
public sealed record ConditionRecord : ClinicalRecord
{
    /// <summary>Every coding given; the lake row takes the first standard one and keeps the rest as alternatives.</summary>
    public IReadOnlyList<Coding> Codes { get; init; } = [];

    public string? CodeText { get; init; }

    public string? ClinicalStatus { get; init; }

    public string? VerificationStatus { get; init; }

    public IReadOnlyList<Coding> Categories { get; init; } = [];

    public IReadOnlyList<Coding> BodySites { get; init; } = [];

    /// <summary>Onset as a date; <see cref="OnsetText"/> holds onsets given as an age, range or string.</summary>
    public PartialDateTime? Onset { get; init; }

    public string? OnsetText { get; init; }

    public PartialDateTime? Abatement { get; init; }

    public string? AbatementText { get; init; }

    public PartialDateTime? RecordedDate { get; init; }

    public string? EncounterReference { get; init; }
}
