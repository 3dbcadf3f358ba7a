using OmicsBridge.Formats.Vcf;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Vcf;

public sealed class VcfBcftoolsParityTests
{
    // Expected values were computed once with bcftools 1.16 (htslib 1.16) per file, then pasted here:
    //   python3 tests/data/vcf/declare_missing_header_lines.py FILE | bcftools norm -m- -Ov | grep -vc '^#'   -> split lines
    //   python3 tests/data/vcf/declare_missing_header_lines.py FILE | bcftools norm -m- -Ov \
    //     | bcftools query -f '[%SAMPLE\t%GT\n]' \
    //     | awk -F'\t' '$2 ~ /(^|[\/|])1($|[\/|])/ {c[$1]++} END{for(k in c) printf "%s=%d,", k, c[k]}'
    // (the python step only declares contigs/keys the conformance files use undeclared; htslib will not write them otherwise).
    // Left out, because bcftools 1.16 cannot split them: passed_ploidy_001 (triploid PL), vcf44_1 (VCF 4.4 leading
    // phase), vcf_file (AC count), noroundtrip (duplicate GT): those have hand-written tests.
    [Theory]
    [InlineData("vcf/hts-specs/4.2/passed/complexfile_passed_000.vcf", 29, "HG00096=4 HG00097=3 HG00099=1 HG00100=3 HG00101=3 HG00102=1 HG00103=3 HG00104=3 HG00106=3 HG00108=3 HG00109=1 HG00110=5 HG00111=3 HG00112=4 HG00113=5 HG00114=2 HG00116=2 HG00117=3 HG00118=3 HG00119=4 HG00120=3 HG00121=2 HG00122=4 HG00123=1 HG00124=3 HG00125=2 HG00126=2 HG00127=3 HG00128=1 HG00129=1 HG00130=1 HG00131=3 HG00133=1 HG00134=1 HG00135=4 HG00136=1 HG00137=2 HG00138=2 HG00139=4 HG00140=2 HG00141=1 HG00142=2 HG00143=2 HG00146=2 HG00148=3 HG00149=3 HG00150=3 HG00151=1 HG00152=4 HG00154=2 HG00155=3 HG00156=3 HG00158=3 HG00159=3 HG00160=2 HG00171=4 HG00173=3 HG00174=4 HG00176=2 HG00177=1 HG00178=2 HG00179=3 HG00180=3 HG00182=2 HG00183=1 HG00185=1 HG00186=2 HG00187=1 HG00188=2 HG00189=3 HG00190=2 HG00231=1 HG00232=2 HG00233=1 HG00234=1 HG00235=3 HG00236=1 HG00237=2 HG00238=2 HG00239=3 HG00240=4 HG00242=1 HG00243=1 HG00244=2 HG00245=1 HG00246=2 HG00247=2 HG00249=2 HG00250=2 HG00251=1 HG00252=1 HG00253=2 HG00254=2 HG00255=1 HG00256=1 HG00257=2 HG00258=2 HG00259=2 HG00260=1 HG00261=2")]
    [InlineData("vcf/hts-specs/4.2/passed/passed_body_alt.vcf", 22, "HG00097=20")]
    [InlineData("vcf/hts-specs/4.2/passed/passed_body_info.vcf", 54, "HG00096=1 HG00097=50")]
    [InlineData("vcf/hts-specs/4.2/passed/passed_body_samples.vcf", 8, "HG00096=5 HG00097=4")]
    [InlineData("vcf/hts-specs/4.2/passed/passed_meta_info.vcf", 1, "")]
    [InlineData("vcf/hts-specs/4.3/passed/passed_body_alt.vcf", 31, "HG00096=1 HG00097=21")]
    [InlineData("vcf/hts-specs/4.3/passed/passed_body_info.vcf", 55, "HG00096=1 HG00097=51")]
    [InlineData("vcf/hts-specs/4.3/passed/passed_body_samples.vcf", 8, "HG00096=5 HG00097=4")]
    [InlineData("vcf/hts-specs/4.3/passed/passed_meta_meta.vcf", 1, "")]
    [InlineData("vcf/hts-specs/4.3/passed/passed_meta_sample.vcf", 1, "")]
    [InlineData("vcf/hts-specs/4.3/passed/passed_symbolic_duplicates.vcf", 2, "HG00097=2")]
    [InlineData("vcf/hts-specs/4.5/passed/zero_length_LAA.vcf", 6, "")]
    [InlineData("vcf/hts-specs/examples/simple.vcf", 7, "NA00001=3 NA00002=5 NA00003=3")]
    [InlineData("vcf/hts-specs/examples/sv44.vcf", 9, "sample=9")]
    [InlineData("vcf/htslib/formatmissing.vcf", 1, "")]
    public void Split_PassedConformanceFile_MatchesBcftoolsNormPerSampleAltCounts(string file, int expectedSplitLines, string expectedCounts)
    {
        using var reader = VcfReader.Open(TestData.Shared(file));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var splitLines = 0;
        while (reader.Read())
        {
            var alleles = VcfAlleleSplitter.Split(reader.Current);
            splitLines += Math.Max(1, alleles.Count);
            if (alleles.Count == 0)
            {
                // bcftools writes a reference-only record (ALT '.') unchanged, GT included (allele 1 there is a warning for us).
                for (var s = 0; s < reader.Header.Samples.Count; s++)
                {
                    if (reader.Current.Genotypes.GetAlleles(s).Contains(1))
                    {
                        var name = reader.Header.Samples[s];
                        counts[name] = counts.GetValueOrDefault(name) + 1;
                    }
                }
            }

            foreach (var allele in alleles)
            {
                for (var s = 0; s < reader.Header.Samples.Count; s++)
                {
                    if (allele.CarriesAlt(s))
                    {
                        var name = reader.Header.Samples[s];
                        counts[name] = counts.GetValueOrDefault(name) + 1;
                    }
                }
            }
        }

        var expected = expectedCounts.Length == 0
            ? new Dictionary<string, int>()
            : expectedCounts.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expectedSplitLines, splitLines);
        Assert.Equal(expected.OrderBy(kv => kv.Key), counts.OrderBy(kv => kv.Key));
    }
}
