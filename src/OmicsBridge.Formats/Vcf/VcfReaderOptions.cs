namespace OmicsBridge.Formats.Vcf;

/// <summary>How a <see cref="VcfReader"/> reads and checks a file.</summary>
public sealed class VcfReaderOptions
{
    /// <summary>
    /// Decode and check every sample during <see cref="VcfReader.Read"/> (GT allele range, Number=A/R/G counts), so a
    /// bad call rejects its record. On by default: it is the same single pass that decoding needs anyway.
    /// </summary>
    public bool ValidateGenotypes { get; init; } = true;

    /// <summary>Only records overlapping <c>chr:start-end</c> (1-based, inclusive; <c>chr</c> or <c>chr:start</c> also work), via a .tbi/.csi index.</summary>
    public string? Region { get; init; }

    /// <summary>
    /// The .tbi/.csi index of a <see cref="Region"/> read. Needed when reading a stream (such as the landed copy of a
    /// file whose index lies beside the original); a file path finds its index beside it when this is null.
    /// </summary>
    public string? IndexPath { get; init; }

    /// <summary>
    /// Validate as the hts-specs conformance suite does: records out of order (VCF020) and a missing final newline
    /// (VCF021) become errors that reject the record. Off by default: the lake needs neither order nor the newline
    /// (htslib's own test files lack it), so such files load with warnings. Region reads always treat disorder as an error.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Issues kept in <see cref="VcfReader.Issues"/>; later ones are only counted.</summary>
    public int MaxIssues { get; init; } = 10_000;

    /// <summary>
    /// A reference to check REF against: a mismatch rejects the record (VCF022); a contig missing from the FASTA is a
    /// warning once per contig (VCF027). The reader does not own or dispose it. Pass the same one to
    /// <see cref="Normalization.VcfNormalizer"/> to left-align.
    /// </summary>
    public Fasta.IndexedFastaReader? ReferenceFasta { get; init; }

    /// <summary>Overrides the assembly detected from the header.</summary>
    public GenomeAssembly? Assembly { get; init; }
}
