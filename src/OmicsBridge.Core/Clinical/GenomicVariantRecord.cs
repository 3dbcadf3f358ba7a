namespace OmicsBridge.Core.Clinical;

/// <summary>
/// A variant reported in a FHIR Genomics Reporting IG <c>variant</c> Observation (or a core R4 genetics Observation):
/// it feeds the <c>variant</c> table and links the variant to the patient and sample.
/// </summary>
/// <remarks>
/// Positions are as given (the IG's 81254-5 "genomic start-end" is 0-based, half-open; we keep it as sent, in
/// <see cref="Start"/>/<see cref="End"/>, and leave coordinate conversion to harmonisation). HGVS strings are kept
/// verbatim; parsing them is the Hgvs reader's job.
/// </remarks>
public sealed record GenomicVariantRecord : ClinicalRecord
{
    /// <summary>The gene as an HGNC coding (<c>HGNC:644</c> / <c>AR</c>).</summary>
    public Coding? Gene { get; init; }

    public string? HgvsC { get; init; }

    public string? HgvsP { get; init; }

    public string? HgvsG { get; init; }

    public string? Chromosome { get; init; }

    public long? Start { get; init; }

    public long? End { get; init; }

    public string? ReferenceAllele { get; init; }

    public string? AlternateAllele { get; init; }

    /// <summary>The genomic reference sequence (<c>NC_000007.13</c>) when given.</summary>
    public string? GenomicReferenceSequence { get; init; }

    /// <summary>The transcript reference sequence (<c>NM_000044.3</c>) when given.</summary>
    public string? TranscriptReferenceSequence { get; init; }

    /// <summary>The assembly (<c>GRCh37</c>, <c>GRCh38</c>) by its display or code.</summary>
    public string? Assembly { get; init; }

    /// <summary>Allelic state / zygosity (<c>heterozygous</c>, <c>homozygous</c>…) as given.</summary>
    public Coding? AllelicState { get; init; }

    public decimal? AlleleFrequency { get; init; }

    public long? ReadDepth { get; init; }

    /// <summary>Genomic source class (germline / somatic).</summary>
    public Coding? GenomicSourceClass { get; init; }

    public Coding? AminoAcidChangeType { get; init; }

    /// <summary>The observation's own value (the IG uses LA9633-4 "Present").</summary>
    public Coding? Presence { get; init; }

    /// <summary>The specimen (sample) the variant was found in: a reference, or an identifier when only that was sent.</summary>
    public string? SpecimenReference { get; init; }
}
