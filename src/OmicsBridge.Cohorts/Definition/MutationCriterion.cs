namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// A non-synonymous mutation of <see cref="Gene"/> (OQL <c>MUT</c>): germline from genotype+variant, somatic from
/// mutation, or both; optionally of one class, one protein change (<c>V600E</c>, or a position <c>V600</c>) or a VAF.
/// </summary>
public sealed record MutationCriterion(
    string Gene,
    MutationOrigin Origin = MutationOrigin.Any,
    MutationClass Class = MutationClass.Any,
    string? ProteinChange = null,
    Comparison? Vaf = null) : Criterion;
