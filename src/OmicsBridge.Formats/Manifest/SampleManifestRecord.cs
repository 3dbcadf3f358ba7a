namespace OmicsBridge.Formats.Manifest;

/// <summary>One accepted line of a sample manifest: a sample, its patient, and how it was assayed.</summary>
/// <remarks>
/// Dates are calendar dates (a time of day in the source is dropped). <see cref="Modality"/> is one of
/// <see cref="OmicsModality.All"/> or <see langword="null"/>. <see cref="Extra"/> is a JSON object of every
/// non-empty cell in a column the reader does not map, and of values it could not interpret (a bad date, an
/// unknown modality) under their original column names, so nothing in the file is dropped.
/// </remarks>
public sealed record SampleManifestRecord
{
    public required string SampleId { get; init; }

    public string? PatientId { get; init; }

    /// <summary>The identifier system of <see cref="PatientId"/>: a system column, <c>MRN</c> for an MRN column, or the configured default.</summary>
    public string? PatientIdSystem { get; init; }

    public string? SampleType { get; init; }

    public string? Tissue { get; init; }

    public DateOnly? CollectionDate { get; init; }

    public string? Modality { get; init; }

    public string? Platform { get; init; }

    public string? Batch { get; init; }

    public DateOnly? RunDate { get; init; }

    /// <summary>Unmapped columns as a JSON object string, or <see langword="null"/> when there are none.</summary>
    public string? Extra { get; init; }

    /// <summary>The 1-based line the record was read from.</summary>
    public long LineNumber { get; init; }
}
