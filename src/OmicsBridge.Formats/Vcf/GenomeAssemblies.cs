namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// Contig naming and RefSeq accessions for GRCh37 and GRCh38.
/// </summary>
/// <remarks>
/// Canonical contig names are the GRC/Ensembl ones for both assemblies: <c>1</c>…<c>22</c>, <c>X</c>, <c>Y</c>, <c>MT</c>.
/// <c>chr1</c>, <c>CHR1</c>, <c>chrM</c>, <c>M</c>, <c>chrMT</c> and the RefSeq accessions map onto them; other contigs
/// (alts, decoys, <c>chrUn_…</c>) keep their name without a leading <c>chr</c>. We chose the chr-less form because it is
/// what GRC publishes, what gnomAD and Ensembl keys use, and it cannot collide with UCSC-only names.
/// </remarks>
public static class GenomeAssemblies
{
    private static readonly string[] s_names =
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "X", "Y", "MT"];

    private static readonly string[] s_grch38 =
    [
        "NC_000001.11", "NC_000002.12", "NC_000003.12", "NC_000004.12", "NC_000005.10", "NC_000006.12", "NC_000007.14",
        "NC_000008.11", "NC_000009.12", "NC_000010.11", "NC_000011.10", "NC_000012.12", "NC_000013.11", "NC_000014.9",
        "NC_000015.10", "NC_000016.10", "NC_000017.11", "NC_000018.10", "NC_000019.10", "NC_000020.11", "NC_000021.9",
        "NC_000022.11", "NC_000023.11", "NC_000024.10", "NC_012920.1",
    ];

    private static readonly string[] s_grch37 =
    [
        "NC_000001.10", "NC_000002.11", "NC_000003.11", "NC_000004.11", "NC_000005.9", "NC_000006.11", "NC_000007.13",
        "NC_000008.10", "NC_000009.11", "NC_000010.10", "NC_000011.9", "NC_000012.11", "NC_000013.10", "NC_000014.8",
        "NC_000015.9", "NC_000016.9", "NC_000017.10", "NC_000018.9", "NC_000019.9", "NC_000020.10", "NC_000021.8",
        "NC_000022.10", "NC_000023.10", "NC_000024.9", "NC_012920.1",
    ];

    // Lengths of chr1, chr2 and chrX tell the assemblies apart when nothing names them.
    private static readonly (string Contig, long GRCh37, long GRCh38)[] s_lengths =
    [
        ("1", 249_250_621, 248_956_422),
        ("2", 243_199_373, 242_193_529),
        ("X", 155_270_560, 156_040_895),
    ];

    private static readonly Dictionary<string, int> s_index = BuildIndex();

    /// <summary>The canonical name of a contig (see remarks), e.g. <c>chr1</c> → <c>1</c>, <c>chrM</c> → <c>MT</c>.</summary>
    public static string CanonicalContig(string contig)
    {
        ArgumentNullException.ThrowIfNull(contig);
        if (s_index.TryGetValue(contig, out var i))
        {
            return s_names[i];
        }

        return contig.StartsWith("chr", StringComparison.OrdinalIgnoreCase) && contig.Length > 3 ? contig[3..] : contig;
    }

    /// <summary>The RefSeq accession (<c>NC_000017.11</c>) of a primary contig, or null for others or an unknown assembly.</summary>
    public static string? RefSeqAccession(GenomeAssembly assembly, string contig)
    {
        ArgumentNullException.ThrowIfNull(contig);
        if (!s_index.TryGetValue(contig, out var i))
        {
            return null;
        }

        return assembly switch
        {
            GenomeAssembly.GRCh38 => s_grch38[i],
            GenomeAssembly.GRCh37 => s_grch37[i],
            _ => null,
        };
    }

    /// <summary>Parses <c>GRCh38</c>, <c>hg38</c>, <c>GRCh37</c>, <c>hg19</c>, <c>b37</c>, <c>hs37d5</c> (case-insensitive).</summary>
    public static GenomeAssembly Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return GenomeAssembly.Unknown;
        }

        if (text.Contains("GRCh38", StringComparison.OrdinalIgnoreCase) || text.Contains("hg38", StringComparison.OrdinalIgnoreCase)
            || text.Contains("b38", StringComparison.OrdinalIgnoreCase))
        {
            return GenomeAssembly.GRCh38;
        }

        if (text.Contains("GRCh37", StringComparison.OrdinalIgnoreCase) || text.Contains("hg19", StringComparison.OrdinalIgnoreCase)
            || text.Contains("b37", StringComparison.OrdinalIgnoreCase) || text.Contains("hs37", StringComparison.OrdinalIgnoreCase))
        {
            return GenomeAssembly.GRCh37;
        }

        return GenomeAssembly.Unknown;
    }

    /// <summary>Detects the assembly: <c>##reference</c> first, then <c>##contig assembly=</c>, then contig lengths.</summary>
    internal static GenomeAssembly Detect(VcfHeader header)
    {
        var fromReference = Parse(header.Reference);
        if (fromReference != GenomeAssembly.Unknown)
        {
            return fromReference;
        }

        foreach (var contig in header.Contigs)
        {
            var fromContig = Parse(contig.Assembly);
            if (fromContig != GenomeAssembly.Unknown)
            {
                return fromContig;
            }
        }

        foreach (var contig in header.Contigs)
        {
            if (contig.Length is not { } length)
            {
                continue;
            }

            var canonical = CanonicalContig(contig.Id);
            foreach (var (name, grch37, grch38) in s_lengths)
            {
                if (canonical == name && length == grch37)
                {
                    return GenomeAssembly.GRCh37;
                }

                if (canonical == name && length == grch38)
                {
                    return GenomeAssembly.GRCh38;
                }
            }
        }

        return GenomeAssembly.Unknown;
    }

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < s_names.Length; i++)
        {
            index[s_names[i]] = i;
            index["chr" + s_names[i]] = i;
            index[s_grch38[i]] = i;
            index[s_grch37[i]] = i;
        }

        index["M"] = 24;
        index["chrM"] = 24;
        index["23"] = 22;
        index["24"] = 23;
        return index;
    }
}
