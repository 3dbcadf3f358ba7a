using OmicsBridge.Formats.Hgvs;

namespace OmicsBridge.Formats.Tests.Hgvs;

public sealed class RefSeqChromosomesTests
{
    [Fact]
    public void All_BothAssemblies_ListTwentyFiveDistinctChromosomesEach()
    {
        foreach (var assembly in new[] { GenomeAssembly.GRCh37, GenomeAssembly.GRCh38 })
        {
            var rows = RefSeqChromosomes.All.Where(r => r.Assembly == assembly).ToList();
            Assert.Equal(25, rows.Select(r => r.Chromosome).Distinct().Count());
            Assert.Equal(25, rows.Select(r => r.Accession).Distinct().Count());
        }
    }

    [Theory]
    [InlineData("NC_000001.10", "1", GenomeAssembly.GRCh37)]
    [InlineData("NC_000001.11", "1", GenomeAssembly.GRCh38)]
    [InlineData("NC_000017.10", "17", GenomeAssembly.GRCh37)]
    [InlineData("NC_000017.11", "17", GenomeAssembly.GRCh38)]
    [InlineData("NC_000014.8", "14", GenomeAssembly.GRCh37)]
    [InlineData("NC_000003.12", "3", GenomeAssembly.GRCh38)]
    [InlineData("NC_000012.11", "12", GenomeAssembly.GRCh37)]
    [InlineData("NC_000023.10", "X", GenomeAssembly.GRCh37)]
    [InlineData("NC_000023.11", "X", GenomeAssembly.GRCh38)]
    [InlineData("NC_000024.10", "Y", GenomeAssembly.GRCh38)]
    public void TryGetChromosome_KnownAccession_GivesChromosomeAndAssembly(string accession, string chromosome, GenomeAssembly assembly)
    {
        Assert.True(RefSeqChromosomes.TryGetChromosome(accession, out var name, out var found));
        Assert.Equal((chromosome, (GenomeAssembly?)assembly), (name, found));
    }

    [Theory]
    [InlineData("NC_000017.12")]
    [InlineData("NM_004006.2")]
    [InlineData("NC_000017")]
    public void TryGetChromosome_OtherAccession_IsFalse(string accession)
    {
        Assert.False(RefSeqChromosomes.TryGetChromosome(accession, out _, out _));
    }

    [Theory]
    [InlineData("chr5", GenomeAssembly.GRCh37, "NC_000005.9")]
    [InlineData("5", GenomeAssembly.GRCh38, "NC_000005.10")]
    [InlineData("chrY", GenomeAssembly.GRCh37, "NC_000024.9")]
    [InlineData("23", GenomeAssembly.GRCh38, "NC_000023.11")]
    [InlineData("M", GenomeAssembly.GRCh37, "NC_012920.1")]
    [InlineData("chrMT", GenomeAssembly.GRCh38, "NC_012920.1")]
    public void TryGetAccession_VcfChromosomeName_GivesAccession(string chromosome, GenomeAssembly assembly, string accession)
    {
        Assert.True(RefSeqChromosomes.TryGetAccession(chromosome, assembly, out var found));
        Assert.Equal(accession, found);
    }
}
