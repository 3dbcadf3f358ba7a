using OmicsBridge.Formats.Vcf;
using OmicsBridge.Formats.Vcf.Annotation;
using OmicsBridge.Formats.Vcf.Normalization;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Vcf;

public sealed class VcfAnnotationAndKeyTests
{
    [Fact]
    public void Parse_CsqAndAnn_GivesTranscriptEntriesAndPicksCanonical()
    {
        using var reader = VcfReader.Open(TestData.Fixture("vcf/annotated.vcf"));
        Assert.Equal(GenomeAssembly.GRCh38, reader.Assembly);
        var annotations = new VariantAnnotations(reader.Header);
        reader.Read();
        var entries = annotations.Parse(reader.Current);
        Assert.Equal(5, entries.Count);
        var stop = entries[1];
        Assert.Equal(("CSQ", "BRCA1", "ENST00000471181", "HIGH", false), (stop.Source, stop.GeneSymbol, stop.Transcript, stop.Impact, stop.IsCanonical));
        Assert.Equal(["stop_gained", "splice_region_variant"], stop.Consequences);
        Assert.Equal("ENSP00000418960.2:p.Gln1355Ter", stop.HgvsP);
        var picked = VariantAnnotations.Pick(entries)!;
        Assert.Equal(("ENST00000357654", "missense_variant"), (picked.Transcript, picked.Consequences[0]));
        var ann = entries.Where(e => e.Source == "ANN").ToList();
        Assert.Equal("p.Leu1287=", ann[1].HgvsP);
        Assert.Equal("NM_007294.4", VariantAnnotations.Pick(ann)!.Transcript); // no canonical flag: most severe wins
    }

    [Fact]
    public void ParseForAlt_MultiallelicIndel_MatchesVepAlleleStrings()
    {
        using var reader = VcfReader.Open(TestData.Fixture("vcf/annotated.vcf"));
        var annotations = new VariantAnnotations(reader.Header);
        reader.Read();
        reader.Read();
        Assert.Equal("frameshift_variant", Assert.Single(annotations.ParseForAlt(reader.Current, 1)).Consequences[0]);
        Assert.Equal("intron_variant", Assert.Single(annotations.ParseForAlt(reader.Current, 2)).Consequences[0]);
        Assert.Equal(("-", "TCT", "T"), (VariantAnnotations.VepAllele("GTC", ["G", "GTCT"], 1), VariantAnnotations.VepAllele("GTC", ["G", "GTCT"], 2), VariantAnnotations.VepAllele("G", "GT")));
    }

    [Fact]
    public void Rank_SequenceOntology_FollowsVepOrder()
    {
        Assert.True(SequenceOntologySeverity.Rank("stop_gained") < SequenceOntologySeverity.Rank("missense_variant"));
        Assert.True(SequenceOntologySeverity.Rank("missense_variant") < SequenceOntologySeverity.Rank("synonymous_variant"));
        Assert.True(SequenceOntologySeverity.Rank("intergenic_variant") < SequenceOntologySeverity.Rank("made_up_term"));
    }

    [Theory]
    [InlineData("chr17", "17")]
    [InlineData("17", "17")]
    [InlineData("chrM", "MT")]
    [InlineData("MT", "MT")]
    [InlineData("chrX", "X")]
    [InlineData("NC_000017.11", "17")]
    [InlineData("chrUn_KI270742v1", "Un_KI270742v1")]
    public void CanonicalContig_Aliases_Reconcile(string contig, string expected) =>
        Assert.Equal(expected, GenomeAssemblies.CanonicalContig(contig));

    [Fact]
    public void VariantKey_UsesCanonicalContig()
    {
        var key = VariantKey.Create(GenomeAssembly.GRCh38, "chr17", 43045712, "G", "A");
        Assert.Equal("17-43045712-G-A", key.ToString());
        Assert.Equal("GRCh38:17-43045712-G-A", key.ToQualifiedString());
    }

    [Theory]
    [InlineData(GenomeAssembly.GRCh38, "chr17", 43045712, "G", "A", "NC_000017.11:g.43045712G>A")]
    [InlineData(GenomeAssembly.GRCh37, "17", 41197729, "G", "A", "NC_000017.10:g.41197729G>A")]
    [InlineData(GenomeAssembly.GRCh38, "1", 1000, "GTC", "G", "NC_000001.11:g.1001_1002del")]
    [InlineData(GenomeAssembly.GRCh38, "1", 1000, "GT", "G", "NC_000001.11:g.1001del")]
    [InlineData(GenomeAssembly.GRCh38, "X", 1000, "G", "GAC", "NC_000023.11:g.1000_1001insAC")]
    [InlineData(GenomeAssembly.GRCh38, "chrM", 73, "AC", "TG", "NC_012920.1:g.73_74delinsTG")]
    [InlineData(GenomeAssembly.GRCh38, "1", 1000, "G", "<DEL>", null)]
    [InlineData(GenomeAssembly.Unknown, "1", 1000, "G", "A", null)]
    public void Describe_HgvsGenomic_WithoutFasta(GenomeAssembly assembly, string chrom, long pos, string reference, string alt, string? expected) =>
        Assert.Equal(expected, HgvsGenomic.Describe(assembly, chrom, pos, reference, alt));

    [Fact]
    public void Describe_HgvsGenomicWithFasta_ShiftsThreePrimeAndFindsDup()
    {
        using var fasta = new OmicsBridge.Formats.Fasta.IndexedFastaReader(TestData.Fixture("vcf/leftalign_ref.fa"));
        // The test contig is named chr1; the accession table is GRCh38 chr1. T-run at 23..28: a T deletion is 28del (3'-most).
        Assert.Equal("NC_000001.11:g.28del", HgvsGenomic.Describe(GenomeAssembly.GRCh38, "chr1", 22, "GT", "G", fasta));
        // CAG inserted after the CAG repeat (8..19) is a duplication of 17..19.
        Assert.Equal("NC_000001.11:g.17_19dup", HgvsGenomic.Describe(GenomeAssembly.GRCh38, "chr1", 7, "A", "ACAG", fasta));
    }

    [Fact]
    public void Synthetic_SameSeed_SameBytesAndReadable()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        VcfSyntheticWriter.Write(first, samples: 30, variants: 400, seed: 7);
        VcfSyntheticWriter.Write(second, samples: 30, variants: 400, seed: 7);
        Assert.Equal(first.ToArray(), second.ToArray());
        first.Position = 0;
        using var reader = VcfReader.Open(first, "synthetic.vcf.gz");
        var records = 0;
        var multiallelic = 0;
        var missing = 0;
        var homRef = new long[30];
        while (reader.Read())
        {
            records++;
            multiallelic += reader.Current.AltCount > 1 ? 1 : 0;
            reader.Current.Genotypes.AddHomRefCounts(homRef);
            for (var s = 0; s < 30; s++)
            {
                missing += reader.Current.Genotypes.GetZygosity(s) == VcfZygosity.Missing ? 1 : 0;
            }

            var an = reader.Current.GetInfoInt32("AN")!.Value;
            var called = Enumerable.Range(0, 30).Sum(s => reader.Current.Genotypes.GetAlleles(s).ToArray().Count(a => a >= 0));
            Assert.Equal(called, an);
        }

        Assert.Equal(400, records);
        Assert.Empty(reader.Issues);
        Assert.InRange(multiallelic, 5, 40);
        Assert.InRange(missing, 40, 200);
        Assert.True(homRef.Sum() > 400 * 30 / 2);
    }
}
