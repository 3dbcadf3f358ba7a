using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf.Bgzf;
using OmicsBridge.Formats.Vcf.Index;

namespace OmicsBridge.Formats.Vcf;

// Region reads: seek to the index's first chunk for the region, then scan forward, keeping overlapping records and
// stopping at the first record past the end. Sortedness is what makes the stop correct, so a record out of order
// here is reported (VCF020) like anywhere else.
public sealed partial class VcfReader
{
    private GenomicRegion? _region;
    private string? _regionContig;
    private bool _regionEmpty;

    /// <summary>
    /// The .tbi or .csi index beside <paramref name="path"/> (tabix's naming); without one, a usage error that names the
    /// file and the fix.
    /// </summary>
    public static string IndexBeside(string path) => TabixIndex.FindBeside(path)
        ?? throw OmicsBridgeException.Usage($"--region needs an index beside {path} (.tbi or .csi); run: tabix -p vcf {Path.GetFileName(path)}");

    private static VcfReader OpenRegion(Stream stream, string fileName, string indexPath, VcfReaderOptions options)
    {
        var region = GenomicRegion.Parse(options.Region!);
        Span<byte> head = stackalloc byte[18];
        var n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (!BgzfReader.IsBgzf(head[..n]))
        {
            throw OmicsBridgeException.Usage($"--region needs a BGZF-compressed file (bgzip) with a .tbi or .csi index; {fileName} is not BGZF");
        }

        var index = TabixIndex.Load(indexPath);
        var bgzf = new BgzfReader(stream, fileName);
        var reader = new VcfReader(bgzf, fileName, options);
        reader._region = region;
        reader._regionContig = ResolveContig(index, region.Contig);
        long? offset = reader._regionContig is null ? null : index.StartOffset(reader._regionContig, region.Start, region.End);
        if (offset is null)
        {
            reader._regionEmpty = true;
            return reader;
        }

        // Lines before the seek point are not counted; line numbers become relative to it, so issues say so.
        bgzf.SeekVirtual(offset.Value);
        reader._position = 0;
        reader._end = 0;
        reader._eof = false;
        reader._lineNumber = 0;
        return reader;
    }

    private static string? ResolveContig(TabixIndex index, string contig)
    {
        if (index.ContigNames.Contains(contig))
        {
            return contig;
        }

        var canonical = GenomeAssemblies.CanonicalContig(contig);
        return index.ContigNames.FirstOrDefault(n => GenomeAssemblies.CanonicalContig(n) == canonical);
    }

    private RecordVerdict CheckRegion(VcfRecord record)
    {
        if (_region is null)
        {
            return RecordVerdict.Accept;
        }

        if (_regionEmpty)
        {
            return RecordVerdict.PastRegion;
        }

        if (record.Chrom != _regionContig)
        {
            // Before the contig's first record we may still be in the previous contig's tail; after it, we are done.
            return _orderChrom == _regionContig ? RecordVerdict.PastRegion : RecordVerdict.SkipRegion;
        }

        if (record.Position > _region.End)
        {
            return RecordVerdict.PastRegion;
        }

        if (record.Position < _orderPosition && _orderChrom == _regionContig)
        {
            AddIssue(record, record.ColumnStart[1], VcfIssueCodes.OutOfOrder, IssueSeverity.Error, "POS",
                string.Create(CultureInfo.InvariantCulture, $"POS {record.Position} comes after {_orderPosition} in an indexed region read; results may be incomplete"));
            return RecordVerdict.Reject;
        }

        _orderChrom = _regionContig;
        _orderPosition = record.Position;
        var end = EndOf(record);
        return end < _region.Start ? RecordVerdict.SkipRegion : RecordVerdict.Accept;
    }

    private static long EndOf(VcfRecord record)
    {
        // END from INFO when present (symbolic SVs), else the REF span; record.End needs SetAlts-free data only.
        var fromInfo = record.GetInfoInt64("END");
        return fromInfo ?? record.Position + Math.Max(1, record.Column(3).Length) - 1;
    }
}
