using OmicsBridge.Cohorts.Definition;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cohorts.Tests;

public sealed class OqlParserTests
{
    [Fact]
    public void Parse_Mut_AnyNonSynonymousMutation()
    {
        Assert.Equal(new MutationCriterion("TP53"), OqlParser.Parse("TP53: MUT").Expansion);
    }

    [Fact]
    public void Parse_MutEqualsProteinChange_KeepsChange()
    {
        Assert.Equal(new MutationCriterion("KRAS", ProteinChange: "G12C"), OqlParser.Parse("KRAS: MUT = G12C").Expansion);
    }

    [Fact]
    public void Parse_MutAndHomdel_AreAlternatives()
    {
        var any = Assert.IsType<AnyOf>(OqlParser.Parse("BRCA2: MUT HOMDEL").Expansion);

        Assert.Equal(new MutationCriterion("BRCA2"), any.Items[0]);
        var cna = Assert.IsType<CopyNumberCriterion>(any.Items[1]);
        Assert.Equal([CopyNumberCall.HomDel], cna.Calls);
    }

    [Fact]
    public void Parse_AmpAndExp_CopyNumberOrExpressionZScore()
    {
        var any = Assert.IsType<AnyOf>(OqlParser.Parse("ERBB2: AMP EXP > 2").Expansion);

        var exp = Assert.IsType<MeasurementCriterion>(any.Items[0]);
        Assert.Equal(MeasurementKind.Expression, exp.Kind);
        Assert.True(exp.ZScore);
        Assert.Equal(new Comparison(ComparisonOperator.GreaterThan, 2), exp.Test);
        Assert.Equal([CopyNumberCall.Amp], Assert.IsType<CopyNumberCriterion>(any.Items[1]).Calls);
    }

    [Fact]
    public void Parse_ProtAndNegativeExp_ReadThresholds()
    {
        var prot = Assert.IsType<MeasurementCriterion>(OqlParser.Parse("EGFR: PROT > 1.5").Expansion);
        var exp = Assert.IsType<MeasurementCriterion>(OqlParser.Parse("PTEN: EXP < -2").Expansion);

        Assert.Equal(MeasurementKind.Protein, prot.Kind);
        Assert.Equal(1.5, prot.Test.Value);
        Assert.Equal(new Comparison(ComparisonOperator.LessThan, -2), exp.Test);
    }

    [Theory]
    [InlineData("BRCA1: MUT = TRUNC", MutationClass.Truncating, MutationOrigin.Any)]
    [InlineData("BRCA1: MISSENSE", MutationClass.Missense, MutationOrigin.Any)]
    [InlineData("BRCA1: INFRAME_SOMATIC", MutationClass.Inframe, MutationOrigin.Somatic)]
    [InlineData("BRCA1: GERMLINE", MutationClass.Any, MutationOrigin.Germline)]
    [InlineData("BRCA1: MUT = NONSENSE_GERMLINE", MutationClass.Nonsense, MutationOrigin.Germline)]
    public void Parse_ClassesAndOrigins_Read(string oql, MutationClass type, MutationOrigin origin)
    {
        var mutation = Assert.IsType<MutationCriterion>(OqlParser.Parse(oql).Expansion);

        Assert.Equal(type, mutation.Class);
        Assert.Equal(origin, mutation.Origin);
    }

    [Fact]
    public void Parse_CnaComparison_ExpandsToLevels()
    {
        var cna = Assert.IsType<CopyNumberCriterion>(OqlParser.Parse("CDKN2A: CNA >= GAIN").Expansion);

        Assert.Equal([CopyNumberCall.Amp, CopyNumberCall.Gain], cna.Calls);
    }

    [Fact]
    public void Parse_GeneAlone_DefaultsToMutAmpHomdel()
    {
        var any = Assert.IsType<AnyOf>(OqlParser.Parse("MYC").Expansion);

        Assert.Equal(new MutationCriterion("MYC"), any.Items[0]);
        Assert.Equal([CopyNumberCall.Amp, CopyNumberCall.HomDel], Assert.IsType<CopyNumberCriterion>(any.Items[1]).Calls);
    }

    [Fact]
    public void Parse_BareWord_IsProteinChange()
    {
        Assert.Equal(new MutationCriterion("BRAF", ProteinChange: "V600E"), OqlParser.Parse("BRAF: V600E").Expansion);
    }

    [Fact]
    public void Parse_SeveralStatements_AnyOfThem()
    {
        var any = Assert.IsType<AnyOf>(OqlParser.Parse("TP53: MUT; KRAS: AMP").Expansion);

        Assert.Equal(2, any.Items.Count);
    }

    [Theory]
    [InlineData("TP53 MUT", 5, "':' after the gene symbol")]
    [InlineData("TP53: EXP 2", 10, "a comparison after EXP")]
    [InlineData("TP53: EXP > high", 12, "a number after EXP >")]
    [InlineData("TP53: MUT = 12", 12, "a protein change")]
    [InlineData("TP53: CNA >= BIG", 13, "a copy-number level")]
    [InlineData(": MUT", 0, "a gene symbol")]
    [InlineData("EML4: FUSION", 6, "fusions are not loaded")]
    public void Parse_Malformed_PositionAndExpectation(string oql, int position, string expected)
    {
        var error = Assert.Throws<OmicsBridgeException>(() => OqlParser.Parse(oql));

        Assert.Equal("COH005", error.Issues[0].Code);
        Assert.Equal(position + 1, error.Issues[0].Column);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
