using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>
/// Copy number → <c>copy_number</c>: gene-level discrete calls (GISTIC −2…2; cBioPortal data_CNA wide layout or the
/// long Hugo_Symbol/Sample_Id/Value layout), gene-level log2 ratios (wide), and SEG segment files.
/// </summary>
/// <remarks>
/// CN1 the layout comes from the header: a second column naming the chromosome is SEG (ID, chrom, loc.start, loc.end,
/// num.mark, seg.mean); Sample_Id + Value is the long discrete layout; otherwise Hugo_Symbol / Entrez_Gene_Id followed by
/// one column per sample. CN2 a wide file holds log2 ratios when its name says so (log2, log, continuous), else discrete
/// calls, which must be integers in −2…2. CN3 NA and empty cells are accepted as missing and not stored. CN4 sample ids
/// link to genomics assays as in VCF and MAF. A record is one value (wide, long) or one segment (SEG).
/// </remarks>
public sealed class CnaIngester : ISourceIngester
{
    public string Kind => "cna";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        return name.EndsWith(".seg", StringComparison.Ordinal) || name.Contains("data_cna", StringComparison.Ordinal)
            || name.Contains("gistic", StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal);
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var reader = TabularLines.Open(context);
        var samples = new GenomicSamples(context);
        long lineNumber = 0;
        string[]? header = null;
        var layout = Layout.Wide;
        var log2 = IsLog2(context.File.Name);
        long missing = 0;
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = TabularLines.Split(line);
            if (header is null)
            {
                header = cells;
                layout = Detect(context, header, lineNumber);
                context.Unit = layout == Layout.Segment ? "segments" : "values";
                continue;
            }

            if (cells.Length > header.Length)
            {
                context.Reject(Issue(context, GenomicIssueCodes.CnaColumnCount, lineNumber, header.Length + 1, null,
                    string.Create(CultureInfo.InvariantCulture, $"{cells.Length} columns where the header has {header.Length}")),
                    layout == Layout.Wide ? Math.Max(1, header.Length - FirstSampleColumn(header)) : 1);
                continue;
            }

