namespace OmicsBridge.Core.Clinical;

/// <summary>
/// What every clinical record shares: the source id (FHIR <c>Resource.id</c>, an HL7 v2 placer number, a CSV key),
/// the subject patient reference and where the record was read.
/// </summary>
public abstract record ClinicalRecord
{
    /// <summary>The id of the record in its source; unique per record type within a source.</summary>
    public required string SourceId { get; init; }

    /// <summary>
    /// The subject as a normalised reference (<c>Patient/123</c>; a Bundle-local <c>urn:uuid:</c> reference is
    /// rewritten to its target's <c>Type/id</c>). <see langword="null"/> when the source gave none.
    /// </summary>
    public string? SubjectReference { get; init; }

    public required SourcePosition Source { get; init; }
}
