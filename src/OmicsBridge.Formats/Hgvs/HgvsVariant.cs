namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// A parsed HGVS description: <c>[reference:]type.description</c>, e.g. <c>NM_004006.2:c.76A&gt;C</c>,
/// <c>NP_003997.1:p.(Arg97Cys)</c>, <c>NM_004006.2:c.[2376G&gt;C];[3103del]</c>.
/// </summary>
/// <remarks>
/// The description is a list of alleles (most descriptions have one unbracketed allele with one change);
/// <see cref="Phases"/> holds the separators between them, so it has one element fewer than <see cref="Alleles"/>.
/// Use <see cref="HgvsParser.TryParse"/> to build one and <see cref="HgvsFormatter.Format(HgvsVariant)"/> to write it back.
/// </remarks>
/// <param name="Reference">The reference sequence; null when the text starts at the type prefix (<c>c.76A&gt;C</c>).</param>
/// <param name="Type">The coordinate system.</param>
/// <param name="Alleles">The alleles, at least one.</param>
/// <param name="Phases">The separators between consecutive alleles.</param>
/// <param name="TypeInsideBrackets">Written in the older form <c>[c.76A&gt;C;c.83G&gt;C]</c>, with the type prefix repeated
/// inside the allele brackets instead of once before them.</param>
public sealed record HgvsVariant(
    HgvsReference? Reference,
    HgvsCoordinateSystem Type,
    IReadOnlyList<HgvsAllele> Alleles,
    IReadOnlyList<HgvsPhase> Phases,
    bool TypeInsideBrackets = false)
{
    /// <summary>Creates a description of one location and edit, e.g. <c>NC_000017.11:g.43045705G&gt;A</c>.</summary>
    public static HgvsVariant Simple(HgvsReference? reference, HgvsCoordinateSystem type, HgvsPosEdit posEdit) =>
        new(reference, type, [new HgvsAllele([new HgvsChange([posEdit])], Bracketed: false)], []);

    /// <summary>The only location and edit when the description is one unbracketed, unmixed variant; else null.</summary>
    public HgvsPosEdit? Single =>
        Alleles is [{ Bracketed: false, Changes: [{ Parts: [var only] }] }] ? only : null;

    /// <summary>Every location and edit in the description, in written order.</summary>
    public IEnumerable<HgvsPosEdit> PosEdits =>
        Alleles.SelectMany(a => a.Changes).SelectMany(c => c.Parts);

    /// <summary>Any part is a predicted consequence (written in parentheses).</summary>
    public bool IsPredicted => PosEdits.Any(p => p.Predicted);

    /// <summary>The description as HGVS text (same as <see cref="HgvsFormatter.Format(HgvsVariant)"/>).</summary>
    public override string ToString() => HgvsFormatter.Format(this);
}
