using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Matrix;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Matrix;

public sealed class ExpressionMatrixReaderTests
{
    [Fact]
    public void TryReadRow_MissingMarkersAndJunk_MarksMissingAndReportsOnlyJunk()
    {
        using var reader = new ExpressionMatrixReader(TestData.Fixture("matrix/messy_values.tsv"));
        var rows = ReadAll(reader);

        Assert.Equal(["S1", "S2", "S3"], reader.ColumnIds);
        Assert.Equal(FeatureNamespace.EnsemblGene, reader.FeatureNamespace);
        Assert.Equal(3, rows.Count);
        Assert.Equal("ENSG00000141510.16", rows[0].Id);
        Assert.Equal([1.5, double.NaN, 0.002], rows[0].Values);
        Assert.Equal([false, true, false], rows[0].Missing);
        Assert.Equal([true, true, true], rows[1].Missing);
        Assert.Equal([true, true, false], rows[2].Missing);
        Assert.Equal(7.25, rows[2].Values[2]);

        Assert.Equal(2, reader.Issues.Count);
        var junk = reader.Issues[0];
        Assert.Equal(MatrixIssueCodes.NotANumber, junk.Code);
        Assert.Equal(3, junk.Line);
        Assert.Equal(3, junk.Column);
        Assert.Equal("S2", junk.Field);
        Assert.Equal("abc", junk.Excerpt);
        var ragged = reader.Issues[1];
        Assert.Equal(MatrixIssueCodes.RaggedRow, ragged.Code);
        Assert.Equal(IssueSeverity.Error, ragged.Severity);
        Assert.Equal(4, ragged.Line);
        Assert.Contains("expected 4 cells", ragged.Message, StringComparison.Ordinal);
        Assert.Contains("found 3", ragged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadRow_CbioPortalExpression_ReadsTwoIdColumns()
    {
        using var reader = new ExpressionMatrixReader(TestData.Shared("cbioportal/study_es_0/data_expression_median.txt"));
        var rows = ReadAll(reader);

        Assert.Equal(["Hugo_Symbol", "Entrez_Gene_Id"], reader.IdColumnNames);
        Assert.Equal("TCGA-A1-A0SD-01", reader.ColumnIds[0]);
        Assert.Equal(526, reader.ColumnIds.Count);
        Assert.Equal(FeatureNamespace.HgncSymbol, reader.FeatureNamespace);
        Assert.Equal([FeatureNamespace.HgncSymbol, FeatureNamespace.EntrezGene], reader.IdColumnNamespaces);
        Assert.Equal(6, rows.Count);
        Assert.Equal(["CREB3L1", "90993"], rows[0].Ids);
        Assert.Equal(1.4345, rows[0].Values[0]);
        Assert.Equal(0.89075, rows[0].Values[1]);
        Assert.Empty(reader.Issues);
    }

    [Theory]
    [InlineData("cbioportal/study_es_0/data_expression_median_Zscores.txt")]
    [InlineData("cbioportal/study_es_0/data_methylation_hm27.txt")]
    [InlineData("cbioportal/study_es_0/data_cna_log2.txt")]
    [InlineData("cbioportal/study_es_0_proteomics_2018/data_rppa.txt")]
    [InlineData("cbioportal/study_es_0_proteomics_2018/data_protein_quantification.txt")]
    public void TryReadRow_CbioPortalContinuousFile_ReadsEveryLineWithoutIssues(string file)
    {
        var path = TestData.Shared(file);
        var dataLines = File.ReadLines(path).Count(l => l.Length > 0 && !l.StartsWith('#')) - 1;
        using var reader = new ExpressionMatrixReader(path);

        var rows = ReadAll(reader);

        Assert.Equal(dataLines, rows.Count);
        Assert.All(rows, r => Assert.Equal(reader.ColumnIds.Count, r.Values.Length));
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void TryReadRow_CbioPortalProteomics_TreatsNaAndNanAsMissing()
    {
        using var reader = new ExpressionMatrixReader(TestData.Shared("cbioportal/study_es_0_proteomics_2018/data_protein_quantification_Zscores.txt"));
        var rows = ReadAll(reader);

        Assert.Equal(["Composite.Element.REF"], reader.IdColumnNames);
        Assert.Equal(["TCGA-C8-A12T-01", "TCGA-A2-A0D2-01"], reader.ColumnIds);
        Assert.Equal("BRAF|BRAF_pS399", rows[0].Id);
        Assert.Equal([true, true], rows[0].Missing);
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void TryReadRow_DiannProteinGroups_TakesLeadingIdColumnsAndUniProt()
    {
        using var reader = new ExpressionMatrixReader(TestData.Shared("proteomics/diann/einprot-PXD028735/PXD028735.pg_matrix.tsv"));

        Assert.True(reader.TryReadRow(out var row));

        Assert.Equal(["Protein.Group", "Protein.Ids", "Protein.Names", "Genes", "First.Protein.Description"], reader.IdColumnNames);
        Assert.Equal(6, reader.ColumnIds.Count);
        Assert.Equal(FeatureNamespace.UniProt, reader.FeatureNamespace);
        Assert.Equal("A0A024R1R8;Q9Y2S6", row.Id);
        Assert.Equal(8.37561e+06, row.Values[0]);
        var count = 1;
        while (reader.TryReadRow(out _))
        {
            count++;
        }

        Assert.True(count > 1000, $"read {count} protein groups");
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void ReadValues_SamplesInRows_EmitsSampleFeatureTriplesWithoutMissing()
    {
        using var reader = new ExpressionMatrixReader(
            TestData.Fixture("matrix/samples_in_rows.csv"),
            new ExpressionMatrixReaderOptions { Orientation = MatrixOrientation.SamplesInRows });

        var values = reader.ReadValues().ToList();

        Assert.Equal(
            [new MatrixValue("P1", "C00031", 1.0), new MatrixValue("P1", "C00022", 2.0), new MatrixValue("P2", "C00031", 3.5)],
            values);
    }

    [Fact]
    public void ReadValues_FeaturesInRows_EmitsSampleAsFirst()
    {
        using var reader = Open("gene\tS1\tS2\nTP53\t1\t2\n");

        var values = reader.ReadValues().ToList();

        Assert.Equal([new MatrixValue("S1", "TP53", 1), new MatrixValue("S2", "TP53", 2)], values);
        Assert.Equal(FeatureNamespace.HgncSymbol, reader.FeatureNamespace);
    }

    [Fact]
    public void TryReadRow_BlankSymbolWithEntrezId_UsesEntrezAndRejectsAllBlankIds()
    {
        using var reader = Open("Hugo_Symbol\tEntrez_Gene_Id\tS1\n\t7157\t1.5\n\t\t2\n");

        Assert.True(reader.TryReadRow(out var row));
        Assert.Equal("7157", row.Id);
        Assert.False(reader.TryReadRow(out _));

        var issue = Assert.Single(reader.Issues);
        Assert.Equal(MatrixIssueCodes.EmptyId, issue.Code);
        Assert.Equal(3, issue.Line);
    }

    [Fact]
    public void ReadValues_BlankSymbolWithEntrezId_EmitsEntrezAsFeature()
    {
        using var reader = Open("Hugo_Symbol\tEntrez_Gene_Id\tS1\n\t7157\t1.5\n");

        Assert.Equal([new MatrixValue("S1", "7157", 1.5)], reader.ReadValues().ToList());
    }

    [Fact]
    public void TryReadRow_TrailingDelimiterOnEveryRow_IsTolerated()
    {
        using var reader = Open("gene\tS1\tS2\nTP53\t1\t2\t\n");

        Assert.True(reader.TryReadRow(out var row));

        Assert.Equal([1.0, 2.0], row.Values);
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void TryReadRow_StatedNamespace_OverridesDetection()
    {
        using var reader = Open("id\tS1\n12345\t1\n", new ExpressionMatrixReaderOptions { FeatureNamespace = FeatureNamespace.Unknown });

        Assert.True(reader.TryReadRow(out _));

        Assert.Equal(FeatureNamespace.Unknown, reader.FeatureNamespace);
    }

    [Fact]
    public void Constructor_HeaderWithoutValueColumns_Fails()
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => Open("gene\nTP53\n"));

        Assert.Equal(MatrixIssueCodes.NoValueColumns, ex.Issues[0].Code);
    }

    [Fact]
    public void Constructor_DuplicateSampleColumn_Warns()
    {
        using var reader = Open("gene\tS1\tS1\nTP53\t1\t2\n");

        var issue = Assert.Single(reader.Issues);

        Assert.Equal(MatrixIssueCodes.DuplicateColumn, issue.Code);
        Assert.Equal(3, issue.Column);
    }

    [Fact]
    public void TryReadRow_MoreIssuesThanTheLimit_CountsAllListsLimit()
    {
        var text = "gene\tS1\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"G{i}\tbad\n"));
        using var reader = Open(text, new ExpressionMatrixReaderOptions { MaxIssues = 5 });

        Assert.Equal(20, ReadAll(reader).Count);

        Assert.Equal(20, reader.IssueCount);
        Assert.Equal(6, reader.Issues.Count);
        Assert.Equal(MatrixIssueCodes.TooManyIssues, reader.Issues[^1].Code);
    }

    [Theory]
    [InlineData("ENSG00000141510", FeatureNamespace.EnsemblGene)]
    [InlineData("ENSG00000141510.16", FeatureNamespace.EnsemblGene)]
    [InlineData("ENSMUSG00000059552", FeatureNamespace.EnsemblGene)]
    [InlineData("ENST00000269305.9", FeatureNamespace.EnsemblTranscript)]
    [InlineData("7157", FeatureNamespace.EntrezGene)]
    [InlineData("P04637", FeatureNamespace.UniProt)]
    [InlineData("P04637-2", FeatureNamespace.UniProt)]
    [InlineData("A0A024R1R8;Q9Y2S6", FeatureNamespace.UniProt)]
    [InlineData("TP53", FeatureNamespace.HgncSymbol)]
    [InlineData("C1orf112", FeatureNamespace.HgncSymbol)]
    [InlineData("HLA-A", FeatureNamespace.HgncSymbol)]
    [InlineData("BRAF|BRAF_pS399", FeatureNamespace.Unknown)]
    public void FromValue_IdShape_DetectsNamespace(string id, FeatureNamespace expected)
        => Assert.Equal(expected, FeatureNamespaceDetector.FromValue(id));

    private static ExpressionMatrixReader Open(string text, ExpressionMatrixReaderOptions? options = null)
        => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.tsv", options);

    private static List<(string Id, string[] Ids, double[] Values, bool[] Missing)> ReadAll(ExpressionMatrixReader reader)
    {
        var rows = new List<(string, string[], double[], bool[])>();
        while (reader.TryReadRow(out var row))
        {
            rows.Add((row.Id, row.Ids.ToArray(), row.Values.ToArray(), row.Missing.ToArray()));
        }

        return rows;
    }
}
