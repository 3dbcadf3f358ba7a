namespace OmicsBridge.Demo.Generation;

/// <summary>The clinical story planted for one person, and which sources tell which part of it.</summary>
public sealed record DemoClinicalTruthPatient
{
    public required DemoPatient Patient { get; init; }

    /// <summary>ICD-10-CM code of the breast cancer diagnosis (C50.9x), always sent via FHIR.</summary>
    public required string BreastCancerIcd10 { get; init; }

    /// <summary>Whether the diagnosis is also coded in SNOMED CT (254837009) as a second Condition.</summary>
    public required bool AlsoSnomed { get; init; }

    /// <summary>E11.9 or E11.65 for type 2 diabetics, else null.</summary>
    public string? DiabetesIcd10 { get; init; }

    /// <summary>Where the diabetes diagnosis arrives: fhir, or csv (so only identity links it to labs from elsewhere).</summary>
    public string? DiabetesChannel { get; init; }

    public DateOnly? DiabetesOnset { get; init; }

    public required IReadOnlyList<DemoClinicalTruthLab> Labs { get; init; }

    /// <summary>Endocrine therapy (RxNorm), started at diagnosis.</summary>
    public required string EndocrineRxNorm { get; init; }

    /// <summary>Olaparib start (within a year of diagnosis), or null when not treated with it.</summary>
    public DateOnly? OlaparibStart { get; init; }

    /// <summary>Response to olaparib (true partial response, false progressive disease); more likely for VUS carriers.</summary>
    public bool? OlaparibResponse { get; init; }

    /// <summary>Date of death, or null when alive at <see cref="LastFollowUp"/>.</summary>
    public DateOnly? DeathDate { get; init; }

    /// <summary>Last date known alive (or the death date).</summary>
    public required DateOnly LastFollowUp { get; init; }

    /// <summary>Also sent through the HL7 v2 feed (ADT A04 + ORU R01).</summary>
    public required bool InHl7 { get; init; }

    /// <summary>Also in the legacy CSV extracts (labs and diagnoses with local codes).</summary>
    public required bool InCsv { get; init; }

    /// <summary>Has an HbA1c whose stored value (in %) is above 7.</summary>
    public bool HasHighHbA1c => Labs.Any(l => l.IsHbA1c && l.StoredValue > 7);

    /// <summary>The answer to "patients with a condition coded ICD10CM E11.* and an HbA1c above 7 %".</summary>
    public bool DiabeticWithHighHbA1c => DiabetesIcd10 is not null && HasHighHbA1c;
}
