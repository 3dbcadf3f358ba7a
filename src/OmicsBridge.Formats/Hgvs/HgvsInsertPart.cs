namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// One piece of an inserted (or converted-from) sequence: literal bases (<c>insT</c>), unspecified bases with a count
/// (<c>insN[12]</c>, <c>ins(25)</c>), a copy of a range of the same reference (<c>ins858_895</c>,
/// <c>ins850_900inv</c>) or of another reference (<c>ins[NC_000022.10:g.35788169_35788352]</c>).
/// </summary>
/// <param name="Sequence">Literal residues as written; null for ranges and bare lengths.</param>
/// <param name="Count">Copies (<c>N[12]</c>) or, without <see cref="Sequence"/>, a bare length (<c>(25)</c>).</param>
/// <param name="Range">A copied range; null for literal sequence.</param>
/// <param name="Reference">The other reference sequence the range is on; null for the same reference.</param>
/// <param name="Type">The coordinate system written for <see cref="Reference"/>; null when omitted.</param>
/// <param name="Inverted">The copied range is inserted inverted (<c>inv</c>).</param>
public sealed record HgvsInsertPart(
    string? Sequence,
    HgvsCount? Count = null,
    HgvsLocation? Range = null,
    HgvsReference? Reference = null,
    HgvsCoordinateSystem? Type = null,
    bool Inverted = false)
{
    /// <summary>Literal residues, without a count.</summary>
    public bool IsLiteral => Sequence is not null && Count is null;
}
