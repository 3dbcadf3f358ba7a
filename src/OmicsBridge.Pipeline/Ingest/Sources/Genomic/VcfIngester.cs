using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Fasta;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Formats.Vcf.Annotation;
using OmicsBridge.Formats.Vcf.Normalization;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>
/// VCF (plain, gzip, BGZF; single- or multi-sample) → <c>variant</c>, <c>variant_annotation</c>, <c>genotype</c> and
/// <c>genotype_summary</c>. A record is one data line: read = loaded lines + rejected lines.
/// </summary>
/// <remarks>
/// VC1 multi-allelic lines are split as <c>bcftools norm -m-</c> does; each ALT is trimmed (left-aligned with
/// --reference) and keyed <c>assembly:chrom-pos-ref-alt</c>; a key the lake already has gets no second variant row.
/// VC2 for every sample, calls that are not hom-ref for the ALT are stored (het, hom-alt, hemizygous, partly or wholly
/// missing); hom-ref calls are counted per assay in <c>genotype_summary</c>. VC3 sample names link to genomics assays
/// through the manifest's sample_id; unknown samples are created without a patient and reported; a sample with several
/// genomics assays is ambiguous and its calls are rejected (counted in a note, the lines still load). VC4 CSQ/ANN
/// entries of the ALT all go to <c>variant_annotation</c>; the picked one (canonical, then most severe) is inline in
/// <c>variant</c>. VC5 a reference-only line (ALT <c>.</c>) loads no variant. Errors of the reader reject their line;
/// fatal ones (truncated BGZF, duplicate samples, broken header) fail the file and nothing of the run is committed.
/// </remarks>
public sealed class VcfIngester(GenomicIngestOptions? options = null) : ISourceIngester
{
    private static readonly string[] s_zygosity = ["missing", "hom_ref", "het", "hom_alt", "hemizygous", "partial_missing"];

    private readonly GenomicIngestOptions _options = options ?? new GenomicIngestOptions();
    private readonly VariantCatalog _catalog = new();

