using OmicsBridge.Governance.Pseudonyms;

namespace OmicsBridge.Governance.Tests.Pseudonyms;

public sealed class SafeHarborTests
{
    [Theory]
    [InlineData(0, "0")]
    [InlineData(89, "89")]
    [InlineData(90, "90+")]
    [InlineData(104, "90+")]
    public void AgeLabel_Boundary_GroupsAbove89(int age, string expected) => Assert.Equal(expected, SafeHarbor.AgeLabel(age));

    [Fact]
    public void AgeInYears_BeforeAndOnBirthday_CountsWholeYears()
    {
        Assert.Equal(89, SafeHarbor.AgeInYears(new DateOnly(1936, 6, 2), new DateOnly(2026, 6, 1)));
        Assert.Equal(90, SafeHarbor.AgeInYears(new DateOnly(1936, 6, 1), new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void BirthYear_OverEightyNine_IsHidden()
    {
        Assert.Equal(1980, SafeHarbor.BirthYear(new DateOnly(1980, 3, 15), new DateOnly(2026, 6, 1)));
        Assert.Null(SafeHarbor.BirthYear(new DateOnly(1930, 3, 15), new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Shift_TwoDatesOfOnePatient_KeepsTheirInterval()
    {
        var offset = new Pseudonymizer(new byte[32]).ShiftDays("P1");
        var diagnosis = new DateOnly(2020, 2, 28);
        var death = new DateOnly(2021, 3, 1);

        Assert.Equal(death.DayNumber - diagnosis.DayNumber, SafeHarbor.Shift(death, offset).DayNumber - SafeHarbor.Shift(diagnosis, offset).DayNumber);
        Assert.NotEqual(diagnosis, SafeHarbor.Shift(diagnosis, offset));
    }
}
