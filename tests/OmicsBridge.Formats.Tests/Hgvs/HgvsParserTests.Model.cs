using OmicsBridge.Formats.Hgvs;

namespace OmicsBridge.Formats.Tests.Hgvs;

public sealed partial class HgvsParserTests
{
    private static HgvsVariant Parse(string text)
    {
        Assert.True(HgvsParser.TryParse(text, out var variant, out var error), error?.ToString());
        return variant;
    }

    private static HgvsPosEdit Single(string text) => Parse(text).Single ?? throw new InvalidOperationException(text);

    [Fact]
    public void TryParse_ReferenceWithGene_SplitsAccessionVersionAndGene()
    {
        var variant = Parse("NM_004006.2(DMD):c.76A>C");

        Assert.Equal("NM_004006.2", variant.Reference!.Accession);
        Assert.Equal(("NM_004006", 2, "DMD", true),
            (variant.Reference.AccessionWithoutVersion, variant.Reference.Version, variant.Reference.Detail, variant.Reference.DetailIsGene));
        Assert.Equal(HgvsCoordinateSystem.Coding, variant.Type);
    }

    [Fact]
    public void TryParse_GenomicWithTranscript_KeepsTranscriptAsDetail()
    {
        var reference = Parse("NC_000023.11(NM_004006.2):c.183_186+48del").Reference!;

        Assert.Equal(("NC_000023.11", "NM_004006.2", false), (reference.Accession, reference.Detail, reference.DetailIsGene));
    }

    [Fact]
    public void TryParse_Substitution_HasPositionAndBases()
    {
        var posEdit = Single("NM_004006.2:c.76A>C");

        Assert.Equal(76, posEdit.Location!.First.Base);
        Assert.Null(posEdit.Location.End);
        Assert.Equal((HgvsEditKind.Substitution, "A", "C"), (posEdit.Edit.Kind, posEdit.Edit.Deleted, posEdit.Edit.Inserted));
    }

    [Theory]
    [InlineData("c.123+4A>G", 123L, false, 4L)]
    [InlineData("c.124-2A>G", 124L, false, -2L)]
    [InlineData("c.-12A>G", -12L, false, null)]
    [InlineData("c.*5A>G", 5L, true, null)]
    [InlineData("c.-12+1A>G", -12L, false, 1L)]
    [InlineData("c.*5-3A>G", 5L, true, -3L)]
    public void TryParse_TranscriptPosition_ReadsBaseAnchorAndOffset(string text, long position, bool fromEnd, long? offset)
    {
        var start = Single(text).Location!.First;

        Assert.Equal((position, fromEnd, offset), (start.Base, start.FromCdsEnd, start.Offset?.Value));
    }

    [Fact]
    public void TryParse_UnknownOffset_HasSignWithoutDistance()
    {
        var location = Single("c.88-?_923+?del").Location!;

        Assert.Equal((-1, (long?)null), (location.First.Offset!.Sign, location.First.Offset.Distance));
        Assert.Equal(1, location.Last.Offset!.Sign);
    }

    [Fact]
    public void TryParse_UncertainBreakpoints_ReadsBothUncertainBounds()
    {
        var location = Single("c.(?_-1)_(*1_?)del").Location!;

        Assert.True(location.Start.IsUncertain && location.End!.IsUncertain);
        Assert.True(location.Start.Low.IsUnknown);
        Assert.Equal(-1, location.Start.High!.Base);
        Assert.True(location.End.Low.FromCdsEnd);
        Assert.True(location.End.High!.IsUnknown);
        Assert.False(location.IsDefinite);
    }

    [Fact]
    public void TryParse_UncertainRangeLocation_IsOneUncertainBound()
    {
        var posEdit = Single("NM_004006.2:c.(222_226)insG");

        Assert.Equal((222L, 226L), (posEdit.Location!.Start.Low.Base!.Value, posEdit.Location.Start.High!.Base!.Value));
        Assert.Null(posEdit.Location.End);
        Assert.Equal("G", posEdit.Edit.InsertedSequence);
    }

