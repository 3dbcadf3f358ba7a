namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>
/// The analysable facts about a person that clinical sources bring (the <c>patient</c> table's columns); any may be
/// unknown. PHI (names, addresses) never gets here.
/// </summary>
public sealed record PatientDemographics
{
    public static PatientDemographics Empty { get; } = new();

    /// <summary>female, male, other or unknown; <see langword="null"/> when the source did not say.</summary>
    public string? Sex { get; init; }

    public DateOnly? BirthDate { get; init; }

    public bool? Deceased { get; init; }

    public DateOnly? DeathDate { get; init; }

    /// <summary>The last date the person was known alive (a visit, a result, a follow-up).</summary>
    public DateOnly? LastContactDate { get; init; }

    public bool IsEmpty => Sex is null && BirthDate is null && Deceased is null && DeathDate is null && LastContactDate is null;

    /// <summary>
    /// Combines what is known with what just arrived: a known sex or birth date stays (the first source that stated
    /// it wins, so a later typo cannot silently change a person), death fills in, and the last contact only moves later.
    /// </summary>
    public PatientDemographics Merge(PatientDemographics later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return new PatientDemographics
        {
            Sex = Sex is null or "unknown" ? later.Sex ?? Sex : Sex,
            BirthDate = BirthDate ?? later.BirthDate,
            Deceased = Deceased == true || later.Deceased == true || later.DeathDate is not null ? true : Deceased ?? later.Deceased,
            DeathDate = DeathDate ?? later.DeathDate,
            LastContactDate = Max(LastContactDate, later.LastContactDate),
        };
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
