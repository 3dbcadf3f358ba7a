using System.Globalization;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// The demo's gene list: real HGNC symbols for the genes the showcase talks about, then LOC placeholders to make up
/// the requested size. Each subtype has a module of genes it up-regulates.
/// </summary>
public static class DemoGenes
{
    /// <summary>Genes whose expression marks each planted subtype (index 0 = subtype 1).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> SubtypeMarkers { get; } =
    [
        ["ESR1", "PGR", "GATA3", "FOXA1", "XBP1", "TFF1", "AGR2", "SLC39A6", "NAT1", "MAPT"],
        ["ERBB2", "GRB7", "STARD3", "PGAP3", "MIEN1", "PNMT", "TCAP", "CDK12", "MED1", "PSMD3"],
        ["KRT5", "KRT14", "KRT17", "FOXC1", "EGFR", "SOX10", "VIM", "CDH3", "FOXM1", "MKI67"],
    ];

    private static readonly string[] s_background =
    [
        "TP53", "BRCA1", "BRCA2", "PTEN", "PIK3CA", "AKT1", "KRAS", "NRAS", "BRAF", "MYC", "CCND1", "CDKN2A", "RB1",
        "ATM", "CHEK2", "PALB2", "CDH1", "MAP3K1", "GAPDH", "ACTB", "B2M", "TBP", "HPRT1", "PGK1", "PPIA", "RPLP0",
        "UBC", "YWHAZ", "GUSB", "HMBS", "SDHA", "TFRC", "ALDOA", "LDHA", "ENO1", "PKM", "HK2", "SLC2A1", "VEGFA",
        "HIF1A", "STAT3", "JAK2", "CD274", "PDCD1", "CTLA4", "CD8A", "CD4", "FOXP3", "IFNG", "GZMB", "PRF1", "CXCL9",
        "CXCL10", "IL6", "TNF", "NFKB1", "RELA", "MTOR", "TSC1", "TSC2", "NOTCH1", "JAG1", "WNT5A", "CTNNB1", "APC",
        "SMAD4", "TGFB1", "COL1A1", "FN1", "SPARC", "MMP2", "MMP9", "TWIST1", "SNAI1", "ZEB1", "ESR2", "AR", "FGFR1",
        "FGFR2", "MET", "ALK", "ROS1", "RET", "NTRK1", "IDH1", "IDH2", "ARID1A", "KMT2C", "KMT2D", "NF1", "NF2",
    ];

    /// <summary><paramref name="count"/> gene symbols: markers first, then the background list, then LOC placeholders.</summary>
    public static IReadOnlyList<string> Symbols(int count)
    {
        var symbols = SubtypeMarkers.SelectMany(m => m).Concat(s_background).Distinct(StringComparer.Ordinal).ToList();
        for (var i = 0; symbols.Count < count; i++)
        {
            symbols.Add(string.Create(CultureInfo.InvariantCulture, $"LOC{100100 + (i * 7)}"));
        }

        return symbols.Count > count ? symbols[..count] : symbols;
    }
}
