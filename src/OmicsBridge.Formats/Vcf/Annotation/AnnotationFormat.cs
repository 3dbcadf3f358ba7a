namespace OmicsBridge.Formats.Vcf.Annotation;

/// <summary>Reads the sub-field names of VEP <c>CSQ</c> and SnpEff <c>ANN</c> from their INFO descriptions.</summary>
internal static class AnnotationFormat
{
    // SnpEff's ANN layout when the description cannot be read (it is fixed by the ANN standard).
    private static readonly string[] s_annDefault =
    [
        "Allele", "Annotation", "Annotation_Impact", "Gene_Name", "Gene_ID", "Feature_Type", "Feature_ID",
        "Transcript_BioType", "Rank", "HGVS.c", "HGVS.p", "cDNA.pos / cDNA.length", "CDS.pos / CDS.length",
        "AA.pos / AA.length", "Distance", "ERRORS / WARNINGS / INFO",
    ];

    /// <summary>
    /// VEP: <c>… Format: Allele|Consequence|IMPACT|SYMBOL|…</c>. SnpEff: <c>Functional annotations: 'Allele | Annotation | …'</c>.
    /// Null when the key is neither or the description has no layout.
    /// </summary>
    public static IReadOnlyList<string>? FieldNames(string key, string description)
    {
        if (key == "CSQ" || key == "BCSQ" || description.Contains("Format: ", StringComparison.Ordinal))
        {
            var at = description.IndexOf("Format: ", StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }

            var layout = description[(at + "Format: ".Length)..].Trim().TrimEnd('"', '\'');
            return layout.Split('|').Select(s => s.Trim()).ToArray();
        }

        if (key == "ANN" || key == "EFF")
        {
            var open = description.IndexOf('\'', StringComparison.Ordinal);
            var close = description.LastIndexOf('\'');
            if (open >= 0 && close > open)
            {
                return description[(open + 1)..close].Split('|').Select(s => s.Trim()).ToArray();
            }

            return key == "ANN" ? s_annDefault : null;
        }

        return null;
    }
}
