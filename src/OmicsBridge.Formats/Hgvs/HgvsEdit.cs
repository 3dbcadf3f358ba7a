namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// The change at a location. Sequences keep the letters as written (case, 1- or 3-letter amino acid codes, <c>*</c>),
/// so that formatting gives back the input; <see cref="HgvsNormalizer"/> rewrites them to the recommended form.
/// </summary>
/// <param name="Kind">What the edit does.</param>
/// <param name="Deleted">Stated reference residues: the <c>A</c> of <c>76A&gt;C</c>, <c>delA</c>, <c>dupCAG</c>,
/// <c>invAG</c>, <c>A=</c>; null when not stated.</param>
/// <param name="Inserted">The new residue(s): the <c>C</c> of <c>A&gt;C</c>, the protein substitution's new amino acid,
/// a frame shift's or extension's new amino acid; null when not stated.</param>
/// <param name="DeletedLength">Length written instead of residues: <c>del5</c>, <c>del(15)</c>.</param>
/// <param name="InsertedParts">For <c>ins</c>, <c>delins</c> and <c>con</c>: what is inserted.</param>
/// <param name="InsertBracketed">The inserted parts were written inside <c>[ ]</c>.</param>
/// <param name="Units">For repeats: the units and their copy numbers.</param>
/// <param name="Terminator">Frame shift/extension: the stop symbol as written (<c>Ter</c>, <c>*</c>, <c>X</c>); null when omitted.</param>
/// <param name="StopPosition">Frame shift: position of the new stop (<c>fsTer23</c>, <c>fs*?</c>); extension: position of the new
/// stop or, negative, of the new start (<c>ext-5</c>).</param>
/// <param name="Uncertain">Written with a trailing <c>?</c> (<c>p.0?</c>).</param>
public sealed record HgvsEdit(
    HgvsEditKind Kind,
    string? Deleted = null,
    string? Inserted = null,
    HgvsCount? DeletedLength = null,
    IReadOnlyList<HgvsInsertPart>? InsertedParts = null,
    bool InsertBracketed = false,
    IReadOnlyList<HgvsRepeatUnit>? Units = null,
    string? Terminator = null,
    HgvsCount? StopPosition = null,
    bool Uncertain = false)
{
    /// <summary>The inserted sequence when it is one literal part (<c>insTT</c>, <c>delinsTT</c>); else null.</summary>
    public string? InsertedSequence =>
        InsertedParts is [{ IsLiteral: true } part] ? part.Sequence : null;
}
