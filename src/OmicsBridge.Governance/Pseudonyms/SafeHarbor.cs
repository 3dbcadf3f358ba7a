using System.Globalization;

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>
/// HIPAA Safe Harbor date rules (45 CFR §164.514(b)(2)(i)(C)) and the per-patient date shift.
/// </summary>
/// <remarks>
/// Dates shown to researchers are moved by the patient's offset (<see cref="Pseudonymizer.ShiftDays"/>), so intervals
/// within a patient (diagnosis to death, sample to sample) are exact while calendar dates are not. Birth dates become
/// the year only, and ages over 89 — with any date element that would reveal them, including the birth year — are
/// grouped as "90+".
/// </remarks>
public static class SafeHarbor
{
    /// <summary>Ages above this are reported as <see cref="OldestAgeGroup"/>.</summary>
    public const int MaxReportedAge = 89;

    public const string OldestAgeGroup = "90+";

    public static DateOnly Shift(DateOnly date, int offsetDays) => date.AddDays(offsetDays);

    public static DateTimeOffset Shift(DateTimeOffset instant, int offsetDays) => instant.AddDays(offsetDays);

    /// <summary>Whole years from <paramref name="birth"/> to <paramref name="at"/>.</summary>
    public static int AgeInYears(DateOnly birth, DateOnly at)
    {
        var age = at.Year - birth.Year;
        if (at.Month < birth.Month || (at.Month == birth.Month && at.Day < birth.Day))
        {
            age--;
        }

        return age;
    }

    /// <summary>The age as shown: the number of years, or "90+" above 89.</summary>
    public static string AgeLabel(int ageYears)
        => ageYears > MaxReportedAge ? OldestAgeGroup : ageYears.ToString(CultureInfo.InvariantCulture);

    /// <summary>The birth year as shown, or null when it would reveal an age over 89 at <paramref name="at"/>.</summary>
    public static int? BirthYear(DateOnly birth, DateOnly at)
        => AgeInYears(birth, at) > MaxReportedAge ? null : birth.Year;
}
