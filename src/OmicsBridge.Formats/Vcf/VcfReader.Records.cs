using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Vcf;

// Record stages: SplitColumns → CheckFixedColumns (POS, REF, ALT, QUAL) → CheckOrder → CheckInfo → samples
// (decoded and checked in VcfGenotypes.Decode, one pass).
public sealed partial class VcfReader
{
    private RecordVerdict ParseRecord(int start, int end, bool hasNewline)
    {
        var record = _record;
        record.Reset();
        record.Buffer = _buffer;
        record.LineStart = start;
        record.LineEnd = end;
        record.LineNumber = _lineNumber;
        var sampleCount = Header.Samples.Count;

        if (!SplitColumns(record, start, end, sampleCount))
        {
            return RecordVerdict.Reject;
        }

        record.Chrom = InternChrom(record.Column(0));
        var pos = ParsePosition(record.Column(1));
        if (pos < 0)
        {
            AddIssue(record, record.ColumnStart[1], VcfIssueCodes.BadPosition, IssueSeverity.Error, "POS", "POS must be a non-negative integer");
            return RecordVerdict.Reject;
        }

        record.Position = pos;
        var regionVerdict = CheckRegion(record);
        if (regionVerdict != RecordVerdict.Accept)
        {
            return regionVerdict;
        }

        if (!hasNewline)
        {
            AddIssue(record, end, VcfIssueCodes.NoFinalNewline, _options.Strict ? IssueSeverity.Error : IssueSeverity.Warning, null,
                "the file does not end with a newline; the last line may be cut");
            if (_options.Strict)
            {
                return RecordVerdict.Reject;
            }
        }

        if (!CheckFixedColumns(record) || !CheckOrder(record) || !CheckInfo(record))
        {
            return RecordVerdict.Reject;
        }

        if (_options.ValidateGenotypes && sampleCount > 0)
        {
            record.MarkGenotypesDecoded();
            if (!record.GenotypesStorage.Decode(record, this))
            {
                return RecordVerdict.Reject;
            }
        }

        return RecordVerdict.Accept;
    }

    private bool SplitColumns(VcfRecord record, int start, int end, int sampleCount)
    {
        var fixedColumns = sampleCount > 0 ? 9 : 8;
        var p = start;
        var count = 0;
        while (count < fixedColumns)
        {
            var tab = _buffer.AsSpan(p, end - p).IndexOf((byte)'\t');
            record.ColumnStart[count] = p;
            if (tab < 0)
            {
                record.ColumnEnd[count] = end;
                count++;
                p = end;
                break;
            }

            record.ColumnEnd[count] = p + tab;
            count++;
            p += tab + 1;
        }

        var expected = sampleCount > 0 ? 9 + sampleCount : 8;
        var found = count;
        if (count == fixedColumns && sampleCount > 0 && (p < end || _buffer[end - 1] == (byte)'\t'))
        {
            // After FORMAT's tab come the sample columns, the last of them possibly empty.
            record.ColumnStart[9] = p;
            record.ColumnEnd[9] = end;
            var formatColons = _buffer.AsSpan(record.ColumnStart[8], record.ColumnEnd[8] - record.ColumnStart[8]).Count((byte)':');
            found = count + record.SampleColumns.Find(_buffer, p, end, formatColons);
        }
        else if (count == fixedColumns && sampleCount == 0 && p < end)
        {
            // A FORMAT column with no samples is tolerated; anything more is not.
            var extra = 1 + _buffer.AsSpan(p, end - p).Count((byte)'\t');
            found = count + extra;
            expected = found == 9 ? 9 : 8;
        }

        record.ColumnCount = Math.Min(found, 10);
        if (found != expected)
        {
            AddIssue(record, end, VcfIssueCodes.ColumnCount, IssueSeverity.Error, null,
                $"data line has {found} column(s); the header has {expected}");
            return false;
        }

        return true;
    }

