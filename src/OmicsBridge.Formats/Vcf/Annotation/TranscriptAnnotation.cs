namespace OmicsBridge.Formats.Vcf.Annotation;

/// <summary>One per-transcript entry of a VEP <c>CSQ</c> or SnpEff <c>ANN</c> annotation.</summary>
/// <param name="Source"><c>CSQ</c> or <c>ANN</c>.</param>
/// <param name="Allele">The annotated allele as the tool writes it (VEP drops the shared first base: <c>-</c> for deletions).</param>
/// <param name="GeneSymbol">HGNC symbol (VEP SYMBOL, SnpEff Gene_Name), or null.</param>
/// <param name="GeneId">Gene id (Ensembl ENSG… or Entrez), or null.</param>
/// <param name="Transcript">Feature id (ENST…, NM_…), or null.</param>
/// <param name="Consequences">Sequence Ontology terms, most severe first as the tool gave them.</param>
/// <param name="Impact">HIGH, MODERATE, LOW or MODIFIER, or null.</param>
/// <param name="HgvsC">HGVS c./n. notation, or null.</param>
/// <param name="HgvsP">HGVS p. notation (URL escapes such as %3D decoded), or null.</param>
/// <param name="Biotype">Transcript biotype, or null.</param>
/// <param name="IsCanonical">VEP CANONICAL=YES (SnpEff has no such flag: always false).</param>
public sealed record TranscriptAnnotation(
    string Source,
    string Allele,
    string? GeneSymbol,
    string? GeneId,
    string? Transcript,
    IReadOnlyList<string> Consequences,
    string? Impact,
    string? HgvsC,
    string? HgvsP,
    string? Biotype,
    bool IsCanonical)
{
    /// <summary>The rank of the most severe consequence in VEP's order (0 = most severe).</summary>
    public int SeverityRank => Consequences.Count == 0 ? int.MaxValue : Consequences.Min(SequenceOntologySeverity.Rank);
}
