namespace OmicsBridge.Core.Clinical;

/// <summary>An observation (lab result, vital sign, survey answer): the <c>observation</c> table.</summary>
public sealed record ObservationRecord : ClinicalRecord
{
    public IReadOnlyList<Coding> Codes { get; init; } = [];

    public string? CodeText { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<Coding> Categories { get; init; } = [];

    /// <summary>The value; <see langword="null"/> when the observation has none (panels, or <c>dataAbsentReason</c>).</summary>
    public ClinicalValue? Value { get; init; }

    public Coding? DataAbsentReason { get; init; }

    public IReadOnlyList<ObservationComponent> Components { get; init; } = [];

    public IReadOnlyList<ReferenceRange> ReferenceRanges { get; init; } = [];

    public IReadOnlyList<Coding> Interpretation { get; init; } = [];

    /// <summary>When the observation applies; for a period this is its start and <see cref="EffectiveEnd"/> its end.</summary>
    public PartialDateTime? EffectiveTime { get; init; }

    public PartialDateTime? EffectiveEnd { get; init; }

    public PartialDateTime? Issued { get; init; }

    public string? EncounterReference { get; init; }

    public string? SpecimenReference { get; init; }

    /// <summary>Other observations this one groups or derives from (<c>hasMember</c>, <c>derivedFrom</c>).</summary>
    public IReadOnlyList<string> MemberReferences { get; init; } = [];
}
