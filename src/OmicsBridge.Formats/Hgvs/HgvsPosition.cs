namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// One position: <c>12345</c> (g.), <c>-12</c>, <c>*5</c>, <c>123+4</c>, <c>*5-3</c> (c./n./r.), <c>Trp24</c> (p.), or
/// <c>?</c> (unknown).
/// </summary>
/// <param name="Base">The number written; negative for 5' UTR/upstream (<c>c.-12</c>); null for <c>?</c>.</param>
/// <param name="FromCdsEnd">Written with <c>*</c>: counted from the translation stop codon (<c>c.*5</c>).</param>
/// <param name="Offset">Intronic offset, or null when there is none.</param>
/// <param name="AminoAcid">For protein positions, the residue as written (<c>Trp</c>, <c>W</c>, <c>Ter</c>, <c>*</c>).</param>
public sealed record HgvsPosition(long? Base, bool FromCdsEnd = false, HgvsOffset? Offset = null, string? AminoAcid = null)
{
    /// <summary>The position is written as <c>?</c>.</summary>
    public bool IsUnknown => Base is null;
}
