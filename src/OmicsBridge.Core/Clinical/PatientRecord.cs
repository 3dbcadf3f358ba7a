namespace OmicsBridge.Core.Clinical;

/// <summary>A patient: the <c>patient</c> and <c>patient_identifier</c> tables. PHI sits in <see cref="Contact"/>.</summary>
/// <remarks><see cref="ClinicalRecord.SubjectReference"/> is the patient's own reference (<c>Patient/id</c>).</remarks>
public sealed record PatientRecord : ClinicalRecord
{
    public IReadOnlyList<PatientIdentifier> Identifiers { get; init; } = [];

    public AdministrativeSex Sex { get; init; }

    public PartialDateTime? BirthDate { get; init; }

    /// <summary>True when the source says the patient died (a flag or a death date); <see langword="null"/> when it does not say.</summary>
    public bool? Deceased { get; init; }

    public PartialDateTime? DeathDate { get; init; }

    public PatientContact Contact { get; init; } = PatientContact.Empty;
}
