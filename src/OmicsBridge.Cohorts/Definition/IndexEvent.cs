namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// The event whose first date per patient is the index date: the first occurrence of a coded event
/// (<see cref="Code"/> in <see cref="Domain"/>), or the first sample collected (both null). Patients without it are not members.
/// </summary>
public sealed record IndexEvent(ClinicalDomain? Domain, CodeMatch? Code)
{
    public static IndexEvent FirstSample { get; } = new(null, null);

    public bool IsFirstSample => Domain is null;
}
