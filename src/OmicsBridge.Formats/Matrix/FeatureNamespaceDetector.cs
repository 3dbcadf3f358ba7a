using System.Text.RegularExpressions;

namespace OmicsBridge.Formats.Matrix;

/// <summary>Guesses a feature id column's namespace from its header, else from the shape of its ids.</summary>
internal static partial class FeatureNamespaceDetector
{
    // Headers that name an id column; the value says which namespace, null when only the ids can tell.
    private static readonly Dictionary<string, FeatureNamespace?> s_idHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hugo_symbol"] = FeatureNamespace.HgncSymbol,
        ["gene_symbol"] = FeatureNamespace.HgncSymbol,
        ["symbol"] = FeatureNamespace.HgncSymbol,
        ["gene_name"] = FeatureNamespace.HgncSymbol,
        ["genes"] = FeatureNamespace.HgncSymbol,
        ["entrez_gene_id"] = FeatureNamespace.EntrezGene,
        ["entrez_id"] = FeatureNamespace.EntrezGene,
        ["entrez"] = FeatureNamespace.EntrezGene,
        ["ensembl_gene_id"] = FeatureNamespace.EnsemblGene,
        ["ensembl_id"] = FeatureNamespace.EnsemblGene,
        ["ensembl_transcript_id"] = FeatureNamespace.EnsemblTranscript,
        ["uniprot"] = FeatureNamespace.UniProt,
        ["uniprot_id"] = FeatureNamespace.UniProt,
        ["protein.group"] = null,
        ["protein.ids"] = null,
        ["protein.names"] = FeatureNamespace.Unknown,
        ["first.protein.description"] = FeatureNamespace.Unknown,
        ["protein ids"] = null,
        ["majority protein ids"] = null,
        ["gene names"] = FeatureNamespace.HgncSymbol,
        ["gene"] = null,
        ["gene_id"] = null,
        ["geneid"] = null,
        ["feature"] = null,
        ["feature_id"] = null,
        ["id"] = null,
        ["id_ref"] = null,
        ["name"] = null,
        ["description"] = FeatureNamespace.Unknown,
        ["probe"] = FeatureNamespace.Unknown,
        ["probe_id"] = FeatureNamespace.Unknown,
        ["composite.element.ref"] = FeatureNamespace.Unknown,
        ["accession"] = null,
        ["transcript_id"] = null,
    };

    /// <summary>Whether <paramref name="header"/> names an id column rather than a sample.</summary>
    public static bool IsIdHeader(string header) => s_idHeaders.ContainsKey(header.Trim());

    /// <summary>The namespace a header states, or <see langword="null"/> when the ids must tell.</summary>
    public static FeatureNamespace? FromHeader(string header)
        => s_idHeaders.TryGetValue(header.Trim(), out var ns) ? ns : null;

    /// <summary>The namespace an id looks like; for lists (<c>A0A024R1R8;Q9Y2S6</c>) the first entry decides.</summary>
    public static FeatureNamespace FromValue(string id)
    {
        var first = id.AsSpan();
        var separator = first.IndexOf(';');
        var value = (separator < 0 ? first : first[..separator]).Trim().ToString();
        if (value.Length == 0)
        {
            return FeatureNamespace.Unknown;
        }

        if (EnsemblGene().IsMatch(value))
        {
            return FeatureNamespace.EnsemblGene;
        }

        if (EnsemblTranscript().IsMatch(value))
        {
            return FeatureNamespace.EnsemblTranscript;
        }

        if (Entrez().IsMatch(value))
        {
            return FeatureNamespace.EntrezGene;
        }

        if (UniProt().IsMatch(value))
        {
            return FeatureNamespace.UniProt;
        }

        return Symbol().IsMatch(value) ? FeatureNamespace.HgncSymbol : FeatureNamespace.Unknown;
    }

    [GeneratedRegex(@"^ENS[A-Z]*G\d{11}(\.\d+)?$")]
    private static partial Regex EnsemblGene();

    [GeneratedRegex(@"^ENS[A-Z]*T\d{11}(\.\d+)?$")]
    private static partial Regex EnsemblTranscript();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex Entrez();

    // The accession pattern UniProt publishes, plus an optional isoform suffix.
    [GeneratedRegex(@"^([OPQ][0-9][A-Z0-9]{3}[0-9]|[A-NR-Z][0-9]([A-Z][A-Z0-9]{2}[0-9]){1,2})(-\d+)?$")]
    private static partial Regex UniProt();

    // Approved symbols are upper-case letters and digits with hyphens, plus the orf form (C1orf112).
    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(orf[0-9]+)?([-.][A-Z0-9]+)*$")]
    private static partial Regex Symbol();
}
