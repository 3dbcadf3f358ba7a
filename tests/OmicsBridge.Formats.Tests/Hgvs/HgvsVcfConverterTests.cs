using OmicsBridge.Formats.Hgvs;

namespace OmicsBridge.Formats.Tests.Hgvs;

public sealed class HgvsVcfConverterTests
{
    // NC_000017.11 positions 100..110 of a made-up reference, for the lookup.
    private const string Bases = "ACGTACGTAAG";

    private static string? Lookup(string accession, long start, long end) =>
        accession == "NC_000017.11" && start >= 100 && end <= 110 ? Bases[(int)(start - 100)..(int)(end - 99)] : null;

    private static HgvsVcfConversion ToVcf(string text, Func<string, long, long, string?>? lookup = null) =>
        HgvsVcfConverter.ToVcf(HgvsParser.Parse(text), lookup);

    [Theory]
    [InlineData("NC_000017.10:g.41245466G>A", "17", GenomeAssembly.GRCh37)]
    [InlineData("NC_000017.11:g.43093449G>A", "17", GenomeAssembly.GRCh38)]
    [InlineData("NC_000023.11:g.33344591C>T", "X", GenomeAssembly.GRCh38)]
    [InlineData("NC_000024.9:g.2655180G>A", "Y", GenomeAssembly.GRCh37)]
    public void ToVcf_Substitution_GivesChromosomeAssemblyAndAlleles(string text, string chromosome, GenomeAssembly assembly)
    {
        var result = ToVcf(text);

        Assert.Equal(HgvsVcfStatus.Converted, result.Status);
        Assert.Equal(chromosome, result.Variant!.Chromosome);
        Assert.Equal(assembly, result.Variant.Assembly);
        Assert.Equal((text[^3].ToString(), text[^1].ToString()), (result.Variant.Reference, result.Variant.Alternate));
    }

    [Fact]
    public void ToVcf_Mitochondrial_HasNoSingleAssembly()
    {
        var result = ToVcf("NC_012920.1:m.8993T>G");

        Assert.Equal(("MT", (GenomeAssembly?)null, 8993L), (result.Variant!.Chromosome, result.Variant.Assembly, result.Variant.Position));
    }

    [Fact]
    public void ToVcf_DelinsWithBases_ConvertsWithoutReference()
    {
        var variant = ToVcf("NC_000017.11:g.100_101delACinsTTT").Variant!;

        Assert.Equal((100L, "AC", "TTT"), (variant.Position, variant.Reference, variant.Alternate));
    }

    [Fact]
    public void ToVcf_DuplicationWithBases_AnchorsOnLastDuplicatedBase()
    {
        var variant = ToVcf("NC_000017.11:g.100_102dupACG").Variant!;

        Assert.Equal((102L, "G", "GACG"), (variant.Position, variant.Reference, variant.Alternate));
    }

    [Fact]
    public void ToVcf_DeletionWithBasesWithoutLookup_NeedsAnchorBaseAndGivesMinimalAlleles()
    {
        var result = ToVcf("NC_000017.11:g.101_102delCG");

        Assert.Equal(HgvsVcfStatus.NeedsAnchorBase, result.Status);
        Assert.Equal((101L, "CG", ""), (result.Variant!.Position, result.Variant.Reference, result.Variant.Alternate));
        Assert.Equal((100L, 100L), (result.NeededStart!.Value, result.NeededEnd!.Value));
    }

    [Fact]
    public void ToVcf_DeletionWithLookup_AnchorsOnPreviousBase()
    {
        var variant = ToVcf("NC_000017.11:g.101_102delCG", Lookup).Variant!;

        Assert.Equal((100L, "ACG", "A"), (variant.Position, variant.Reference, variant.Alternate));
    }

    [Fact]
    public void ToVcf_DeletionWithoutBases_NeedsReferenceRangeWithAnchor()
    {
        var result = ToVcf("NC_000017.11:g.101_102del");

        Assert.Equal(HgvsVcfStatus.NeedsReference, result.Status);
        Assert.Null(result.Variant);
        Assert.Equal((100L, 102L), (result.NeededStart!.Value, result.NeededEnd!.Value));
    }

    [Fact]
    public void ToVcf_DeletionWithoutBasesWithLookup_AnchorsOnPreviousBase()
    {
        var variant = ToVcf("NC_000017.11:g.101_102del", Lookup).Variant!;

        Assert.Equal((100L, "ACG", "A"), (variant.Position, variant.Reference, variant.Alternate));
    }

    [Fact]
    public void ToVcf_DuplicationWithoutBasesWithLookup_Converts()
    {
        var variant = ToVcf("NC_000017.11:g.104_105dup", Lookup).Variant!;

        Assert.Equal((105L, "C", "CAC"), (variant.Position, variant.Reference, variant.Alternate));
    }

