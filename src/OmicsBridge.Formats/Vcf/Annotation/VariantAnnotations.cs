using System.Text;

namespace OmicsBridge.Formats.Vcf.Annotation;

/// <summary>
/// Parses VEP <c>CSQ</c> and SnpEff <c>ANN</c> INFO values into <see cref="TranscriptAnnotation"/> entries, and picks one.
/// </summary>
/// <remarks>
/// Pick rule (documented in docs/formats/vcf.md): among entries for the allele, a canonical transcript first; among
/// those (or all, when none is canonical) the most severe consequence by VEP's order; ties keep file order.
/// </remarks>
public sealed class VariantAnnotations
{
    private readonly IReadOnlyList<string>? _csq;
    private readonly IReadOnlyList<string>? _ann;

    /// <summary>Reads the CSQ and ANN layouts from <paramref name="header"/>.</summary>
    public VariantAnnotations(VcfHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        _csq = header.AnnotationFieldNames("CSQ");
        _ann = header.AnnotationFieldNames("ANN");
    }

    /// <summary>True when the header declares CSQ or ANN.</summary>
    public bool IsAnnotated => _csq is not null || _ann is not null;

    /// <summary>
    /// VEP's allele string for a VCF REF/ALT: the shared first base is dropped when all alleles start with it, and an
    /// empty result becomes <c>-</c> (so GTC&gt;G is <c>-</c>, G&gt;GA is <c>A</c>).
    /// </summary>
    public static string VepAllele(string reference, string alt) => VepAllele(reference, [alt], 1);

    /// <summary>
    /// VEP's allele string for ALT <paramref name="altIndex"/> (1-based) of a multi-allelic record: the first base is
    /// dropped only when REF and every ALT share it (GTC → G,GTCT gives <c>-</c> and <c>TCT</c>).
    /// </summary>
    public static string VepAllele(string reference, IReadOnlyList<string> alts, int altIndex)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(alts);
        var alt = alts[altIndex - 1];
        var shared = reference.Length > 0 && alts.All(a => a.Length > 0 && a[0] == reference[0] && !a.StartsWith('<'))
            && (reference.Length > 1 || alts.Any(a => a.Length > 1));
        if (!shared)
        {
            return alt;
        }

        var trimmed = alt[1..];
        return trimmed.Length == 0 ? "-" : trimmed;
    }

    /// <summary>Picks one entry by the documented rule, or null for an empty list.</summary>
    public static TranscriptAnnotation? Pick(IEnumerable<TranscriptAnnotation> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries
            .Select((e, i) => (e, i))
            .OrderByDescending(x => x.e.IsCanonical)
            .ThenBy(x => x.e.SeverityRank)
            .ThenBy(x => x.i)
            .Select(x => x.e)
            .FirstOrDefault();
    }

    /// <summary>All CSQ and ANN entries of the record (allocates; annotations are not on the genotype hot path).</summary>
    public IReadOnlyList<TranscriptAnnotation> Parse(VcfRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var result = new List<TranscriptAnnotation>();
        if (_csq is not null && record.TryGetInfo("CSQ", out var csq))
        {
            foreach (var entry in Encoding.UTF8.GetString(csq).Split(','))
            {
                result.Add(FromCsq(entry.Split('|')));
            }
        }

        if (_ann is not null && record.TryGetInfo("ANN", out var ann))
        {
            foreach (var entry in Encoding.UTF8.GetString(ann).Split(','))
            {
                result.Add(FromAnn(entry.Split('|')));
            }
        }

        return result;
    }

    /// <summary>Entries for one ALT (1-based), matching VEP's allele string for CSQ and the VCF ALT for ANN.</summary>
    public IReadOnlyList<TranscriptAnnotation> ParseForAlt(VcfRecord record, int altIndex)
    {
        ArgumentNullException.ThrowIfNull(record);
        var alt = record.GetAlt(altIndex);
        var alts = Enumerable.Range(1, record.AltCount).Select(record.GetAlt).ToArray();
        var vep = VepAllele(record.Ref, alts, altIndex);
        return Parse(record).Where(e => e.Source == "CSQ" ? e.Allele == vep || e.Allele == alt : e.Allele == alt).ToList();
    }

    private TranscriptAnnotation FromCsq(string[] values)
    {
        string? Get(string name)
        {
            var i = IndexOf(_csq!, name);
            return i >= 0 && i < values.Length && values[i].Length > 0 ? Unescape(values[i]) : null;
        }

        return new TranscriptAnnotation(
            "CSQ",
            Get("Allele") ?? string.Empty,
            Get("SYMBOL"),
            Get("Gene"),
            Get("Feature"),
            SplitTerms(Get("Consequence")),
            Get("IMPACT"),
            Get("HGVSc"),
            Get("HGVSp"),
            Get("BIOTYPE"),
            string.Equals(Get("CANONICAL"), "YES", StringComparison.OrdinalIgnoreCase));
    }

    private TranscriptAnnotation FromAnn(string[] values)
    {
        string? Get(string name)
        {
            var i = IndexOf(_ann!, name);
            return i >= 0 && i < values.Length && values[i].Length > 0 ? Unescape(values[i].Trim()) : null;
        }

        return new TranscriptAnnotation(
            "ANN",
            Get("Allele") ?? string.Empty,
            Get("Gene_Name"),
            Get("Gene_ID"),
            Get("Feature_ID"),
            SplitTerms(Get("Annotation")),
            Get("Annotation_Impact"),
            Get("HGVS.c"),
            Get("HGVS.p"),
            Get("Transcript_BioType"),
            false);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string[] SplitTerms(string? value) =>
        value is null ? [] : value.Split('&', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // VEP and SnpEff escape ';', '=', ',' and spaces as %3B, %3D, %2C, %20 inside INFO.
    private static string Unescape(string value) =>
        value.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(value) : value;
}
