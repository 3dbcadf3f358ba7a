namespace OmicsBridge.Formats.Manifest;

/// <summary>
/// The six modalities of the <c>assay</c> and <c>molecular_measurement</c> tables, and the free-text synonyms
/// manifests use for them (docs/formats/manifest.md lists them).
/// </summary>
public static class OmicsModality
{
    public const string Genomics = "genomics";
    public const string Transcriptomics = "transcriptomics";
    public const string Proteomics = "proteomics";
    public const string Epigenomics = "epigenomics";
    public const string Metabolomics = "metabolomics";
    public const string SingleCell = "single_cell";

    private static readonly Dictionary<string, string> s_synonyms = Build(
        (Genomics, ["genomics", "genomic", "genome", "dna", "dnaseq", "wes", "wxs", "wgs", "exome", "exomeseq", "wholeexome", "wholeexomesequencing", "wholegenome", "wholegenomesequencing", "targetedsequencing", "targetedseq", "panel", "genepanel", "genotyping", "snparray", "snpchip", "variants", "mutations", "copynumber", "cnv"]),
        (Transcriptomics, ["transcriptomics", "transcriptome", "transcriptomic", "rna", "rnaseq", "mrna", "mrnaseq", "totalrnaseq", "bulkrnaseq", "polyarnaseq", "mirnaseq", "mirna", "expression", "geneexpression", "expressionarray", "microarray"]),
        (Proteomics, ["proteomics", "proteome", "proteomic", "protein", "rppa", "massspec", "massspectrometry", "lcmsms", "tmt", "itraq", "dia", "olink", "somascan"]),
        (Epigenomics, ["epigenomics", "epigenome", "epigenetics", "methylation", "dnamethylation", "methylationarray", "bisulfiteseq", "wgbs", "rrbs", "450k", "epic", "hm27", "hm450", "chipseq", "atacseq"]),
        (Metabolomics, ["metabolomics", "metabolome", "metabolomic", "metabolites", "metabolite", "lipidomics", "nmr"]),
        (SingleCell, ["singlecell", "singlecellrnaseq", "scrnaseq", "snrnaseq", "singlenucleus", "scatacseq", "citeseq", "10x", "10xgenomics", "scrna"]));

    /// <summary>The six values, in table order.</summary>
    public static IReadOnlyList<string> All { get; } = [Genomics, Transcriptomics, Proteomics, Epigenomics, Metabolomics, SingleCell];

    /// <summary>
    /// Maps free text (<c>RNA-seq</c>, <c>WES</c>, <c>Methylation</c>, <c>scRNA-seq</c>) to a modality; case, spaces,
    /// <c>-</c>, <c>_</c>, <c>.</c> and <c>/</c> are ignored.
    /// </summary>
    public static bool TryNormalize(string? text, out string modality)
    {
        modality = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        Span<char> buffer = stackalloc char[Math.Min(text.Length, 64)];
        var length = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 64)))
        {
            if (c is not (' ' or '-' or '_' or '.' or '/'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        if (s_synonyms.TryGetValue(new string(buffer[..length]), out var found))
        {
            modality = found;
            return true;
        }

        return false;
    }

    private static Dictionary<string, string> Build(params (string Modality, string[] Names)[] groups)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (modality, names) in groups)
        {
            foreach (var name in names)
            {
                map.Add(name, modality);
            }
        }

        return map;
    }
}
