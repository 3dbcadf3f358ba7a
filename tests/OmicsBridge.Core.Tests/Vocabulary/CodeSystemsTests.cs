using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Core.Tests.Vocabulary;

public sealed class CodeSystemsTests
{
    [Theory]
    [InlineData("http://snomed.info/sct", "SNOMED")]
    [InlineData("http://loinc.org", "LOINC")]
    [InlineData("https://loinc.org/", "LOINC")]
    [InlineData("urn:oid:2.16.840.1.113883.6.1", "LOINC")]
    [InlineData("http://hl7.org/fhir/sid/icd-10-cm", "ICD10CM")]
    [InlineData("http://hl7.org/fhir/sid/icd-10", "ICD10")]
    [InlineData("http://www.nlm.nih.gov/research/umls/rxnorm", "RxNorm")]
    [InlineData("http://hl7.org/fhir/sid/ndc", "NDC")]
    [InlineData("http://www.whocc.no/atc", "ATC")]
    [InlineData("http://unitsofmeasure.org", "UCUM")]
    [InlineData("http://www.genenames.org", "HGNC")]
    [InlineData("http://www.genenames.org/geneId", "HGNC")]
    [InlineData("http://hl7.org/fhir/sid/cvx", "CVX")]
    [InlineData("http://purl.obolibrary.org/obo/hp.owl", "HPO")]
    public void FromSystemUri_KnownSystems_MapToVocabularyIds(string uri, string expected)
    {
        Assert.Equal(expected, CodeSystems.FromSystemUri(uri)?.Value);
    }

    [Fact]
    public void FromSystemUri_UnknownSystem_IsLocalAndKeepsTheUri()
    {
        var id = CodeSystems.FromSystemUri("http://acme.org/lab-codes");

        Assert.Equal("LOCAL:http://acme.org/lab-codes", id?.Value);
        Assert.True(id?.IsLocal);
        Assert.Null(CodeSystems.FromSystemUri("  "));
    }

    [Theory]
    [InlineData("LN", "LOINC")]
    [InlineData("SCT", "SNOMED")]
    [InlineData("I10", "ICD10")]
    [InlineData("I10C", "ICD10CM")]
    [InlineData("RXNORM", "RxNorm")]
    [InlineData("UCUM", "UCUM")]
    [InlineData("HGNC", "HGNC")]
    [InlineData("99ZZZ", "LOCAL:99ZZZ")]
    public void FromHl7v2Name_Table0396Names_MapToTheSameIds(string name, string expected)
    {
        Assert.Equal(expected, CodeSystems.FromHl7v2Name(name)?.Value);
    }

    [Fact]
    public void TryParse_StoredIds_RoundTrip()
    {
        Assert.True(VocabularyId.TryParse("rxnorm", out var rx));
        Assert.Equal(VocabularyId.RxNorm, rx);
        Assert.True(VocabularyId.TryParse("LOCAL:urn:x", out var local));
        Assert.True(local.IsLocal);
        Assert.False(VocabularyId.TryParse("NOPE", out _));
    }
}
