using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Harmonize.Terminology;

namespace OmicsBridge.Harmonize.Tests.Terminology;

public sealed class CodeFormatValidatorTests
{
    [Theory]
    [InlineData("15074-8")] // glucose, from the R4 f001 example
    [InlineData("8867-4")]
    [InlineData("85354-9")]
    [InlineData("2339-0")]
    [InlineData("LA6684-0")] // answer code
    public void TryValidate_RealLoincCodes_Pass(string code)
    {
        Assert.True(CodeFormatValidator.TryValidate(VocabularyId.Loinc, code, out var reason), reason);
    }

    [Theory]
    [InlineData("15074-7", "check digit")]
    [InlineData("15074", "1-7 digits")]
    [InlineData("1507A-8", "1-7 digits")]
    public void TryValidate_BadLoincCodes_FailWithRule(string code, string rule)
    {
        Assert.False(CodeFormatValidator.TryValidate(VocabularyId.Loinc, code, out var reason));
        Assert.Contains(rule, reason, StringComparison.Ordinal);
        Assert.DoesNotContain(code, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("363346000")] // malignant neoplastic disease (R4 f202)
    [InlineData("44054006")] // diabetes mellitus type 2
    [InlineData("122555007")] // venous blood specimen
    [InlineData("317935006")]
    public void TryValidate_RealSnomedIds_PassVerhoeff(string code)
    {
        Assert.True(CodeFormatValidator.TryValidate(VocabularyId.Snomed, code, out var reason), reason);
    }

    [Theory]
    [InlineData("363346001", "Verhoeff")]
    [InlineData("45054006", "Verhoeff")]
    [InlineData("0363346000", "leading zero")]
    [InlineData("12345", "6-18 digits")]
    public void TryValidate_BadSnomedIds_Fail(string code, string rule)
    {
        Assert.False(CodeFormatValidator.TryValidate(VocabularyId.Snomed, code, out var reason));
        Assert.Contains(rule, reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("E11.9", true)]
    [InlineData("E119", true)]
    [InlineData("S72.001A", true)]
    [InlineData("C50.911", true)]
    [InlineData("U07.1", false)] // U codes are WHO ICD-10 emergency use, not ICD-10-CM shape
    [InlineData("E1", false)]
    [InlineData("11.9", false)]
    public void TryValidate_Icd10CmShapes(string code, bool valid)
    {
        Assert.Equal(valid, CodeFormatValidator.TryValidate(VocabularyId.Icd10Cm, code, out _));
    }

    [Theory]
    [InlineData("HPO", "HP:0000118", true)]
    [InlineData("HPO", "HP:118", false)]
    [InlineData("HGNC", "HGNC:644", true)]
    [InlineData("RxNorm", "562251", true)]
    [InlineData("RxNorm", "56a", false)]
    [InlineData("NDC", "50580-506-02", true)]
    [InlineData("NDC", "5058-0506-02", true)]
    [InlineData("ATC", "C10AA05", true)]
    [InlineData("ATC", "C10A05", false)]
    [InlineData("DUO", "DUO:0000007", true)]
    public void TryValidate_OtherVocabularies(string vocabulary, string code, bool valid)
    {
        Assert.True(VocabularyId.TryParse(vocabulary, out var id));
        Assert.Equal(valid, CodeFormatValidator.TryValidate(id, code, out _));
    }

    [Fact]
    public void TryValidate_LocalVocabulary_AcceptsAnyNonEmptyCode()
    {
        Assert.True(CodeFormatValidator.TryValidate(VocabularyId.Local("http://acme.org"), "GLU-1", out _));
        Assert.False(CodeFormatValidator.TryValidate(VocabularyId.Local("http://acme.org"), " ", out _));
    }
}
