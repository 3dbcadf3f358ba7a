using OmicsBridge.Formats.Vcf;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Vcf;

// What the VCF 4.3 specification's own example (hts-specs examples/vcf/simple.vcf, §1.1) states, record by record.
public sealed class VcfSpecExampleTests
{
    private static List<T> ReadAll<T>(string file, Func<VcfRecord, T> map, VcfReaderOptions? options = null)
    {
        using var reader = VcfReader.Open(TestData.Shared(file), options);
        var result = new List<T>();
        while (reader.Read())
        {
            result.Add(map(reader.Current));
        }

        return result;
    }

    [Fact]
    public void Open_SimpleVcf_ParsesHeaderDeclarationsAndSamples()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/examples/simple.vcf"));
        var header = reader.Header;
        Assert.Equal("VCFv4.3", header.FileFormat);
        Assert.Equal(new Version(4, 3), header.Version);
        Assert.Equal(["NA00001", "NA00002", "NA00003"], header.Samples);
        Assert.Equal(1, header.IndexOfSample("NA00002"));
        var af = header.Info["AF"];
        Assert.Equal((VcfNumberKind.PerAltAllele, VcfValueType.Float, "Allele Frequency"), (af.NumberKind, af.Type, af.Description));
        Assert.Equal((VcfNumberKind.Fixed, 0, VcfValueType.Flag), (header.Info["DB"].NumberKind, header.Info["DB"].FixedCount, header.Info["DB"].Type));
        Assert.Equal((VcfNumberKind.Fixed, 2), (header.Format["HQ"].NumberKind, header.Format["HQ"].FixedCount));
        Assert.Equal("Less than 50% of samples have data", header.Filters["s50"]);
        var contig = Assert.Single(header.Contigs);
        Assert.Equal(new VcfContig("20", 62_435_964, "B36"), contig);
        Assert.Equal("file:///seq/references/1000GenomesPilot-NCBI36.fasta", header.Reference);
        Assert.Equal(GenomeAssembly.Unknown, header.Assembly);
        Assert.Contains(header.MetaLines, m => m.Key == "phasing" && m.Value == "partial");
    }

    [Fact]
    public void Read_SimpleVcf_FirstRecordHasPhasedAndUnphasedCallsAndFlags()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/examples/simple.vcf"));
        Assert.True(reader.Read());
        var r = reader.Current;
        Assert.Equal(("20", 14370L, "rs6054257", "G", "A", 29.0), (r.Chrom, r.Position, r.Id, r.Ref, r.GetAlt(1), r.Quality));
        Assert.Equal(["PASS"], r.Filters);
        Assert.Equal(3, r.GetInfoInt32("NS"));
        Assert.Equal(0.5, r.GetInfoDouble("AF"));
        Assert.True(r.HasInfo("DB"));
        Assert.True(r.HasInfo("H2"));
        Assert.False(r.HasInfo("AA"));
        var g = r.Genotypes;
        Assert.Equal([0, 0], g.GetAlleles(0).ToArray());
        Assert.True(g.IsPhased(0));
        Assert.Equal([1, 0], g.GetAlleles(1).ToArray());
        Assert.True(g.IsPhased(1));
        Assert.Equal([1, 1], g.GetAlleles(2).ToArray());
        Assert.False(g.IsPhased(2));
        Assert.Equal([VcfZygosity.HomRef, VcfZygosity.Het, VcfZygosity.HomAlt], Enumerable.Range(0, 3).Select(s => g.GetZygosity(s)));
        Assert.Equal([48, 48, 43], Enumerable.Range(0, 3).Select(s => g.GetGenotypeQuality(s)!.Value));
        Assert.Equal([1, 8, 5], Enumerable.Range(0, 3).Select(s => g.GetDepth(s)!.Value));
        Assert.True(g.TryGetRawField(2, "HQ", out var hq));
        Assert.Equal(".,."u8.ToArray(), hq.ToArray());
    }

    [Fact]
    public void Read_SimpleVcf_TrailingFieldsDroppedReadAsMissing()
    {
        // Record 2, NA00003 is "0/0:41:3": HQ is left out, which means missing.
        var hq = ReadAll("vcf/hts-specs/examples/simple.vcf", r => r.Genotypes.TryGetRawField(2, "HQ", out _))[1];
        Assert.False(hq);
        var filters = ReadAll("vcf/hts-specs/examples/simple.vcf", r => string.Join(';', r.Filters));
        Assert.Equal(["PASS", "q10", "PASS", "PASS", "PASS"], filters);
    }

    [Fact]
    public void Split_SimpleVcfTriallelicSnp_RecodesGenotypesAndNumberAFields()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/examples/simple.vcf"));
        reader.Read();
        reader.Read();
        reader.Read();
        var r = reader.Current;
        Assert.Equal(2, r.AltCount);
        var split = VcfAlleleSplitter.Split(r);
        Assert.Equal(["G", "T"], split.Select(s => s.Alt));
        // 1|2, 2|1, 2/2 at ALT G become 1|0, 0|1, 0/0; at ALT T: 0|1, 1|0, 1/1 (bcftools norm -m-).
        Assert.Equal(["1|0", "0|1", "0/0"], Enumerable.Range(0, 3).Select(split[0].FormatGenotype));
        Assert.Equal(["0|1", "1|0", "1/1"], Enumerable.Range(0, 3).Select(split[1].FormatGenotype));
        Assert.Equal([VcfZygosity.Het, VcfZygosity.Het, VcfZygosity.HomRef], Enumerable.Range(0, 3).Select(split[0].GetZygosity));
        Assert.Equal([VcfZygosity.Het, VcfZygosity.Het, VcfZygosity.HomAlt], Enumerable.Range(0, 3).Select(split[1].GetZygosity));
        Assert.Equal(["0.333", "0.667"], split.Select(s => s.GetInfo("AF")));
        Assert.Equal(["T", "T"], split.Select(s => s.GetInfo("AA"))); // Number=1: copied
        Assert.Equal(["", ""], split.Select(s => s.GetInfo("DB"))); // Flag: copied
        Assert.Equal(["20-1110696-A-G", "20-1110696-A-T"], split.Select(s => s.GetKey(GenomeAssembly.GRCh38).ToString()));
    }

    [Fact]
    public void Genotypes_SimpleVcf_CountHomRefAndListNonHomRefPerSplitAllele()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/examples/simple.vcf"));
        var homRef = new long[3];
        var homRefInOnePass = new long[3];
        var stored = new List<string>();
        while (reader.Read())
        {
            var g = reader.Current.Genotypes;
            foreach (var allele in VcfAlleleSplitter.Split(reader.Current))
            {
                g.AddHomRefCounts(homRef, allele.AltIndex);
                var nonHomRef = g.GetNonHomRefSamples(allele.AltIndex).ToArray();
                Assert.Equal(nonHomRef, g.GetNonHomRefSamples(allele.AltIndex, homRefInOnePass).ToArray());
                foreach (var s in nonHomRef)
                {
                    stored.Add($"{allele.Position}{allele.Alt}:{s}:{allele.FormatGenotype(s)}");
                }
            }
        }

        // 6 split alleles (the ALT "." site has none) x 3 samples = 18 calls = 11 stored (non-hom-ref) + 7 hom-ref.
        Assert.Equal(
            ["14370A:1:1|0", "14370A:2:1/1", "17330A:1:0|1", "1110696G:0:1|0", "1110696G:1:0|1", "1110696T:0:0|1", "1110696T:1:1|0",
             "1110696T:2:1/1", "1234567G:0:0/1", "1234567G:2:1/1", "1234567GTCT:1:0/1"],
            stored);
        Assert.Equal([3L, 1L, 3L], homRef);
        Assert.Equal(homRef, homRefInOnePass);
    }

    [Fact]
    public void Read_SimpleVcfReferenceOnlySite_HasNoAltAndNoSplit()
    {
        var (altCount, kind, split) = ReadAll("vcf/hts-specs/examples/simple.vcf", r => (r.AltCount, r.AltBytes.ToArray(), VcfAlleleSplitter.Split(r).Count))[3];
        Assert.Equal(0, altCount);
        Assert.Equal("."u8.ToArray(), kind);
        Assert.Equal(0, split);
    }

    [Fact]
    public void Split_SimpleVcfMicrosatellite_ClassifiesAndTrimsIndels()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/examples/simple.vcf"));
        for (var i = 0; i < 5; i++)
        {
            reader.Read();
        }

        var r = reader.Current;
        Assert.Equal([VcfAlleleKind.Deletion, VcfAlleleKind.Insertion], new[] { r.GetAlleleKind(1), r.GetAlleleKind(2) });
        var split = VcfAlleleSplitter.Split(r);
        Assert.Equal((1234567L, "GTC", "G"), (split[0].Normalized.Position, split[0].Normalized.Ref, split[0].Normalized.Alt));
        Assert.Equal((1234569L, "C", "CT"), (split[1].Normalized.Position, split[1].Normalized.Ref, split[1].Normalized.Alt));
        // 0/1, 0/2, 1/1: at the deletion 0/1, 0/0, 1/1; at the insertion 0/0, 0/1, 0/0.
        Assert.Equal(["0/1", "0/0", "1/1"], Enumerable.Range(0, 3).Select(split[0].FormatGenotype));
        Assert.Equal(["0/0", "0/1", "0/0"], Enumerable.Range(0, 3).Select(split[1].FormatGenotype));
        Assert.Equal([35, 17, 40], Enumerable.Range(0, 3).Select(s => r.Genotypes.GetGenotypeQuality(s)!.Value));
    }

    [Fact]
    public void Read_Sv44_KeepsSymbolicAllelesBreakendsAndLengths()
    {
        var rows = ReadAll("vcf/hts-specs/examples/sv44.vcf", r => (Kind: r.GetAlleleKind(1), Type: r.GetSymbolicType(1), r.End, SvLen: r.GetStructuralVariantLength(1)));
        Assert.Equal(9, rows.Count);
        Assert.Equal(VcfAlleleKind.Deletion, rows[0].Kind);
        Assert.Equal((VcfAlleleKind.Symbolic, "DEL", 4L, 2L), (rows[1].Kind, rows[1].Type, rows[1].End, rows[1].SvLen!.Value));
        Assert.Equal(VcfAlleleKind.Breakend, rows[2].Kind);
        Assert.Equal(VcfAlleleKind.Breakend, rows[3].Kind);
        Assert.Equal((VcfAlleleKind.Symbolic, "DUP", 8L), (rows[6].Kind, rows[6].Type, rows[6].End));
        Assert.Equal((VcfAlleleKind.Symbolic, "INS", 14L, 100L), (rows[7].Kind, rows[7].Type, rows[7].End, rows[7].SvLen!.Value));
        Assert.Equal(VcfAlleleKind.Breakend, rows[8].Kind); // single breakend .CCCCCCG
    }

    [Fact]
    public void Read_Vcf44ExplicitPhasing_KeepsPhasePerCallAndPloidy()
    {
        var rows = ReadAll("vcf/htslib/vcf44_1.vcf", r => (
            G0: r.Genotypes.FormatGenotype(0), P0: r.Genotypes.IsPhased(0), Z0: r.Genotypes.GetZygosity(0),
            G1: r.Genotypes.FormatGenotype(1), P1: r.Genotypes.IsPhased(1), Z1: r.Genotypes.GetZygosity(1)));
        Assert.Equal(("0|0|1", true, VcfZygosity.Het), (rows[0].G0, rows[0].P0, rows[0].Z0)); // triploid
        Assert.Equal(("0/1", false), (rows[0].G1, rows[0].P1));
        Assert.Equal(("0", false, VcfZygosity.HomRef), (rows[1].G0, rows[1].P0, rows[1].Z0)); // haploid, implicit
        Assert.Equal(("0/1", false), (rows[1].G1, rows[1].P1)); // "/0|1": the first allele is explicitly unphased
        Assert.Equal(("0/1", false), (rows[2].G1, rows[2].P1)); // "|0/1": the second is unphased
        Assert.Equal(("1", VcfZygosity.Hemizygous), (rows[4].G1, rows[4].Z1));
        Assert.Equal(("1", false), (rows[5].G1, rows[5].P1)); // "/1": explicitly unphased haploid
        Assert.Equal(("1", true), (rows[6].G1, rows[6].P1)); // "|1": explicitly phased haploid
        Assert.Equal((VcfZygosity.Missing, VcfZygosity.Missing), (rows[17].Z0, rows[17].Z1)); // . and .
        Assert.Equal((VcfZygosity.PartialMissing, VcfZygosity.PartialMissing), (rows[19].Z0, rows[19].Z1)); // ./1 and .|1
        Assert.Equal((VcfZygosity.Missing, VcfZygosity.Missing), (rows[25].Z0, rows[25].Z1)); // ./. and .|.
    }

    [Fact]
    public void Read_DuplicateFormatKey_UsesFirstAndWarns()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/htslib/noroundtrip.vcf"));
        var zygosity = new List<VcfZygosity>();
        while (reader.Read())
        {
            zygosity.Add(reader.Current.Genotypes.GetZygosity(0));
        }

        Assert.Equal(Enumerable.Repeat(VcfZygosity.Het, 5), zygosity);
        Assert.Contains(reader.Issues, i => i.Code == VcfIssueCodes.DuplicateFormatKey && i.Field == "FORMAT/GT");
    }

    [Fact]
    public void Read_EscapedQuotesInDescription_AreUnescaped()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/4.2/passed/passed_meta_info.vcf"));
        Assert.Equal("Info field with \"escaped quotes\"", reader.Header.Info["ID2"].Description);
        Assert.Equal("Description, with punctuation symbols.", reader.Header.Info["ID6"].Description);
        Assert.Equal(VcfNumberKind.PerAllele, reader.Header.Info["ID6"].NumberKind);
    }
}
