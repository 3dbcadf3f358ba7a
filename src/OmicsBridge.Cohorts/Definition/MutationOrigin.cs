namespace OmicsBridge.Cohorts.Definition;

/// <summary>Where a mutation is looked for: germline calls (genotype), somatic calls (mutation), or both.</summary>
public enum MutationOrigin
{
    Any,
    Germline,
    Somatic,
}
