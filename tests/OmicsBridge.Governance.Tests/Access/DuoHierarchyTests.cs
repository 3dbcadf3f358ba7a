using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Access;

namespace OmicsBridge.Governance.Tests.Access;

public sealed class DuoHierarchyTests
{
    [Theory]
    [InlineData("GRU", "HMB", true)]
    [InlineData("GRU", "DS:MONDO:0005015", true)]
    [InlineData("GRU", "POA", true)]
    [InlineData("GRU", "CC", false)]
    [InlineData("HMB", "DS:MONDO:0005015", true)]
    [InlineData("HMB", "HMB", true)]
    [InlineData("HMB", "GRU", false)]
    [InlineData("HMB", "POA", false)]
    [InlineData("DS:MONDO:0005015", "DS:MONDO:0005015", true)]
    [InlineData("DS:MONDO:0005015", "DS:MONDO:0004975", false)]
    [InlineData("DS:MONDO:0005015", "HMB", false)]
    [InlineData("DS:MONDO:0005015", "GRU", false)]
    [InlineData("NRES", "CC", true)]
    [InlineData("NRES", "GRU", true)]
    [InlineData("CC", "CC", true)]
    [InlineData("CC", "HMB", false)]
    [InlineData("POA", "HMB", false)]
    public void Permits_ConsentedVersusRequested_FollowsDuoHierarchy(string consented, string requested, bool expected)
        => Assert.Equal(expected, DuoHierarchy.Permits(Purpose.Parse(consented), Purpose.Parse(requested)));

    [Fact]
    public void Permits_DiseaseDescendantWithHierarchy_IsPermittedButAncestorIsNot()
    {
        // type 2 diabetes (MONDO:0005148) is_a diabetes mellitus (MONDO:0005015)
        var diseases = new DiseaseHierarchy([("MONDO:0005148", "MONDO:0005015")]);
        var diabetes = Purpose.DiseaseSpecific("MONDO:0005015");
        var type2 = Purpose.DiseaseSpecific("MONDO:0005148");

        Assert.True(DuoHierarchy.Permits(diabetes, type2, diseases));
        Assert.False(DuoHierarchy.Permits(type2, diabetes, diseases));
        Assert.False(DuoHierarchy.Permits(diabetes, type2));
    }

    [Theory]
    [InlineData("DUO:0000042", "DUO:0000042", null)]
    [InlineData("gru", "DUO:0000042", null)]
    [InlineData("DS:MONDO:0005015", "DUO:0000007", "MONDO:0005015")]
    [InlineData("DUO:0000007:MONDO:0005015", "DUO:0000007", "MONDO:0005015")]
    public void Parse_ValidForms_GivesCodeAndDisease(string text, string code, string? disease)
    {
        var purpose = Purpose.Parse(text);

        Assert.Equal(code, purpose.Code);
        Assert.Equal(disease, purpose.Disease);
    }

    [Theory]
    [InlineData("DS")]
    [InlineData("DUO:0000007")]
    [InlineData("HMB:MONDO:0005015")]
    [InlineData("DUO:12")]
    [InlineData("research")]
    public void TryParse_InvalidForms_FailsWithReason(string text)
    {
        Assert.False(Purpose.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }
}