    [Theory]
    [InlineData("c.76del", HgvsEditKind.Deletion, null)]
    [InlineData("c.76delA", HgvsEditKind.Deletion, "A")]
    [InlineData("c.76_78dupCTG", HgvsEditKind.Duplication, "CTG")]
    [InlineData("c.76_83inv", HgvsEditKind.Inversion, null)]
    [InlineData("c.76_77delAAinsC", HgvsEditKind.DeletionInsertion, "AA")]
    public void TryParse_NucleotideEdit_ReadsKindAndStatedBases(string text, HgvsEditKind kind, string? stated)
    {
        var edit = Single(text).Edit;

        Assert.Equal((kind, stated), (edit.Kind, edit.Deleted));
    }

    [Fact]
    public void TryParse_InsertionOfLength_ReadsUnspecifiedCount()
    {
        var part = Assert.Single(Single("g.32717298_32717299insN[(80_120)]").Edit.InsertedParts!);

        Assert.Equal(("N", 80L, 120L, true), (part.Sequence, part.Count!.Min, part.Count.Max, part.Count.IsRange));
    }

    [Fact]
    public void TryParse_InsertionOfRemoteRange_ReadsReferenceTypeAndRange()
    {
        var edit = Single("NC_000002.11:g.47643464_47643465ins[NC_000022.10:g.35788169_35788352]").Edit;

        var part = Assert.Single(edit.InsertedParts!);
        Assert.True(edit.InsertBracketed);
        Assert.Equal(("NC_000022.10", HgvsCoordinateSystem.Genomic), (part.Reference!.Accession, part.Type!.Value));
        Assert.Equal((35788169L, 35788352L), (part.Range!.First.Base!.Value, part.Range.Last.Base!.Value));
    }

    [Fact]
    public void TryParse_ComplexInsertion_ReadsEachPart()
    {
        var parts = Single("LRG_199t1:c.940_941ins[885_940inv;A;851_883inv]").Edit.InsertedParts!;

        Assert.Equal(3, parts.Count);
        Assert.True(parts[0].Inverted && parts[2].Inverted);
        Assert.Equal("A", parts[1].Sequence);
    }

    [Fact]
    public void TryParse_MixedRepeat_ReadsUnitsAndCopies()
    {
        var edit = Single("g.123_191CAG[19]CAA[4]").Edit;

        Assert.Equal(HgvsEditKind.Repeat, edit.Kind);
        Assert.Equal([("CAG", 19L), ("CAA", 4L)], edit.Units!.Select(u => (u.Sequence, u.Copies.Exact!.Value)));
    }

    [Fact]
    public void TryParse_ProteinRepeat_HasEmptyUnitAtPosition()
    {
        var posEdit = Single("p.Gln18[23]");

        Assert.Equal(("Gln", 18L), (posEdit.Location!.First.AminoAcid, posEdit.Location.First.Base!.Value));
        Assert.Equal(("", 23L), (posEdit.Edit.Units![0].Sequence, posEdit.Edit.Units[0].Copies.Exact!.Value));
    }

    [Fact]
    public void TryParse_CisAllele_HasOneBracketedAlleleWithTwoChanges()
    {
        var variant = Parse("NM_004006.2:c.[2376G>C;3103del]");

        var allele = Assert.Single(variant.Alleles);
        Assert.True(allele.Bracketed);
        Assert.Equal(2, allele.Changes.Count);
        Assert.Null(variant.Single);
    }

    [Fact]
    public void TryParse_TransAlleles_HasTwoAllelesWithTransPhase()
    {
        var variant = Parse("NM_004006.2:c.[2376G>C];[3103del]");

        Assert.Equal(2, variant.Alleles.Count);
        Assert.Equal([HgvsPhase.Trans], variant.Phases);
    }

    [Fact]
    public void TryParse_UnknownPhase_RecordsUnknownPhaseBetweenUnbracketedChanges()
    {
        var variant = Parse("c.[296T>G];[476T>C](;)1083G>C(;)1406del");

        Assert.Equal([HgvsPhase.Trans, HgvsPhase.Unknown, HgvsPhase.Unknown], variant.Phases);
        Assert.False(variant.Alleles[3].Bracketed);
    }

    [Fact]
    public void TryParse_TypeInsideBrackets_ReadsOneCisAllele()
    {
        var variant = Parse("[c.76A>C;c.83G>C]");

        Assert.True(variant.TypeInsideBrackets);
        Assert.Equal(HgvsCoordinateSystem.Coding, variant.Type);
        Assert.Equal(2, variant.Alleles[0].Changes.Count);
    }

