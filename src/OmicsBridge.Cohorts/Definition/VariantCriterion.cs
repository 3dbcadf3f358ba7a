namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// A called variant (genotype table) with every given property: gene, HGVS (g. on the variant key; c./p. on the
/// variant's or any annotation's hgvs_c/hgvs_p), variant key, consequence, zygosity, VAF and clinical significance.
/// </summary>
public sealed record VariantCriterion(
    string? Gene = null,
    string? Hgvs = null,
    string? VariantKey = null,
    string? Consequence = null,
    string? Zygosity = null,
    Comparison? Vaf = null,
    string? ClinicalSignificance = null) : Criterion;
