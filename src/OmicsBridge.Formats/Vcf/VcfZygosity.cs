namespace OmicsBridge.Formats.Vcf;

/// <summary>A call's zygosity, as stored in the <c>genotype.zygosity</c> column (snake_case names there).</summary>
public enum VcfZygosity
{
    /// <summary>No call: every allele is <c>.</c>, or there is no GT.</summary>
    Missing,

    /// <summary>Every allele is REF (0/0, 0, 0|0|0).</summary>
    HomRef,

    /// <summary>At least two different called alleles (0/1, 1|2).</summary>
    Het,

    /// <summary>Ploidy ≥ 2 and every allele the same ALT (1/1, 2|2).</summary>
    HomAlt,

    /// <summary>Ploidy 1 and the allele is an ALT (chrX in males: <c>1</c>).</summary>
    Hemizygous,

    /// <summary>Some alleles called, some <c>.</c> (./1, 0/.).</summary>
    PartialMissing,
}
