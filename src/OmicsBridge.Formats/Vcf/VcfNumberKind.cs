namespace OmicsBridge.Formats.Vcf;

/// <summary>The <c>Number=</c> of an INFO or FORMAT declaration.</summary>
public enum VcfNumberKind
{
    /// <summary>A fixed count (<see cref="VcfFieldDefinition.FixedCount"/>), 0 for flags.</summary>
    Fixed,

    /// <summary><c>A</c>: one value per ALT allele.</summary>
    PerAltAllele,

    /// <summary><c>R</c>: one value per allele, REF included.</summary>
    PerAllele,

    /// <summary><c>G</c>: one value per possible genotype (depends on ploidy).</summary>
    PerGenotype,

    /// <summary><c>.</c>: unknown or unbounded.</summary>
    Unbounded,
}
