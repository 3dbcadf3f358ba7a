namespace OmicsBridge.Formats.Matrix;

/// <summary>Where a matrix's feature ids come from (the <c>feature_namespace</c> of <c>molecular_measurement</c>).</summary>
public enum FeatureNamespace
{
    /// <summary>Not recognised; ids are loaded as they are.</summary>
    Unknown,

    /// <summary>Ensembl gene ids (<c>ENSG00000141510</c>, <c>ENSMUSG…</c>), with or without a <c>.version</c> suffix.</summary>
    EnsemblGene,

    /// <summary>Ensembl transcript ids (<c>ENST…</c>).</summary>
    EnsemblTranscript,

    /// <summary>HGNC gene symbols (<c>TP53</c>, <c>C1orf112</c>, <c>HLA-A</c>).</summary>
    HgncSymbol,

    /// <summary>NCBI Entrez Gene ids (all digits).</summary>
    EntrezGene,

    /// <summary>UniProtKB accessions (<c>P04637</c>, <c>A0A024R1R8</c>, isoforms <c>P04637-2</c>).</summary>
    UniProt,
}