            missing += layout switch
            {
                Layout.Segment => LoadSegment(context, samples, cells, lineNumber),
                Layout.Long => LoadLong(context, samples, header, cells, lineNumber),
                _ => LoadWide(context, samples, header, cells, lineNumber, log2),
            };
        }

        if (header is null)
        {
            throw OmicsBridgeException.FromIssue(Issue(context, GenomicIssueCodes.CnaUnknownLayout, lineNumber, null, null, "the file has no header line; nothing was loaded"));
        }

        samples.Report();
        context.Note(layout switch
        {
            Layout.Segment => "SEG segments",
            Layout.Long => "discrete calls (long layout)",
            _ => log2 ? "log2 ratios (wide layout)" : "discrete calls (wide layout)",
        });
        if (missing > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{missing:N0} missing values (NA, empty) accepted as missing, not stored"));
        }
    }

    private enum Layout
    {
        Wide,
        Long,
        Segment,
    }

    private static bool IsLog2(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower.Contains("log", StringComparison.Ordinal) || lower.Contains("continuous", StringComparison.Ordinal);
    }

    private static Layout Detect(IngestContext context, string[] header, long line)
    {
        if (header.Length >= 6 && header[1].Contains("chr", StringComparison.OrdinalIgnoreCase))
        {
            return Layout.Segment;
        }

        var names = new HashSet<string>(header, StringComparer.OrdinalIgnoreCase);
        if (names.Contains("Sample_Id") && names.Contains("Value"))
        {
            return Layout.Long;
        }

        if (names.Contains("Hugo_Symbol") || names.Contains("Entrez_Gene_Id"))
        {
            return Layout.Wide;
        }

        throw OmicsBridgeException.FromIssue(Issue(context, GenomicIssueCodes.CnaUnknownLayout, line, 1, null,
            "the header is neither data_CNA (Hugo_Symbol, Entrez_Gene_Id, samples…), the long layout (Sample_Id, Value) nor SEG (ID, chrom, loc.start, loc.end, num.mark, seg.mean); nothing was loaded"));
    }

    private static int FirstSampleColumn(string[] header)
    {
        var i = 0;
        while (i < header.Length && (header[i].Equals("Hugo_Symbol", StringComparison.OrdinalIgnoreCase) || header[i].Equals("Entrez_Gene_Id", StringComparison.OrdinalIgnoreCase)))
        {
            i++;
        }

        return i;
    }

    private static long LoadWide(IngestContext context, GenomicSamples samples, string[] header, string[] cells, long line, bool log2)
    {
        var first = FirstSampleColumn(header);
        var gene = Gene(header, cells);
        long missing = 0;
        for (var c = first; c < header.Length; c++)
        {
            var text = c < cells.Length ? cells[c] : string.Empty;
            missing += LoadValue(context, samples, header[c], gene, text, log2, line, c + 1);
        }

        return missing;
    }

    private static long LoadLong(IngestContext context, GenomicSamples samples, string[] header, string[] cells, long line)
    {
        var sampleColumn = Array.FindIndex(header, h => h.Equals("Sample_Id", StringComparison.OrdinalIgnoreCase));
        var valueColumn = Array.FindIndex(header, h => h.Equals("Value", StringComparison.OrdinalIgnoreCase));
        var sample = sampleColumn < cells.Length ? cells[sampleColumn] : string.Empty;
        var text = valueColumn < cells.Length ? cells[valueColumn] : string.Empty;
        if (sample.Length == 0)
        {
            context.Reject(Issue(context, GenomicIssueCodes.CnaBadValue, line, sampleColumn + 1, "Sample_Id", "Sample_Id is empty"));
            return 0;
        }

        return LoadValue(context, samples, sample, Gene(header, cells), text, log2: false, line, valueColumn + 1);
    }

    private static long LoadValue(IngestContext context, GenomicSamples samples, string sample, string? gene, string text, bool log2, long line, int column)
    {
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text == "NaN")
        {
            context.Accept();
            return 1;
        }

        int? discrete = null;
        double? ratio = null;
        if (log2)
        {
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                context.Reject(Issue(context, GenomicIssueCodes.CnaBadValue, line, column, sample, $"'{text}' is not a number"));
                return 0;
            }

            ratio = value;
        }
        else
        {
            if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value is < -2 or > 2)
            {
                context.Reject(Issue(context, GenomicIssueCodes.CnaBadValue, line, column, sample, $"'{text}' is not a discrete copy-number call (−2…2)"));
                return 0;
            }

            discrete = value;
        }

        var assay = samples.AssayOf(sample);
        if (assay is null)
        {
            context.Reject(Issue(context, GenomicIssueCodes.AmbiguousAssay, line, column, sample, $"sample {sample} has several genomics assays; the value cannot be linked"));
            return 0;
        }

        context.Table(CopyNumberTable.Schema).NewRow()
            .AppendValue(assay)
            .AppendValue(sample)
            .AppendValue(gene)
            .AppendValue(discrete)
            .AppendValue(ratio)
            .AppendNullValue()
            .AppendNullValue()
            .AppendNullValue()
            .AppendNullValue()
            .AppendNullValue()
            .AppendValue(context.File.Sha256)
            .AppendValue(context.RunId)
            .EndRow();
        context.Accept();
        return 0;
    }

    private static long LoadSegment(IngestContext context, GenomicSamples samples, string[] cells, long line)
    {
        if (cells.Length < 6 || cells[0].Length == 0)
        {
            context.Reject(Issue(context, GenomicIssueCodes.CnaColumnCount, line, Math.Min(cells.Length, 6), null, "a SEG line needs ID, chrom, loc.start, loc.end, num.mark and seg.mean"));
            return 0;
        }

        if (!long.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start < 1
            || !long.TryParse(cells[3], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end < start)
        {
            context.Reject(Issue(context, GenomicIssueCodes.CnaBadPosition, line, 3, "loc.start", $"segment '{cells[2]}'–'{cells[3]}' is not a pair of positive integers with start ≤ end"));
            return 0;
        }

        int? probes = int.TryParse(cells[4], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
        if (!double.TryParse(cells[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean))
        {
            context.Reject(Issue(context, GenomicIssueCodes.CnaBadValue, line, 6, "seg.mean", $"seg.mean '{cells[5]}' is not a number"));
            return 0;
        }

        var assay = samples.AssayOf(cells[0]);
        if (assay is null)
        {
            context.Reject(Issue(context, GenomicIssueCodes.AmbiguousAssay, line, 1, "ID", $"sample {cells[0]} has several genomics assays; the segment cannot be linked"));
            return 0;
        }

        context.Table(CopyNumberTable.Schema).NewRow()
            .AppendValue(assay)
            .AppendValue(cells[0])
            .AppendNullValue()
            .AppendNullValue()
            .AppendNullValue()
            .AppendValue(GenomeAssemblies.CanonicalContig(cells[1]))
            .AppendValue(start)
            .AppendValue(end)
            .AppendValue(probes)
            .AppendValue(mean)
            .AppendValue(context.File.Sha256)
            .AppendValue(context.RunId)
            .EndRow();
        context.Accept();
        return 0;
    }

    private static string? Gene(string[] header, string[] cells)
    {
        var i = Array.FindIndex(header, h => h.Equals("Hugo_Symbol", StringComparison.OrdinalIgnoreCase));
        if (i >= 0 && i < cells.Length && cells[i].Length > 0)
        {
            return cells[i];
        }

        var e = Array.FindIndex(header, h => h.Equals("Entrez_Gene_Id", StringComparison.OrdinalIgnoreCase));
        return e >= 0 && e < cells.Length && cells[e].Length > 0 ? "ENTREZ:" + cells[e] : null;
    }

    private static ParseIssue Issue(IngestContext context, string code, long line, int? column, string? field, string message) =>
        new(code, IssueSeverity.Error, context.File.Name, line, column, field, message);
}
