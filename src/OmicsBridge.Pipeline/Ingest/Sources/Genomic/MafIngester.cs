using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Fasta;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Formats.Vcf.Normalization;
using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>
/// MAF (GDC and cBioPortal flavours) → <c>mutation</c>, plus <c>variant</c> and <c>variant_annotation</c> for keys the
/// lake does not hold yet. A record is one mutation line.
/// </summary>
/// <remarks>
/// MF1 columns are found by name; a file without Tumor_Sample_Barcode is refused whole (MAF001). MF2 the barcode is the
/// sample id: it links to the sample's genomics assay (created when missing; a sample no manifest declared is created
/// without a patient, reported). MF3 the ALT is Tumor_Seq_Allele2, or Allele1 when Allele2 equals the reference. MF4
/// the key is VCF-style: SNVs and MNVs as written; indels (MAF writes <c>-</c> for the empty allele) get their anchor
/// base from --reference and are left-aligned; without a reference they are keyed as the MAF writes them
/// (<c>17-100-AT--</c>), which cannot join to VCF keys of the same indel. MF5 the assembly is NCBI_Build (or --assembly).
/// </remarks>
public sealed class MafIngester(GenomicIngestOptions? options = null) : ISourceIngester
{
    private static readonly string[] s_required = ["Chromosome", "Start_Position", "Reference_Allele", "Tumor_Seq_Allele2"];

    private readonly GenomicIngestOptions _options = options ?? new GenomicIngestOptions();
    private readonly VariantCatalog _catalog = new();

