using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hgvs;

namespace OmicsBridge.Formats.Tests.Hgvs;

public sealed partial class HgvsParserTests
{
    public static TheoryData<string> ValidExamples => HgvsExamples.Valid();

    public static TheoryData<string, int, string> InvalidExamples => HgvsExamples.Invalid();

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void TryParse_SpecificationExample_ParsesAndFormatsBackUnchanged(string text)
    {
        var ok = HgvsParser.TryParse(text, out var variant, out var error);

        Assert.True(ok, error?.ToString());
        Assert.Equal(text, HgvsFormatter.Format(variant!));
    }

    [Theory]
    [MemberData(nameof(ValidExamples))]
    public void Normalize_SpecificationExample_IsStableWhenNormalizedAgain(string text)
    {
        var once = HgvsNormalizer.Normalize(text);

        Assert.Equal(once, HgvsNormalizer.Normalize(once));
    }

    [Theory]
    [MemberData(nameof(InvalidExamples))]
    public void TryParse_MalformedText_FailsAtExpectedPositionWithCode(string text, int position, string code)
    {
        var ok = HgvsParser.TryParse(text, out var variant, out var error);

        Assert.False(ok);
        Assert.Null(variant);
        Assert.Equal((code, position), (error!.Code, error.Position));
        Assert.StartsWith($"position {position}: expected ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void TryParse_EmptyText_FailsWithEmptyCode(string? text)
    {
        Assert.False(HgvsParser.TryParse(text, out _, out var error));
        Assert.Equal((HgvsErrorCodes.Empty, 0), (error!.Code, error.Position));
    }

    [Fact]
    public void TryParse_SubstitutionMissingAlternate_SaysNucleotideExpectedAfterArrow()
    {
        Assert.False(HgvsParser.TryParse("NM_004006.2:c.76A>", out _, out var error));

        Assert.Equal("position 18: expected a nucleotide (A, C, G, T) after '>'", error!.Message);
    }

    [Fact]
    public void Parse_InvalidText_ThrowsInvalidInputWithCodedIssue()
    {
        var exception = Assert.Throws<OmicsBridgeException>(() => HgvsParser.Parse("c.76_A>C"));

        Assert.Equal(ErrorKind.InvalidInput, exception.Kind);
        Assert.Equal(HgvsErrorCodes.Position, Assert.Single(exception.Issues).Code);
    }

    [Fact]
    public void ToIssue_ErrorInFileField_PointsAtColumnOfOffendingCharacter()
    {
        Assert.False(HgvsParser.TryParse("c.76A>", out _, out var error));

        var issue = error!.ToIssue("cohort.maf", 12, columnOfText: 40, field: "HGVSc");

        Assert.Equal(("HGVS005", 46, "HGVSc"), (issue.Code, issue.Column, issue.Field));
    }
}
