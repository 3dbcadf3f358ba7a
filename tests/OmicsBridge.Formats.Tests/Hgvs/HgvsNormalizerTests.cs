using OmicsBridge.Formats.Hgvs;

namespace OmicsBridge.Formats.Tests.Hgvs;

public sealed class HgvsNormalizerTests
{
    [Theory]
    [InlineData("p.W24C", "p.Trp24Cys")] // N1
    [InlineData("p.W24*", "p.Trp24Ter")] // N1, N2
    [InlineData("p.Trp24*", "p.Trp24Ter")] // N2
    [InlineData("p.Trp24X", "p.Trp24Ter")] // N2: one-letter X is a stop
    [InlineData("p.(A3_Y6del)", "p.(Ala3_Tyr6del)")] // N1 on positions
    [InlineData("p.G10_F11insMM", "p.Gly10_Phe11insMetMet")] // N1 on inserted residues
    [InlineData("p.Arg97Profs*23", "p.Arg97ProfsTer23")] // N2 in a frame shift
    [InlineData("p.*110Glnext*17", "p.Ter110GlnextTer17")] // N2 in an extension
    [InlineData("p.N1039fs", "p.Asn1039fs")]
    [InlineData("c.76delA", "c.76del")] // N3
    [InlineData("c.76_78delACT", "c.76_78del")] // N3
    [InlineData("c.76_78del3", "c.76_78del")] // N3: length implied by the range
    [InlineData("g.5dupT", "g.5dup")] // N3
    [InlineData("c.76dupA", "c.76dup")] // N3
    [InlineData("c.76delAinsT", "c.76delinsT")] // N3
    [InlineData("c.76_77delAAinsC", "c.76_77delinsC")] // N3
    [InlineData("c.76_76del", "c.76del")] // N4
    [InlineData("c.76_76delA", "c.76del")] // N3, N4
    [InlineData("c.76a>c", "c.76A>C")] // N5
    [InlineData("c.76_77insta", "c.76_77insTA")] // N5
    [InlineData("r.76A>C", "r.76a>c")] // N5
    [InlineData("r.6_8delUUG", "r.6_8del")] // N3, N5
    [InlineData("[c.76A>C;c.83G>C]", "c.[76A>C;83G>C]")] // N6
    [InlineData("NM_004006.2:c.76A>C", "NM_004006.2:c.76A>C")] // already recommended
    [InlineData("g.(100_150)del(15)", "g.(100_150)del(15)")] // uncertain location: the length is information, kept
    public void Normalize_Text_RewritesToRecommendedForm(string text, string expected)
    {
        Assert.Equal(expected, HgvsNormalizer.Normalize(text));
    }

    [Fact]
    public void TryNormalize_InvalidText_ReturnsParseError()
    {
        Assert.False(HgvsNormalizer.TryNormalize("p.Trp24Cyx", out var normalized, out var error));
        Assert.Null(normalized);
        Assert.Equal((HgvsErrorCodes.AminoAcid, 7), (error!.Code, error.Position));
    }

    [Fact]
    public void Normalize_Variant_KeepsPredictedFlagAndReference()
    {
        var variant = HgvsParser.Parse("NP_003997.1:p.(R97C)");

        var normalized = HgvsNormalizer.Normalize(variant);

        Assert.True(normalized.IsPredicted);
        Assert.Equal("NP_003997.1:p.(Arg97Cys)", normalized.ToString());
    }
}