    public string Kind => "maf";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        return name.EndsWith(".maf", StringComparison.Ordinal) || name.EndsWith(".maf.gz", StringComparison.Ordinal)
            || name.EndsWith(".maf.txt", StringComparison.Ordinal) || name.Contains("data_mutations", StringComparison.Ordinal);
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "mutations";
        using var fasta = _options.ReferenceFasta is { } path ? new IndexedFastaReader(path) : null;
        var normalizer = new VcfNormalizer(fasta);
        using var reader = TabularLines.Open(context);
        var samples = new GenomicSamples(context);
        long lineNumber = 0;
        string[]? header = null;
        Dictionary<string, int> columns = [];
        var unanchored = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header is null)
            {
                header = TabularLines.Split(line);
                columns = header.Select((name, i) => (name, i)).GroupBy(x => x.name, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.First().i, StringComparer.OrdinalIgnoreCase);
                if (!columns.ContainsKey("Tumor_Sample_Barcode"))
                {
                    throw OmicsBridgeException.FromIssue(new ParseIssue(GenomicIssueCodes.MafMissingColumn, IssueSeverity.Error, context.File.Name,
                        lineNumber, null, "Tumor_Sample_Barcode", "the MAF header has no Tumor_Sample_Barcode column, so no mutation can be linked to a sample; nothing was loaded"));
                }

                var missing = s_required.Where(c => !columns.ContainsKey(c)).ToList();
                if (missing.Count > 0)
                {
                    throw OmicsBridgeException.FromIssue(new ParseIssue(GenomicIssueCodes.MafMissingColumn, IssueSeverity.Error, context.File.Name,
                        lineNumber, null, missing[0], $"the MAF header lacks {string.Join(", ", missing)}; nothing was loaded"));
                }

                continue;
            }

            var cells = TabularLines.Split(line);
            // Trailing empty cells may be trimmed by exporters, so a short line is fine; one longer than the header is not.
            if (cells.Length > header.Length)
            {
                context.Reject(Issue(context, GenomicIssueCodes.MafColumnCount, lineNumber, header.Length + 1, null,
                    string.Create(CultureInfo.InvariantCulture, $"{cells.Length} columns where the header has {header.Length}")));
                continue;
            }

            string? Get(string name) => columns.TryGetValue(name, out var i) && i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
            int ColumnOf(string name) => columns[name] + 1;

            var barcode = Get("Tumor_Sample_Barcode");
            var chrom = Get("Chromosome");
            var reference = Get("Reference_Allele");
            var alt = Get("Tumor_Seq_Allele2");
            if (alt is not null && string.Equals(alt, reference, StringComparison.OrdinalIgnoreCase))
            {
                alt = Get("Tumor_Seq_Allele1");
            }

            var empty = barcode is null ? "Tumor_Sample_Barcode" : chrom is null ? "Chromosome" : reference is null ? "Reference_Allele" : alt is null ? "Tumor_Seq_Allele2" : null;
            if (empty is not null)
            {
                context.Reject(Issue(context, GenomicIssueCodes.MafMissingValue, lineNumber, ColumnOf(empty), empty, $"{empty} is empty"));
                continue;
            }

            if (!long.TryParse(Get("Start_Position"), NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start < 1)
            {
                context.Reject(Issue(context, GenomicIssueCodes.MafBadPosition, lineNumber, ColumnOf("Start_Position"), "Start_Position",
                    $"Start_Position '{Get("Start_Position")}' is not a positive integer"));
                continue;
            }

            var assay = samples.AssayOf(barcode!);
            if (assay is null)
            {
                context.Reject(Issue(context, GenomicIssueCodes.AmbiguousAssay, lineNumber, ColumnOf("Tumor_Sample_Barcode"), "Tumor_Sample_Barcode",
                    $"sample {barcode} has several genomics assays; the mutation cannot be linked"));
                continue;
            }

            var assembly = _options.Assembly is { } stated ? GenomeAssemblies.Parse(stated) : GenomeAssemblies.Parse(Get("NCBI_Build"));
            var (position, refAllele, altAllele, anchored) = ToVcfAllele(fasta, normalizer, chrom!, start, reference!.ToUpperInvariant(), alt!.ToUpperInvariant());
            if (!anchored)
            {
                unanchored++;
            }

            var key = VariantKey.Create(assembly, chrom!, position, refAllele, altAllele).ToQualifiedString();
            var refCount = Count(context, lineNumber, Get("t_ref_count"), "t_ref_count", columns);
            var altCount = Count(context, lineNumber, Get("t_alt_count"), "t_alt_count", columns);
            double? vaf = refCount is { } r && altCount is { } a && r + a > 0 ? (double)a / (r + a) : null;
            var hgvsP = Get("HGVSp_Short") ?? Get("HGVSp");
            context.Table(MutationTable.Schema).NewRow()
                .AppendValue(assay)
                .AppendValue(barcode)
                .AppendValue(key)
                .AppendValue(Get("Hugo_Symbol"))
                .AppendValue(Get("Variant_Classification"))
                .AppendValue(Get("HGVSc"))
                .AppendValue(hgvsP)
                .AppendValue(refCount)
                .AppendValue(altCount)
                .AppendValue(vaf)
                .AppendValue(Get("Mutation_Status"))
                .AppendValue(context.File.Sha256)
                .AppendValue(context.RunId)
                .EndRow();

            if (_catalog.Add(context, key))
            {
                WriteVariant(context, key, assembly, chrom!, position, refAllele, altAllele, Get, fasta);
            }

            context.Accept();
        }

        if (header is null)
        {
            throw OmicsBridgeException.FromIssue(new ParseIssue(GenomicIssueCodes.MafMissingColumn, IssueSeverity.Error, context.File.Name,
                lineNumber, null, null, "the file has no MAF header line; nothing was loaded"));
        }

        samples.Report();
        if (unanchored > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture,
                $"{unanchored:N0} indels keyed as the MAF writes them ('-' alleles): give --reference to key them as VCF does"));
        }
    }

    private static void WriteVariant(IngestContext context, string key, GenomeAssembly assembly, string chrom, long position,
        string reference, string alt, Func<string, string?> get, IndexedFastaReader? fasta)
    {
        var type = get("Variant_Type")?.ToUpperInvariant() switch
        {
            "SNP" => "SNV",
            "DNP" or "TNP" or "ONP" => "MNV",
            "INS" => "INS",
            "DEL" => "DEL",
            { } other => other,
            null => reference.Length == 1 && alt.Length == 1 ? "SNV" : "DELINS",
        };
        var hgvsP = get("HGVSp") ?? get("HGVSp_Short");
        var rsid = get("dbSNP_RS") is { } rs && rs.StartsWith("rs", StringComparison.OrdinalIgnoreCase) ? rs : null;
        context.Table(VariantTable.Schema).NewRow()
            .AppendValue(key)
            .AppendValue(assembly.ToString())
            .AppendValue(GenomeAssemblies.CanonicalContig(chrom))
            .AppendValue(position)
            .AppendValue(reference)
            .AppendValue(alt)
            .AppendValue(type)
            .AppendValue(position + Math.Max(1, reference.Length) - 1)
            .AppendNullValue()
            .AppendValue(rsid)
            .AppendValue(get("Hugo_Symbol"))
            .AppendValue(get("Consequence"))
            .AppendValue(get("Transcript_ID") ?? get("Feature"))
            .AppendValue(reference.Contains('-', StringComparison.Ordinal) || alt.Contains('-', StringComparison.Ordinal)
                ? null : HgvsGenomic.Describe(assembly, chrom, position, reference, alt, fasta))
            .AppendValue(get("HGVSc"))
            .AppendValue(hgvsP)
            .AppendValue(get("IMPACT"))
            .AppendValue(get("CLIN_SIG")?.ToLowerInvariant())
            .AppendValue(context.File.Sha256)
            .AppendValue(context.RunId)
            .EndRow();

        context.Table(VariantAnnotationTable.Schema).NewRow()
            .AppendValue(key)
            .AppendValue("MAF")
            .AppendValue(get("Hugo_Symbol"))
            .AppendValue(get("Consequence"))
            .AppendValue(get("Transcript_ID") ?? get("Feature"))
            .AppendValue(get("HGVSc"))
            .AppendValue(hgvsP)
            .AppendValue(get("IMPACT"))
            .AppendValue(get("CANONICAL") is { } canonical ? string.Equals(canonical, "YES", StringComparison.OrdinalIgnoreCase) : null)
            .AppendValue(true)
            .AppendValue(context.File.Sha256)
            .AppendValue(context.RunId)
            .EndRow();
    }

    /// <summary>MAF alleles → VCF-style (anchored, left-aligned) when a reference gives the anchor base.</summary>
    private static (long Position, string Ref, string Alt, bool Anchored) ToVcfAllele(IndexedFastaReader? fasta, VcfNormalizer normalizer,
        string chrom, long start, string reference, string alt)
    {
        var deletion = alt == "-";
        var insertion = reference == "-";
        if (!deletion && !insertion)
        {
            var n = normalizer.Normalize(chrom, start, reference, alt);
            return (n.Position, n.Ref, n.Alt, true);
        }

        if (fasta is null || !fasta.TryGetEntry(chrom, out _))
        {
            return (start, reference, alt, false);
        }

        // A deletion's anchor is the base before Start_Position; an insertion sits after Start_Position, its anchor.
        var anchorPosition = deletion ? start - 1 : start;
        var anchor = fasta.Fetch(chrom, anchorPosition, anchorPosition);
        var normalized = deletion
            ? normalizer.Normalize(chrom, anchorPosition, anchor + reference, anchor)
            : normalizer.Normalize(chrom, anchorPosition, anchor, anchor + alt);
        return (normalized.Position, normalized.Ref, normalized.Alt, true);
    }

    private static int? Count(IngestContext context, long line, string? text, string column, Dictionary<string, int> columns)
    {
        if (text is null || text == ".")
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        context.Warn(Issue(context, GenomicIssueCodes.MafBadCount, line, columns[column] + 1, column, $"{column} '{text}' is not an integer; stored as null"));
        return null;
    }

    private static ParseIssue Issue(IngestContext context, string code, long line, int? column, string? field, string message) =>
        new(code, IssueSeverity.Error, context.File.Name, line, column, field, message);
}