    private bool CheckFixedColumns(VcfRecord record)
    {
        var reference = record.Column(3);
        if (!AlleleClassifier.IsBases(reference))
        {
            AddIssue(record, record.ColumnStart[3], VcfIssueCodes.BadRef, IssueSeverity.Error, "REF", "REF must be one or more of A, C, G, T, N");
            return false;
        }

        if (_options.ReferenceFasta is { } fasta && !CheckReference(record, fasta, reference))
        {
            return false;
        }

        record.SetAlts();
        for (var i = 1; i <= record.AltCount; i++)
        {
            var alt = record.GetAltBytes(i);
            if (!AlleleClassifier.IsValidAlt(alt))
            {
                AddIssue(record, record.ColumnStart[4], VcfIssueCodes.BadAlt, IssueSeverity.Error, "ALT",
                    string.Create(CultureInfo.InvariantCulture, $"ALT allele {i} is not bases, *, <ID> or a breakend"));
                return false;
            }
        }

        var qual = record.Column(5);
        if (VcfRecord.IsDot(qual))
        {
            record.Quality = null;
        }
        else if (double.TryParse(qual, NumberStyles.Float, CultureInfo.InvariantCulture, out var q))
        {
            record.Quality = q;
        }
        else
        {
            AddIssue(record, record.ColumnStart[5], VcfIssueCodes.BadValue, IssueSeverity.Error, "QUAL", "QUAL must be a number or '.'");
            return false;
        }

        return true;
    }

    private bool CheckOrder(VcfRecord record)
    {
        if (record.Chrom != _orderChrom)
        {
            if (_orderChrom is not null)
            {
                _finishedContigs.Add(_orderChrom);
            }

            if (_finishedContigs.Contains(record.Chrom))
            {
                AddIssue(record, record.ColumnStart[0], VcfIssueCodes.OutOfOrder, _options.Strict ? IssueSeverity.Error : IssueSeverity.Warning, "CHROM",
                    "records of this contig appeared earlier, separated by another contig; the file is not sorted");
                if (_options.Strict)
                {
                    return false;
                }
            }

            _orderChrom = record.Chrom;
            _orderPosition = record.Position;
            return true;
        }

        if (record.Position < _orderPosition)
        {
            AddIssue(record, record.ColumnStart[1], VcfIssueCodes.OutOfOrder, _options.Strict ? IssueSeverity.Error : IssueSeverity.Warning, "POS",
                string.Create(CultureInfo.InvariantCulture, $"POS {record.Position} comes after {_orderPosition} on the same contig; the file is not sorted"));
            return !_options.Strict;
        }

        _orderPosition = record.Position;
        return true;
    }

    private bool CheckInfo(VcfRecord record)
    {
        var info = record.Column(7);
        if (VcfRecord.IsDot(info) || info.IsEmpty)
        {
            return true;
        }

        var offset = record.ColumnStart[7];
        var p = 0;
        while (p < info.Length)
        {
            var semi = info[p..].IndexOf((byte)';');
            var entry = semi < 0 ? info[p..] : info.Slice(p, semi);
            var eq = entry.IndexOf((byte)'=');
            var keyBytes = eq < 0 ? entry : entry[..eq];
            var value = eq < 0 ? ReadOnlySpan<byte>.Empty : entry[(eq + 1)..];
            if (!keyBytes.IsEmpty && !CheckInfoEntry(record, offset + p, keyBytes, value, offset + p + eq + 1))
            {
                return false;
            }

            p += entry.Length + 1;
        }

        return true;
    }

