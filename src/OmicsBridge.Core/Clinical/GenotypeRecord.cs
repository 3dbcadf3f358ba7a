namespace OmicsBridge.Core.Clinical;

/// <summary>
/// A genotype from a FHIR Genomics Reporting IG <c>genotype</c> Observation (e.g. a star-allele diplotype like
/// <c>CYP2C19 *1/*2</c>): the patient's genotype at a gene, independent of single variants.
/// </summary>
public sealed record GenotypeRecord : ClinicalRecord
{
    public Coding? Gene { get; init; }

    /// <summary>The genotype as coded or written (a haplotype/diplotype name or an HGVS allele pair).</summary>
    public Coding? Genotype { get; init; }

    public string? GenotypeText { get; init; }

    public string? SpecimenReference { get; init; }

    /// <summary>Variant observations that make up this genotype (<c>derivedFrom</c>).</summary>
    public IReadOnlyList<string> VariantReferences { get; init; } = [];
}