    [Fact]
    public void ToVcf_InsertionWithLookup_AnchorsOnLeftFlank()
    {
        var variant = ToVcf("NC_000017.11:g.103_104insGG", Lookup).Variant!;

        Assert.Equal((103L, "T", "TGG"), (variant.Position, variant.Reference, variant.Alternate));
    }

    [Fact]
    public void ToVcf_InsertionWithoutLookup_NeedsAnchorBase()
    {
        var result = ToVcf("NC_000017.11:g.103_104insGG");

        Assert.Equal(HgvsVcfStatus.NeedsAnchorBase, result.Status);
        Assert.Equal((104L, "", "GG"), (result.Variant!.Position, result.Variant.Reference, result.Variant.Alternate));
    }

    [Theory]
    [InlineData("NM_004006.2:c.76A>C")]
    [InlineData("NG_012232.1:g.100A>C")]
    [InlineData("NC_000017.11:g.(100_102)del")]
    [InlineData("NC_000017.11:g.[100A>C;102G>T]")]
    [InlineData("NC_000017.11:g.100_102CAG[12]")]
    public void ToVcf_NotOneDefiniteChromosomeVariant_IsUnsupported(string text)
    {
        var result = ToVcf(text);

        Assert.Equal(HgvsVcfStatus.Unsupported, result.Status);
        Assert.NotEmpty(result.Reason);
    }

    [Theory]
    [InlineData("17", GenomeAssembly.GRCh38, 43093449L, "G", "A", "NC_000017.11:g.43093449G>A")]
    [InlineData("chr17", GenomeAssembly.GRCh37, 41245466L, "G", "A", "NC_000017.10:g.41245466G>A")]
    [InlineData("chrX", GenomeAssembly.GRCh38, 100L, "ACG", "A", "NC_000023.11:g.101_102del")]
    [InlineData("1", GenomeAssembly.GRCh38, 100L, "A", "AT", "NC_000001.11:g.100_101insT")]
    [InlineData("1", GenomeAssembly.GRCh38, 100L, "A", "AA", "NC_000001.11:g.100dup")]
    [InlineData("1", GenomeAssembly.GRCh38, 100L, "CAG", "CAGAG", "NC_000001.11:g.101_102dup")]
    [InlineData("1", GenomeAssembly.GRCh38, 100L, "AC", "TTT", "NC_000001.11:g.100_101delinsTTT")]
    [InlineData("1", GenomeAssembly.GRCh38, 100L, "ACAT", "ATGT", "NC_000001.11:g.101_102inv")]
    [InlineData("chrM", GenomeAssembly.GRCh38, 8993L, "T", "G", "NC_012920.1:m.8993T>G")]
    public void FromVcf_Alleles_GiveGenomicDescription(
        string chromosome, GenomeAssembly assembly, long position, string reference, string alternate, string expected)
    {
        Assert.Equal(expected, HgvsVcfConverter.FromVcf(chromosome, assembly, position, reference, alternate));
    }

    [Theory]
    [InlineData("17", 100L, "A", "<DEL>")]
    [InlineData("17", 100L, "A", "*")]
    [InlineData("17", 100L, "A", "A")]
    [InlineData("chrUn_gl000220", 100L, "A", "C")]
    [InlineData("17", 0L, "A", "C")]
    public void TryFromVcf_UndescribableRecord_FailsWithReason(string chromosome, long position, string reference, string alternate)
    {
        Assert.False(HgvsVcfConverter.TryFromVcf(chromosome, GenomeAssembly.GRCh38, position, reference, alternate, out _, out var reason));
        Assert.NotEmpty(reason!);
    }

    [Theory]
    [InlineData("17", GenomeAssembly.GRCh38, 43093449L, "G", "A")]
    [InlineData("chr2", GenomeAssembly.GRCh37, 47643464L, "AC", "TTT")]
    [InlineData("X", GenomeAssembly.GRCh37, 32867861L, "GT", "G")]
    public void FromVcf_ThenToVcfWithLookupOfRecordBases_GivesRecordBack(
        string chromosome, GenomeAssembly assembly, long position, string reference, string alternate)
    {
        var text = HgvsVcfConverter.FromVcf(chromosome, assembly, position, reference, alternate)!;
        string? RecordBases(string accession, long start, long end) =>
            start >= position && end < position + reference.Length
                ? reference[(int)(start - position)..(int)(end - position + 1)]
                : null;

        var variant = HgvsVcfConverter.ToVcf(HgvsParser.Parse(text), RecordBases).Variant!;

        Assert.Equal((RefSeqChromosomes.Canonical(chromosome), position, reference, alternate),
            (variant.Chromosome, variant.Position, variant.Reference, variant.Alternate));
    }
}
