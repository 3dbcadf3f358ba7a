namespace OmicsBridge.Formats.Fasta;

/// <summary>One line of a samtools <c>.fai</c> index.</summary>
/// <param name="Name">Sequence name.</param>
/// <param name="Length">Bases in the sequence.</param>
/// <param name="Offset">Byte offset of the first base in the FASTA file.</param>
/// <param name="LineBases">Bases per full line.</param>
/// <param name="LineWidth">Bytes per full line, newline included.</param>
public sealed record FastaIndexEntry(string Name, long Length, long Offset, int LineBases, int LineWidth);
