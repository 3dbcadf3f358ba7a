namespace OmicsBridge.Core.Clinical;

/// <summary>A specimen; it links clinical data to the <c>sample</c> table of the omics side.</summary>
public sealed record SpecimenRecord : ClinicalRecord
{
    public IReadOnlyList<PatientIdentifier> Identifiers { get; init; } = [];

    public string? AccessionIdentifier { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<Coding> Types { get; init; } = [];

    public PartialDateTime? CollectedAt { get; init; }

    public IReadOnlyList<Coding> BodySites { get; init; } = [];

    public ClinicalValue? Quantity { get; init; }

    /// <summary>Specimens this one was derived from (FHIR <c>parent</c>).</summary>
    public IReadOnlyList<string> ParentReferences { get; init; } = [];
}
