namespace OmicsBridge.Core.Clinical;

/// <summary>A diagnostic report: a coded header over result observations.</summary>
public sealed record DiagnosticReportRecord : ClinicalRecord
{
    public IReadOnlyList<Coding> Codes { get; init; } = [];

    public string? CodeText { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<Coding> Categories { get; init; } = [];

    public PartialDateTime? EffectiveTime { get; init; }

    public PartialDateTime? Issued { get; init; }

    /// <summary>The result observations, as normalised references (<c>Observation/f001</c>).</summary>
    public IReadOnlyList<string> ResultReferences { get; init; } = [];

    public IReadOnlyList<string> SpecimenReferences { get; init; } = [];

    public string? Conclusion { get; init; }

    public IReadOnlyList<Coding> ConclusionCodes { get; init; } = [];

    public string? EncounterReference { get; init; }
}
