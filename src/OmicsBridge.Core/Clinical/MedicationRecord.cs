namespace OmicsBridge.Core.Clinical;

/// <summary>A medication request, statement or administration: the <c>medication</c> table.</summary>
public sealed record MedicationRecord : ClinicalRecord
{
    public MedicationRecordKind Kind { get; init; }

    /// <summary>The medication's codes, from the inline concept or from the referenced/contained Medication.</summary>
    public IReadOnlyList<Coding> Codes { get; init; } = [];

    public string? CodeText { get; init; }

    public string? Status { get; init; }

    /// <summary>Start of the medication: authoredOn for requests, effective time for statements and administrations.</summary>
    public PartialDateTime? StartDate { get; init; }

    public PartialDateTime? EndDate { get; init; }

    /// <summary>The dose quantity, when one was given as a number with a unit.</summary>
    public ClinicalValue? Dose { get; init; }

    /// <summary>The dosage instruction text as written (free text sig).</summary>
    public string? DoseText { get; init; }

    public IReadOnlyList<Coding> Routes { get; init; } = [];

    public string? EncounterReference { get; init; }
}
