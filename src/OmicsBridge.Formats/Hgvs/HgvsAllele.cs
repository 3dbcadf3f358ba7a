namespace OmicsBridge.Formats.Hgvs;

/// <summary>Variants on one chromosome: <c>[76A&gt;C;83G&gt;C]</c> (in cis), or one unbracketed variant.</summary>
/// <param name="Changes">The variants, separated by <c>;</c> inside the brackets.</param>
/// <param name="Bracketed">Written inside <c>[ ]</c>.</param>
public sealed record HgvsAllele(IReadOnlyList<HgvsChange> Changes, bool Bracketed);
