namespace OmicsBridge.Core.Clinical;

/// <summary>One component of an observation (a blood-pressure half, a genomics attribute).</summary>
public sealed record ObservationComponent(IReadOnlyList<Coding> Codes, ClinicalValue? Value, IReadOnlyList<Coding> Interpretation)
{
    public IReadOnlyList<ReferenceRange> ReferenceRanges { get; init; } = [];
}
