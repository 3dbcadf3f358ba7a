using System.Globalization;
using System.Text;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// One data line, as a view over the reader's buffer: valid until the next <see cref="VcfReader.Read"/>.
/// </summary>
/// <remarks>
/// Columns are byte spans; strings are made only when asked for. Genotypes decode on first access of
/// <see cref="Genotypes"/> (or during <see cref="VcfReader.Read"/> when <see cref="VcfReaderOptions.ValidateGenotypes"/>
/// is on, since validation is the same pass). Copy what you need before reading on.
/// </remarks>
public sealed class VcfRecord
{
    private readonly VcfReader _reader;
    private int[] _altStart = new int[4];
    private int[] _altEnd = new int[4];
    private readonly VcfGenotypes _genotypes;
    private bool _genotypesReady;

    internal VcfRecord(VcfReader reader)
    {
        _reader = reader;
        _genotypes = new VcfGenotypes(reader.Header);
        SampleColumns = new SampleBoundaries(reader.Header.Samples.Count);
        Chrom = string.Empty;
    }

    internal byte[] Buffer { get; set; } = [];

    internal int LineStart { get; set; }

    internal int LineEnd { get; set; }

    // Absolute offsets into Buffer of the start and end (exclusive) of columns 0..8; column 9 starts the samples.
    internal int[] ColumnStart { get; } = new int[10];

    internal int[] ColumnEnd { get; } = new int[10];

    internal int ColumnCount { get; set; }

    /// <summary>Where each sample column ends, found when the line is split into columns.</summary>
    internal SampleBoundaries SampleColumns { get; }

    /// <summary>The header this record belongs to.</summary>
    public VcfHeader Header => _reader.Header;

    /// <summary>1-based line number in the (decompressed) file.</summary>
    public long LineNumber { get; internal set; }

    /// <summary>CHROM as written (interned per reader).</summary>
    public string Chrom { get; internal set; }

    /// <summary>POS, 1-based.</summary>
    public long Position { get; internal set; }

    /// <summary>Raw ID column.</summary>
    public ReadOnlySpan<byte> IdBytes => Column(2);

    /// <summary>ID, or null when <c>.</c>.</summary>
    public string? Id => IsDot(Column(2)) ? null : Encoding.ASCII.GetString(Column(2));

    /// <summary>Raw REF.</summary>
    public ReadOnlySpan<byte> RefBytes => Column(3);

    /// <summary>REF as a string.</summary>
    public string Ref => Encoding.ASCII.GetString(Column(3));

    /// <summary>Raw ALT column (comma-separated).</summary>
    public ReadOnlySpan<byte> AltBytes => Column(4);

    /// <summary>Number of ALT alleles (0 when ALT is <c>.</c>).</summary>
    public int AltCount { get; private set; }

    /// <summary>Number of alleles, REF included.</summary>
    public int AlleleCount => AltCount + 1;

    /// <summary>QUAL, or null when <c>.</c>.</summary>
    public double? Quality { get; internal set; }

    /// <summary>Raw FILTER column.</summary>
    public ReadOnlySpan<byte> FilterBytes => Column(6);

    /// <summary>FILTER values; empty when <c>.</c> (not evaluated), <c>["PASS"]</c> when passed.</summary>
    public IReadOnlyList<string> Filters =>
        IsDot(Column(6)) ? [] : Encoding.ASCII.GetString(Column(6)).Split(';');

    /// <summary>Raw INFO column.</summary>
    public ReadOnlySpan<byte> InfoBytes => Column(7);

    /// <summary>Raw FORMAT column (empty when the file has no samples).</summary>
    public ReadOnlySpan<byte> FormatBytes => ColumnCount > 8 ? Column(8) : [];

    /// <summary>The raw line without its newline.</summary>
    public ReadOnlySpan<byte> LineBytes => Buffer.AsSpan(LineStart, LineEnd - LineStart);

    /// <summary>Per-sample calls, decoded on first access.</summary>
    public VcfGenotypes Genotypes
    {
        get
        {
            if (!_genotypesReady)
            {
                _genotypesReady = true;
                _genotypes.Decode(this, null);
            }

            return _genotypes;
        }
    }

    /// <summary>An ALT allele's raw bytes; <paramref name="altIndex"/> is 1-based (allele index as in GT).</summary>
    public ReadOnlySpan<byte> GetAltBytes(int altIndex)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(altIndex, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(altIndex, AltCount);
        return Buffer.AsSpan(_altStart[altIndex - 1], _altEnd[altIndex - 1] - _altStart[altIndex - 1]);
    }

    /// <summary>An ALT allele as a string; <paramref name="altIndex"/> is 1-based.</summary>
    public string GetAlt(int altIndex) => Encoding.ASCII.GetString(GetAltBytes(altIndex));

    /// <summary>Any allele: 0 is REF, 1.. are ALTs.</summary>
    public ReadOnlySpan<byte> GetAlleleBytes(int allele) => allele == 0 ? RefBytes : GetAltBytes(allele);

    /// <summary>Classifies an ALT allele (1-based index) against REF.</summary>
    public VcfAlleleKind GetAlleleKind(int altIndex) => AlleleClassifier.Classify(RefBytes, GetAltBytes(altIndex));

    /// <summary>For a symbolic allele, its ID without brackets (<c>DEL</c>, <c>DUP:TANDEM</c>); else null.</summary>
    public string? GetSymbolicType(int altIndex)
    {
        var alt = GetAltBytes(altIndex);
        return alt.Length > 2 && alt[0] == (byte)'<' && alt[^1] == (byte)'>' ? Encoding.ASCII.GetString(alt[1..^1]) : null;
    }

