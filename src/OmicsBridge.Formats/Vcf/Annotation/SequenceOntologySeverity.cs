namespace OmicsBridge.Formats.Vcf.Annotation;

/// <summary>VEP's consequence order, most severe first (Ensembl "Calculated variant consequences" table).</summary>
public static class SequenceOntologySeverity
{
    private static readonly string[] s_order =
    [
        "transcript_ablation", "splice_acceptor_variant", "splice_donor_variant", "stop_gained", "frameshift_variant",
        "stop_lost", "start_lost", "transcript_amplification", "feature_elongation", "feature_truncation",
        "inframe_insertion", "inframe_deletion", "missense_variant", "protein_altering_variant",
        "splice_donor_5th_base_variant", "splice_region_variant", "splice_donor_region_variant",
        "splice_polypyrimidine_tract_variant", "incomplete_terminal_codon_variant", "start_retained_variant",
        "stop_retained_variant", "synonymous_variant", "coding_sequence_variant", "mature_miRNA_variant",
        "5_prime_UTR_variant", "3_prime_UTR_variant", "non_coding_transcript_exon_variant", "intron_variant",
        "NMD_transcript_variant", "non_coding_transcript_variant", "coding_transcript_variant", "upstream_gene_variant",
        "downstream_gene_variant", "TFBS_ablation", "TFBS_amplification", "TF_binding_site_variant",
        "regulatory_region_ablation", "regulatory_region_amplification", "regulatory_region_variant",
        "intergenic_variant", "sequence_variant",
    ];

    private static readonly Dictionary<string, int> s_rank = s_order.Select((term, i) => (term, i)).ToDictionary(x => x.term, x => x.i, StringComparer.Ordinal);

    /// <summary>0 for the most severe term; terms VEP does not rank come after all ranked ones.</summary>
    public static int Rank(string term) => s_rank.TryGetValue(term, out var r) ? r : s_order.Length;
}
