using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Harmonize.Terminology;

namespace OmicsBridge.Harmonize.Tests.Terminology;

public sealed class TerminologyMapperTests
{
    [Fact]
    public void FromSystemUri_WithoutOverrides_UsesTheBuiltInTable()
    {
        Assert.Equal(VocabularyId.Loinc, TerminologyMapper.Default.FromSystemUri("http://loinc.org"));
        Assert.Equal("LOCAL:http://acme.org/lab", TerminologyMapper.Default.FromSystemUri("http://acme.org/lab")?.Value);
    }

    [Fact]
    public void FromSystemUri_SiteOverride_WinsOverLocal()
    {
        var mapper = new TerminologyMapper([new("http://acme.org/lab", VocabularyId.Loinc), new("99LAB", VocabularyId.Loinc)]);

        Assert.Equal(VocabularyId.Loinc, mapper.FromSystemUri("http://acme.org/lab"));
        Assert.Equal(VocabularyId.Loinc, mapper.FromHl7v2Name("99lab"));
        Assert.Equal(VocabularyId.Snomed, mapper.FromHl7v2Name("SCT"));
    }
}