    private bool CheckInfoEntry(VcfRecord record, int keyOffset, ReadOnlySpan<byte> keyBytes, ReadOnlySpan<byte> value, int valueOffset)
    {
        var key = Encoding.ASCII.GetString(keyBytes);
        if (!Header.Info.TryGetValue(key, out var definition))
        {
            if (!VcfHeaderParser.IsValidKey(key))
            {
                AddIssue(record, keyOffset, VcfIssueCodes.BadKey, IssueSeverity.Error, "INFO/" + key, "INFO key must match ^[A-Za-z_][0-9A-Za-z_.]*$");
                return false;
            }

            WarnOnce(record, keyOffset, VcfIssueCodes.UndeclaredInfo, "INFO/" + key, "INFO key is not declared in the header; kept as String (reported once per key)");
            definition = VcfReservedFields.Undeclared(VcfReservedFields.Info, key);
        }

        if (value.IsEmpty || VcfRecord.IsDot(value))
        {
            return true;
        }

        var count = 0;
        var rest = value;
        while (true)
        {
            var comma = rest.IndexOf((byte)',');
            var item = comma < 0 ? rest : rest[..comma];
            count++;
            if (definition.Declared && !VcfRecord.IsDot(item) && !IsValidValue(definition.Type, item))
            {
                AddIssue(record, valueOffset + (value.Length - rest.Length), VcfIssueCodes.BadValue, IssueSeverity.Error, "INFO/" + key,
                    definition.Type == VcfValueType.Integer
                        ? "value is not a 32-bit integer (Type=Integer)"
                        : $"value is not a valid {definition.Type}");
                return false;
            }

            if (comma < 0)
            {
                break;
            }

            rest = rest[(comma + 1)..];
        }

        var expected = definition.NumberKind is VcfNumberKind.PerAltAllele or VcfNumberKind.PerAllele
            ? definition.ExpectedCount(record.AlleleCount, 2)
            : -1;
        if (expected >= 0 && count != expected && record.AltCount > 0)
        {
            // htslib reads such records and only splitting fails, so this is a warning: split values become '.'.
            WarnOnce(record, valueOffset, VcfIssueCodes.Cardinality, "INFO/" + key,
                string.Create(CultureInfo.InvariantCulture, $"{key} has {count} value(s); Number={VcfGenotypes.NumberText(definition)} with {record.AlleleCount} allele(s) needs {expected} (reported once per key)"));
        }

        return true;
    }

    private static bool IsValidValue(VcfValueType type, ReadOnlySpan<byte> item) => type switch
    {
        VcfValueType.Integer => int.TryParse(item, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        VcfValueType.Float => double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || Ascii.EqualsIgnoreCase(item, "nan"u8) || Ascii.EqualsIgnoreCase(item, "inf"u8) || Ascii.EqualsIgnoreCase(item, "-inf"u8)
            || Ascii.EqualsIgnoreCase(item, "infinity"u8) || Ascii.EqualsIgnoreCase(item, "-infinity"u8),
        VcfValueType.Character => item.Length == 1,
        _ => true,
    };

    private bool CheckReference(VcfRecord record, Fasta.IndexedFastaReader fasta, ReadOnlySpan<byte> reference)
    {
        if (!fasta.TryGetEntry(record.Chrom, out _))
        {
            WarnOnce(record, record.ColumnStart[0], VcfIssueCodes.ContigNotInFasta, record.Chrom, "contig is not in the reference FASTA; REF not checked (reported once per contig)");
            return true;
        }

        var expected = fasta.Fetch(record.Chrom, record.Position, record.Position + reference.Length - 1);
        if (expected.Length == reference.Length && Ascii.EqualsIgnoreCase(reference, expected))
        {
            return true;
        }

        AddIssue(record, record.ColumnStart[3], VcfIssueCodes.RefMismatch, IssueSeverity.Error, "REF",
            $"REF does not match the reference FASTA ({expected.Length} base(s) there)");
        return false;
    }

    /// <summary>Checks a record's FORMAT column once per record (key syntax, duplicates, declarations).</summary>
    internal bool CheckLayout(VcfRecord record, FormatLayout layout)
    {
        var offset = record.ColumnStart[8];
        if (layout.InvalidKey is { } invalid)
        {
            AddIssue(record, offset, VcfIssueCodes.BadKey, IssueSeverity.Error, "FORMAT/" + invalid, "FORMAT key must match ^[A-Za-z_][0-9A-Za-z_.]*$");
            return false;
        }

        if (layout.DuplicateKey is { } duplicate)
        {
            WarnOnce(record, offset, VcfIssueCodes.DuplicateFormatKey, "FORMAT/" + duplicate, "FORMAT key appears twice; the first is used (reported once per key)");
        }

        if (layout.GenotypeIndex > 0)
        {
            WarnOnce(record, offset, VcfIssueCodes.GenotypeNotFirst, "FORMAT/GT", "GT must be the first FORMAT key; it is read by its name here (reported once)");
        }

        foreach (var definition in layout.Definitions)
        {
            if (!definition.Declared)
            {
                WarnOnce(record, offset, VcfIssueCodes.UndeclaredFormat, "FORMAT/" + definition.Id, "FORMAT key is not declared in the header (reported once per key)");
            }
        }

        return true;
    }
}
