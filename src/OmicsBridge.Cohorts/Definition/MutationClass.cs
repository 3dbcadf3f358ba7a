namespace OmicsBridge.Cohorts.Definition;

/// <summary>The OQL mutation types (<c>MUT = MISSENSE</c> …); <see cref="Any"/> is every non-synonymous mutation.</summary>
public enum MutationClass
{
    Any,
    Missense,
    Nonsense,
    Nonstart,
    Nonstop,
    Frameshift,
    Inframe,
    Splice,
    Truncating,
}
