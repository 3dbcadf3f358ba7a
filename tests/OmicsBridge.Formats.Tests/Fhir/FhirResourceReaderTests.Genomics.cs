using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Fhir;

public sealed partial class FhirResourceReaderTests
{
    [Fact]
    public void ReadPath_GenomicsSnvExample_ReadsGeneHgvsAssemblyAndFrequency()
    {
        var (records, reader) = ReadShared("fhir/genomics-reporting/Observation-SNVexample.json");

        var variant = Assert.IsType<GenomicVariantRecord>(Assert.Single(records));
        Assert.Equal(VocabularyId.Hgnc, variant.Gene?.Vocabulary);
        Assert.Equal("HGNC:644", variant.Gene?.Code);
        Assert.Equal("AR", variant.Gene?.Display);
        Assert.Equal("p.(Ala412Val)", variant.HgvsP);
        Assert.Equal("NM_000044.3", variant.TranscriptReferenceSequence);
        Assert.Equal("X", variant.Chromosome);
        Assert.Equal("GRCh37", variant.Assembly);
        Assert.Equal(0.44m, variant.AlleleFrequency);
        Assert.Equal(120, variant.ReadDepth);
        Assert.Equal("LA6684-0", variant.GenomicSourceClass?.Code);
        Assert.Equal("LA9633-4", variant.Presence?.Code);
        Assert.Equal("Specimen?identifier=http://slk-kliniken.de/fhir/namingSystem/tissueID|16-123456-23", variant.SpecimenReference);
        // The IG example has no subject: kept, with a warning that says so.
        Assert.Null(variant.SubjectReference);
        Assert.Contains(reader.Issues, i => i.Code == "FHIR004" && i.Severity == Core.Diagnostics.IssueSeverity.Warning);
    }

    [Fact]
    public void ReadPath_OncologyBundle_ReadsVariantsWithGenomicHgvsAndBundleSubjects()
    {
        var (records, reader) = ReadShared("fhir/genomics-reporting/Bundle-oncologyexamples-r4.json");

        var variants = records.OfType<GenomicVariantRecord>().ToList();
        Assert.Equal(3, variants.Count);
        var jak2 = Assert.Single(variants, v => v.Gene?.Code == "JAK2");
        Assert.Equal("9:g.5073770G>T", jak2.HgvsG);
        Assert.Equal("p.Val617Phe", jak2.HgvsP);
        Assert.Equal("Patient/d0b4affa-91d6-46d1-af01-b30d9f16ef6d", jak2.SubjectReference);
        Assert.Equal("Specimen/a5d6a6a9-4859-480e-85b2-56974fef3b9d", jak2.SpecimenReference);
        Assert.Contains(variants, v => v.Gene?.Code == "ERBB4" && v.HgvsG == "2:g.212578380del");
        var report = Assert.Single(records.OfType<DiagnosticReportRecord>());
        // The groupers have no id: their urn:uuid fullUrls name them, and the report's results resolve to those names.
        Assert.Equal(["Observation/16fdd5fc-e665-48af-99e4-48d603f3e12f", "Observation/16fdd5fc-e665-48af-99e4-48d603f3e12e"], report.ResultReferences);
        Assert.Equal(2, records.OfType<ObservationRecord>().Count(o => o.SubjectReference is null));
        Assert.Empty(reader.CompleteReferences());
    }
}