    public string Kind => "vcf";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        return name.EndsWith(".vcf", StringComparison.Ordinal) || name.EndsWith(".vcf.gz", StringComparison.Ordinal)
            || name.EndsWith(".vcf.bgz", StringComparison.Ordinal) || head.StartsWith("##fileformat=VCF"u8);
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "records";
        using var fasta = _options.ReferenceFasta is { } fastaPath ? OpenFasta(fastaPath) : null;
        var readerOptions = new VcfReaderOptions
        {
            Region = _options.Region,
            // The index lies beside the original file; the landed copy holds the same bytes.
            IndexPath = _options.Region is null ? null : VcfReader.IndexBeside(context.File.OriginalPath),
            ReferenceFasta = fasta,
            Assembly = _options.Assembly is { } stated ? ParseAssembly(stated) : null,
        };
        using var reader = VcfReader.Open(context.OpenRead(), context.File.Name, readerOptions);
        var state = new FileState(context, reader, fasta);
        using var genotypes = new GenotypeBatchWriter(context.Table(GenotypeTable.Schema), context.File.Sha256, state.Assays);

        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            state.Drain();
            LoadRecord(state, reader.Current, genotypes);
        }

        state.Drain();
        genotypes.Complete();
        state.Finish(genotypes.Rows);
    }

    private void LoadRecord(FileState state, VcfRecord record, GenotypeBatchWriter genotypes)
    {
        state.Context.Accept();
        if (record.AltCount == 0)
        {
            state.ReferenceOnly++;
            return;
        }

        var alleles = VcfAlleleSplitter.Split(record, state.Normalizer);
        var calls = record.Header.Samples.Count > 0 ? record.Genotypes : null;
        foreach (var allele in alleles)
        {
            var key = allele.GetKey(state.Assembly).ToQualifiedString();
            state.Variants++;
            if (_catalog.Add(state.Context, key))
            {
                WriteVariant(state, record, allele, key);
            }

            if (calls is not null)
            {
                StoreCalls(state, calls, allele, key, genotypes);
            }
        }
    }

    /// <summary>The ALT's non-hom-ref calls of linked samples → <c>genotype</c> rows, filled a column at a time.</summary>
    // Optimized at its first call, not run as precompiled code until tiering catches up (see VcfGenotypes.DecodeSamples).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void StoreCalls(FileState state, VcfGenotypes calls, VcfSplitAllele allele, string key, GenotypeBatchWriter genotypes)
    {
        var carriers = state.Linked(calls.GetNonHomRefSamples(allele.AltIndex));
        var withFractions = calls.HasAlleleDepths || state.FormatHasAf;
        while (!carriers.IsEmpty)
        {
            var rows = genotypes.Reserve(key, carriers.Length);
            var chunk = carriers[..rows.Length];
            // The GT column holds each call's code until it is replaced by the code of the call's GT text.
            calls.CopyCalls(chunk, allele.AltIndex, rows.Gt, rows.Phased, rows.Dp, rows.Gq);
            for (var i = 0; i < chunk.Length; i++)
            {
                var sample = chunk[i];
                state.Stored[sample]++;
                rows.Assay[i] = sample;
                (rows.Gt[i], rows.Zygosity[i]) = state.Call(rows.Gt[i], calls, sample, allele.AltIndex, genotypes);
                if (withFractions)
                {
                    var depths = calls.GetAlleleDepths(sample);
                    rows.AdRef[i] = depths.Length > allele.AltIndex && depths[0] >= 0 ? depths[0] : null;
                    rows.AdAlt[i] = depths.Length > allele.AltIndex && depths[allele.AltIndex] >= 0 ? depths[allele.AltIndex] : null;
                    rows.Vaf[i] = calls.GetVariantAlleleFraction(sample, allele.AltIndex) ?? state.FormatAlleleFraction(allele, sample);
                }
            }

            genotypes.Advance(chunk.Length);
            carriers = carriers[chunk.Length..];
        }
    }

    private static void WriteVariant(FileState state, VcfRecord record, VcfSplitAllele allele, string key)
    {
        var n = allele.Normalized;
        var entries = state.Annotations.IsAnnotated ? state.Annotations.ParseForAlt(record, allele.AltIndex) : [];
        var picked = VariantAnnotations.Pick(entries);
        var symbolic = allele.Kind is VcfAlleleKind.Symbolic or VcfAlleleKind.Breakend;
        state.Context.Table(VariantTable.Schema).NewRow()
            .AppendValue(key)
            .AppendValue(state.AssemblyName)
            .AppendValue(GenomeAssemblies.CanonicalContig(allele.Chrom))
            .AppendValue(n.Position)
            .AppendValue(n.Ref)
            .AppendValue(n.Alt)
            .AppendValue(VariantType(allele))
            .AppendValue(symbolic ? allele.End : n.Position + Math.Max(1, n.Ref.Length) - 1)
            .AppendValue(allele.StructuralVariantLength)
            .AppendValue(RsIds(record))
            .AppendValue(picked?.GeneSymbol)
            .AppendValue(picked is null ? null : string.Join('&', picked.Consequences))
            .AppendValue(picked?.Transcript)
            .AppendValue(HgvsGenomic.Describe(state.Assembly, allele.Chrom, n.Position, n.Ref, n.Alt, state.Fasta))
            .AppendValue(picked?.HgvsC)
            .AppendValue(picked?.HgvsP)
            .AppendValue(picked?.Impact)
            .AppendValue(allele.GetInfo("CLNSIG")?.ToLowerInvariant())
            .AppendValue(state.Context.File.Sha256)
            .AppendValue(state.Context.RunId)
            .EndRow();

        var annotations = state.Context.Table(VariantAnnotationTable.Schema);
        foreach (var entry in entries)
        {
            annotations.NewRow()
                .AppendValue(key)
                .AppendValue(entry.Source == "CSQ" ? "VEP" : "SnpEff")
                .AppendValue(entry.GeneSymbol)
                .AppendValue(string.Join('&', entry.Consequences))
                .AppendValue(entry.Transcript)
                .AppendValue(entry.HgvsC)
                .AppendValue(entry.HgvsP)
                .AppendValue(entry.Impact)
                .AppendValue(entry.Source == "CSQ" ? entry.IsCanonical : null)
                .AppendValue(ReferenceEquals(entry, picked))
                .AppendValue(state.Context.File.Sha256)
                .AppendValue(state.Context.RunId)
                .EndRow();
        }
    }

    private static string VariantType(VcfSplitAllele allele) => allele.Kind switch
    {
        VcfAlleleKind.Snv => "SNV",
        VcfAlleleKind.Mnv => allele.Normalized.Ref.Length == 1 ? "SNV" : "MNV",
        VcfAlleleKind.Insertion => "INS",
        VcfAlleleKind.Deletion => "DEL",
        VcfAlleleKind.Complex => "DELINS",
        VcfAlleleKind.Symbolic => (allele.SymbolicType ?? "SV").Split(':')[0],
        VcfAlleleKind.Breakend => "BND",
        VcfAlleleKind.Overlapping => "OVERLAPPED",
        VcfAlleleKind.NonRef => "NON_REF",
        _ => "UNKNOWN",
    };

    private static string? RsIds(VcfRecord record)
    {
        var id = record.Id;
        if (id is null)
        {
            return null;
        }

        var rs = id.Split(';').Where(i => i.StartsWith("rs", StringComparison.OrdinalIgnoreCase)).ToArray();
        return rs.Length == 0 ? null : string.Join(';', rs);
    }

    private static IndexedFastaReader OpenFasta(string path)
    {
        if (!File.Exists(path))
        {
            throw OmicsBridgeException.NotFound($"{path}: reference FASTA not found.");
        }

        return new IndexedFastaReader(path);
    }

    private static GenomeAssembly ParseAssembly(string text)
    {
        var assembly = GenomeAssemblies.Parse(text);
        return assembly != GenomeAssembly.Unknown
            ? assembly
            : throw OmicsBridgeException.Usage($"Unknown assembly '{text}'. Known: GRCh37 (hg19, b37), GRCh38 (hg38).");
    }

    /// <summary>What one file's load keeps between records: links, counters, caches.</summary>
    private sealed class FileState
    {
        private readonly VcfReader _reader;
        // Calls of up to three alleles (nearly all) are looked up by their code in an array, the rest by hashing; an
        // entry holds 1 + 8 × GT code + zygosity code (six zygosities), 0 while the call has not been seen.
        private readonly int[] _commonCalls = new int[1 << 11];
        private readonly Dictionary<int, (int Gt, int Zygosity)> _otherCalls = [];
        // Filtering carriers is skipped when every sample's calls are stored.
        private readonly bool _allLinked;
        private int[] _linkedCarriers = [];
        private int _issuesSeen;
        private long _rejectedCounted;

        public FileState(IngestContext context, VcfReader reader, IndexedFastaReader? fasta)
        {
            Context = context;
            _reader = reader;
            Fasta = fasta;
            Normalizer = new VcfNormalizer(fasta);
            Assembly = reader.Assembly;
            AssemblyName = Assembly.ToString();
            Annotations = new VariantAnnotations(reader.Header);
            FormatHasAf = reader.Header.Format.ContainsKey("AF");
            var samples = new GenomicSamples(context);
            Links = samples;
            Assays = [.. reader.Header.Samples.Select(samples.AssayOf)];
            _allLinked = Array.TrueForAll(Assays, a => a is not null);
            Stored = new long[Assays.Length];
        }

        public IngestContext Context { get; }

        public IndexedFastaReader? Fasta { get; }

        public VcfNormalizer Normalizer { get; }

        public GenomeAssembly Assembly { get; }

        public string AssemblyName { get; }

        public VariantAnnotations Annotations { get; }

        public GenomicSamples Links { get; }

        public string?[] Assays { get; }

        /// <summary>True when FORMAT declares AF, which stands in for the VAF where AD gives none.</summary>
        public bool FormatHasAf { get; }

        /// <summary>Stored calls per sample; a linked sample's hom-ref calls are the rest of <see cref="Variants"/>.</summary>
        public long[] Stored { get; }

        public long Variants { get; set; }

        public long Unlinked { get; set; }

        public long ReferenceOnly { get; set; }

        /// <summary>The samples of <paramref name="carriers"/> whose calls are stored; the others are counted as unlinked.</summary>
        public ReadOnlySpan<int> Linked(ReadOnlySpan<int> carriers)
        {
            if (_allLinked)
            {
                return carriers;
            }

            if (_linkedCarriers.Length < carriers.Length)
            {
                _linkedCarriers = new int[Assays.Length];
            }

            var n = 0;
            foreach (var sample in carriers)
            {
                if (Assays[sample] is not null)
                {
                    _linkedCarriers[n++] = sample;
                }
                else
                {
                    Unlinked++;
                }
            }

            return _linkedCarriers.AsSpan(0, n);
        }

        /// <summary>
        /// The GT and zygosity codes (<paramref name="genotypes"/>') of a sample's call of one ALT after splitting, from
        /// its <see cref="VcfGenotypes.GetCallCode"/>: the GT text and zygosity are worked out once per distinct call,
        /// not per row.
        /// </summary>
        public (int Gt, int Zygosity) Call(int callCode, VcfGenotypes calls, int sample, int altIndex, GenotypeBatchWriter genotypes)
        {
            if ((uint)callCode < (uint)_commonCalls.Length)
            {
                var known = _commonCalls[callCode];
                if (known == 0)
                {
                    var (gt, zygosity) = Describe(calls, sample, altIndex, genotypes);
                    _commonCalls[callCode] = known = 1 + (8 * gt) + zygosity;
                }

                return ((known - 1) / 8, (known - 1) % 8);
            }

            if (callCode < 0)
            {
                return Describe(calls, sample, altIndex, genotypes);
            }

            if (!_otherCalls.TryGetValue(callCode, out var call))
            {
                _otherCalls[callCode] = call = Describe(calls, sample, altIndex, genotypes);
            }

            return call;
        }

        private static (int Gt, int Zygosity) Describe(VcfGenotypes calls, int sample, int altIndex, GenotypeBatchWriter genotypes) =>
            (genotypes.GtCode(calls.FormatGenotype(sample, altIndex)), genotypes.ZygosityCode(s_zygosity[(int)calls.GetZygosity(sample, altIndex)]));

        public double? FormatAlleleFraction(VcfSplitAllele allele, int sample) =>
            FormatHasAf && allele.GetFormat(sample, "AF") is { } af
                && double.TryParse(af, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

        /// <summary>Moves the reader's new issues to the context: one error rejects one line, warnings are kept.</summary>
        public void Drain()
        {
            var issues = _reader.Issues;
            for (; _issuesSeen < issues.Count; _issuesSeen++)
            {
                var issue = issues[_issuesSeen];
                if (issue.Severity == IssueSeverity.Error)
                {
                    var counts = _rejectedCounted < _reader.RejectedCount ? 1 : 0;
                    _rejectedCounted += counts;
                    Context.Reject(issue, counts);
                }
                else
                {
                    Context.Warn(issue);
                }
            }
        }

        public void Finish(long storedRows)
        {
            var uncounted = _reader.RejectedCount - _rejectedCounted;
            if (uncounted > 0)
            {
                Context.Reject(new ParseIssue(GenomicIssueCodes.RejectedBeyondCap, IssueSeverity.Error, Context.File.Name, _reader.Issues[^1].Line, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"{uncounted:N0} more lines were rejected past the first {_reader.Issues.Count:N0} issues kept")),
                    uncounted);
            }

            var summary = Context.Table(GenotypeSummaryTable.Schema);
            for (var s = 0; s < Assays.Length; s++)
            {
                if (Assays[s] is not { } assay)
                {
                    continue;
                }

                summary.NewRow()
                    .AppendValue(assay)
                    .AppendValue(Context.File.Sha256)
                    .AppendValue(Variants)
                    .AppendValue(Variants - Stored[s])
                    .AppendValue(Stored[s])
                    .AppendValue(Context.RunId)
                    .EndRow();
            }

            Links.Report();
            Context.Note(string.Create(CultureInfo.InvariantCulture,
                $"{Variants:N0} variant alleles, {Assays.Length:N0} samples, {storedRows:N0} non-hom-ref calls stored, {(Variants * Assays.Length) - Stored.Sum() - Unlinked:N0} hom-ref calls counted"));
            if (ReferenceOnly > 0)
            {
                Context.Note(string.Create(CultureInfo.InvariantCulture, $"{ReferenceOnly:N0} reference-only lines (ALT '.') loaded no variant"));
            }

            if (Unlinked > 0)
            {
                Context.Note(string.Create(CultureInfo.InvariantCulture,
                    $"{Unlinked:N0} calls of samples with several genomics assays were not stored: the assay they belong to is ambiguous"));
            }
        }
    }
}
