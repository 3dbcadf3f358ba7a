namespace OmicsBridge.Formats.Vcf;

/// <summary>One <c>##contig</c> line.</summary>
/// <param name="Id">The contig name as written (<c>chr1</c>, <c>1</c>, <c>chrA</c>).</param>
/// <param name="Length">The declared length, when given.</param>
/// <param name="Assembly">The declared <c>assembly=</c>, when given.</param>
public sealed record VcfContig(string Id, long? Length, string? Assembly);