    [Theory]
    [InlineData("g.33344590_33344592=/del", HgvsMixture.Mosaic)]
    [InlineData("g.33344590_33344592=//del", HgvsMixture.Chimeric)]
    public void TryParse_MosaicOrChimeric_SharesLocationlessSecondPart(string text, HgvsMixture mixture)
    {
        var change = Parse(text).Alleles[0].Changes[0];

        Assert.Equal(mixture, change.Mixture);
        Assert.Equal([HgvsEditKind.Identity, HgvsEditKind.Deletion], change.Parts.Select(p => p.Edit.Kind));
        Assert.Null(change.Parts[1].Location);
    }

    [Theory]
    [InlineData("p.Trp24Cys", "Trp", "Cys")]
    [InlineData("p.W24C", "W", "C")]
    [InlineData("p.W24*", "W", "*")]
    [InlineData("p.Trp24Ter", "Trp", "Ter")]
    public void TryParse_ProteinSubstitution_KeepsCodesAsWritten(string text, string reference, string alternate)
    {
        var posEdit = Single(text);

        Assert.Equal((reference, 24L, alternate),
            (posEdit.Location!.First.AminoAcid, posEdit.Location.First.Base!.Value, posEdit.Edit.Inserted));
    }

    [Fact]
    public void TryParse_PredictedProtein_SetsPredicted()
    {
        var variant = Parse("NP_003997.1:p.(Arg97Cys)");

        Assert.True(variant.IsPredicted);
        Assert.Equal(HgvsEditKind.Substitution, variant.Single!.Edit.Kind);
    }

    [Fact]
    public void TryParse_Frameshift_ReadsNewAminoAcidAndStop()
    {
        var edit = Single("p.Arg97ProfsTer23").Edit;

        Assert.Equal((HgvsEditKind.Frameshift, "Pro", "Ter", 23L), (edit.Kind, edit.Inserted, edit.Terminator, edit.StopPosition!.Exact!.Value));
    }

    [Fact]
    public void TryParse_ShortFrameshift_HasNoStop()
    {
        var edit = Single("p.Arg97fs").Edit;

        Assert.Equal((HgvsEditKind.Frameshift, (string?)null, (HgvsCount?)null), (edit.Kind, edit.Inserted, edit.StopPosition));
    }

    [Fact]
    public void TryParse_CTerminalExtension_ReadsNewAminoAcidAndStop()
    {
        var posEdit = Single("p.*110Glnext*17");

        Assert.Equal(("*", 110L), (posEdit.Location!.First.AminoAcid, posEdit.Location.First.Base!.Value));
        Assert.Equal((HgvsEditKind.Extension, "Gln", 17L), (posEdit.Edit.Kind, posEdit.Edit.Inserted, posEdit.Edit.StopPosition!.Exact!.Value));
    }

    [Fact]
    public void TryParse_NTerminalExtension_HasNegativeNewStart()
    {
        var edit = Single("p.Met1ext-5").Edit;

        Assert.Equal((HgvsEditKind.Extension, -5L), (edit.Kind, edit.StopPosition!.Exact!.Value));
    }

    [Theory]
    [InlineData("p.0", HgvsEditKind.NoProduct)]
    [InlineData("p.?", HgvsEditKind.Unknown)]
    [InlineData("p.=", HgvsEditKind.Identity)]
    [InlineData("c.?", HgvsEditKind.Unknown)]
    [InlineData("r.spl", HgvsEditKind.Splicing)]
    public void TryParse_WholeSequenceDescription_HasNoLocation(string text, HgvsEditKind kind)
    {
        var posEdit = Single(text);

        Assert.Equal((kind, (HgvsLocation?)null), (posEdit.Edit.Kind, posEdit.Location));
    }

    [Fact]
    public void TryParse_StartCodonUnknown_HasLocationAndUnknownEdit()
    {
        var posEdit = Single("p.Met1?");

        Assert.Equal(("Met", HgvsEditKind.Unknown), (posEdit.Location!.First.AminoAcid, posEdit.Edit.Kind));
    }
}