    /// <summary>The last reference position covered: INFO END when present, else POS + len(REF) - 1.</summary>
    public long End => GetInfoInt64("END") ?? Position + Math.Max(1, Column(3).Length) - 1;

    /// <summary>SVLEN for an ALT (1-based; VCF 4.4 SVLEN is Number=A, older files give one value), or null.</summary>
    public long? GetStructuralVariantLength(int altIndex)
    {
        if (!TryGetInfo("SVLEN", out var value))
        {
            return null;
        }

        var count = value.Count((byte)',') + 1;
        return GetNth(value, count == 1 ? 0 : altIndex - 1, out var item) && long.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : null;
    }

    /// <summary>Finds an INFO key; flags give an empty value. False when absent.</summary>
    public bool TryGetInfo(string key, out ReadOnlySpan<byte> value)
    {
        ArgumentNullException.ThrowIfNull(key);
        Span<byte> utf8 = stackalloc byte[Math.Min(256, Encoding.UTF8.GetMaxByteCount(key.Length))];
        var n = Encoding.UTF8.GetBytes(key, utf8);
        return TryGetInfo(utf8[..n], out value);
    }

    /// <summary>Finds an INFO key given as UTF-8 bytes.</summary>
    public bool TryGetInfo(scoped ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        var info = Column(7);
        value = default;
        if (IsDot(info))
        {
            return false;
        }

        while (!info.IsEmpty)
        {
            var semi = info.IndexOf((byte)';');
            var entry = semi < 0 ? info : info[..semi];
            var eq = entry.IndexOf((byte)'=');
            var k = eq < 0 ? entry : entry[..eq];
            if (k.SequenceEqual(key))
            {
                value = eq < 0 ? [] : entry[(eq + 1)..];
                return true;
            }

            info = semi < 0 ? [] : info[(semi + 1)..];
        }

        return false;
    }

    /// <summary>True when a Flag (or any key) is present in INFO.</summary>
    public bool HasInfo(string key) => TryGetInfo(key, out _);

    /// <summary>The raw INFO value as a string (null when absent, empty for flags).</summary>
    public string? GetInfoString(string key) => TryGetInfo(key, out var v) ? Encoding.UTF8.GetString(v) : null;

    /// <summary>One value of an Integer INFO key (0-based <paramref name="index"/> within the list); null when absent or <c>.</c>.</summary>
    public int? GetInfoInt32(string key, int index = 0) =>
        TryGetInfo(key, out var v) && GetNth(v, index, out var item) && int.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>One value of an Integer INFO key as 64-bit (END, SVLEN on long contigs).</summary>
    public long? GetInfoInt64(string key, int index = 0) =>
        TryGetInfo(key, out var v) && GetNth(v, index, out var item) && long.TryParse(item, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>One value of a Float INFO key; null when absent or <c>.</c>.</summary>
    public double? GetInfoDouble(string key, int index = 0) =>
        TryGetInfo(key, out var v) && GetNth(v, index, out var item) && double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>All INFO entries as strings (allocates; for materialising, not for hot loops).</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> GetInfoEntries()
    {
        var result = new List<KeyValuePair<string, string?>>();
        var info = Column(7);
        if (IsDot(info))
        {
            return result;
        }

        foreach (var part in Encoding.UTF8.GetString(info).Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            result.Add(eq < 0 ? new(part, null) : new(part[..eq], part[(eq + 1)..]));
        }

        return result;
    }

    /// <summary>Copies the record's identity for logs and rejects: <c>chrom:pos ref&gt;alt</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Chrom}:{Position} {Encoding.ASCII.GetString(Column(3))}>{Encoding.ASCII.GetString(Column(4))}");

    internal ReadOnlySpan<byte> Column(int i) => Buffer.AsSpan(ColumnStart[i], ColumnEnd[i] - ColumnStart[i]);

    internal void Reset() => _genotypesReady = false;

    internal void MarkGenotypesDecoded() => _genotypesReady = true;

    internal VcfGenotypes GenotypesStorage => _genotypes;

    internal void SetAlts()
    {
        var start = ColumnStart[4];
        var alt = Column(4);
        if (IsDot(alt))
        {
            AltCount = 0;
            return;
        }

        var count = 0;
        var p = 0;
        while (true)
        {
            var comma = alt[p..].IndexOf((byte)',');
            var end = comma < 0 ? alt.Length : p + comma;
            if (count == _altStart.Length)
            {
                Array.Resize(ref _altStart, count * 2);
                Array.Resize(ref _altEnd, count * 2);
            }

            _altStart[count] = start + p;
            _altEnd[count] = start + end;
            count++;
            if (comma < 0)
            {
                break;
            }

            p = end + 1;
        }

        AltCount = count;
    }

    internal static bool IsDot(ReadOnlySpan<byte> value) => value.Length == 1 && value[0] == (byte)'.';

    internal static bool GetNth(ReadOnlySpan<byte> list, int index, out ReadOnlySpan<byte> item)
    {
        item = default;
        for (var i = 0; i < index; i++)
        {
            var comma = list.IndexOf((byte)',');
            if (comma < 0)
            {
                return false;
            }

            list = list[(comma + 1)..];
        }

        var end = list.IndexOf((byte)',');
        item = end < 0 ? list : list[..end];
        return !IsDot(item) && !item.IsEmpty;
    }
}
