namespace OmicsBridge.Formats.Vcf;

/// <summary>The parsed header of a VCF file: meta lines in order, typed declarations, contigs and samples.</summary>
public sealed class VcfHeader
{
    private readonly Dictionary<string, int> _sampleIndex;

    internal VcfHeader(
        string fileFormat,
        IReadOnlyList<VcfMetaLine> metaLines,
        IReadOnlyDictionary<string, VcfFieldDefinition> info,
        IReadOnlyDictionary<string, VcfFieldDefinition> format,
        IReadOnlyDictionary<string, string> filters,
        IReadOnlyDictionary<string, string> alternateAlleles,
        IReadOnlyList<VcfContig> contigs,
        IReadOnlyList<string> samples,
        Dictionary<string, int> sampleIndex)
    {
        FileFormat = fileFormat;
        MetaLines = metaLines;
        Info = info;
        Format = format;
        Filters = filters;
        AlternateAlleles = alternateAlleles;
        Contigs = contigs;
        Samples = samples;
        _sampleIndex = sampleIndex;
        Reference = metaLines.FirstOrDefault(m => m.Key == "reference")?.Value;
        Assembly = GenomeAssemblies.Detect(this);
    }

    /// <summary>The value of <c>##fileformat</c>, e.g. <c>VCFv4.3</c>.</summary>
    public string FileFormat { get; }

    /// <summary>The version after <c>VCFv</c>, e.g. 4.3.</summary>
    public Version Version => System.Version.Parse(FileFormat.AsSpan(4));

    /// <summary>All <c>##</c> lines in file order.</summary>
    public IReadOnlyList<VcfMetaLine> MetaLines { get; }

    /// <summary>INFO declarations by ID.</summary>
    public IReadOnlyDictionary<string, VcfFieldDefinition> Info { get; }

    /// <summary>FORMAT declarations by ID.</summary>
    public IReadOnlyDictionary<string, VcfFieldDefinition> Format { get; }

    /// <summary>FILTER declarations: ID → description.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; }

    /// <summary>ALT declarations (symbolic alleles): ID → description.</summary>
    public IReadOnlyDictionary<string, string> AlternateAlleles { get; }

    /// <summary>Contigs in header order.</summary>
    public IReadOnlyList<VcfContig> Contigs { get; }

    /// <summary>The value of <c>##reference</c>, when present.</summary>
    public string? Reference { get; }

    /// <summary>The assembly detected from <c>##reference</c> and <c>##contig</c> lines, or <see cref="GenomeAssembly.Unknown"/>.</summary>
    public GenomeAssembly Assembly { get; }

    /// <summary>Sample names in column order (unique; duplicates are fatal, VCF004).</summary>
    public IReadOnlyList<string> Samples { get; }

    /// <summary>The column index of a sample, or -1.</summary>
    public int IndexOfSample(string name) => _sampleIndex.TryGetValue(name, out var i) ? i : -1;

    /// <summary>The CSQ / ANN sub-field names when the header declares VEP or SnpEff annotations.</summary>
    public IReadOnlyList<string>? AnnotationFieldNames(string key) =>
        Info.TryGetValue(key, out var d) ? Annotation.AnnotationFormat.FieldNames(key, d.Description) : null;
}
