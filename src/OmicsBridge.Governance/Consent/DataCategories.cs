namespace OmicsBridge.Governance.Consent;

/// <summary>
/// The data categories a consent grants or withholds, and the category of each lake modality.
/// A consent with no categories listed (or <c>all</c>) covers every category.
/// </summary>
public static class DataCategories
{
    public const string Clinical = "clinical";
    public const string Genomic = "genomic";
    public const string Transcriptomic = "transcriptomic";
    public const string Proteomic = "proteomic";
    public const string Epigenomic = "epigenomic";
    public const string Metabolomic = "metabolomic";
    public const string Imaging = "imaging";

    /// <summary>Written in a consent file to mean every category.</summary>
    public const string All = "all";

    public static IReadOnlyList<string> Known { get; } = [Clinical, Genomic, Transcriptomic, Proteomic, Epigenomic, Metabolomic, Imaging];

    /// <summary>
    /// The category of an assay modality (<c>assay.modality</c>): genomics → genomic, transcriptomics and single_cell →
    /// transcriptomic (single-cell assays in the lake are RNA), proteomics → proteomic, and so on.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ByModality { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["genomics"] = Genomic,
        ["transcriptomics"] = Transcriptomic,
        ["single_cell"] = Transcriptomic,
        ["proteomics"] = Proteomic,
        ["epigenomics"] = Epigenomic,
        ["metabolomics"] = Metabolomic,
    };

    /// <summary>Normalises a category as written (case, plural, "-omics" forms) or returns null when unknown.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = text.Trim().ToLowerInvariant();
        if (key is All or "*")
        {
            return All;
        }

        if (ByModality.TryGetValue(key, out var fromModality))
        {
            return fromModality;
        }

        return Known.Contains(key) ? key : key switch
        {
            "genetic" or "genomics" or "dna" => Genomic,
            "rna" or "expression" => Transcriptomic,
            "proteomics" or "protein" => Proteomic,
            "methylation" => Epigenomic,
            _ => null,
        };
    }
}
