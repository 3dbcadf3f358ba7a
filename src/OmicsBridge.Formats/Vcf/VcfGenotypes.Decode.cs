using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Vcf;

// The decoding pass, in named stages like htslib's vcf_parse_format: ChooseLayout (FORMAT → roles, cached),
// then per sample ParseGenotype / ParseInteger / ParseAlleleDepths / CheckCardinality over one left-to-right scan.
// Sample-major in the file, field-major in memory: the genotype table wants columns (alleles, dp, gq) per sample.
// A hom-ref call's other fields are read only when asked for (DecodeDeferred), when nothing in them needs checking:
// most calls of a cohort VCF are hom-ref, and nobody stores their DP or GQ.
public sealed partial class VcfGenotypes
{
    private readonly Dictionary<string, FormatLayout> _layouts = new(StringComparer.Ordinal);

    /// <summary>Decodes all samples of <paramref name="record"/>; with a <paramref name="reader"/>, validates and reports.</summary>
    /// <returns>False when the record must be rejected (only when validating).</returns>
    internal bool Decode(VcfRecord record, VcfReader? reader)
    {
        _record = record;
        // Until a decoding pass completes, every sample is a candidate (a sample left undecoded reads as missing).
        _candidateCount = -1;
        var n = SampleCount;
        // DP and GQ are reset per sample as the sample is decoded (or its decoding deferred), not for all up front.
        _alleleDepthCount.AsSpan().Clear();
        if (n == 0 || record.ColumnCount < 10)
        {
            ClearCalls();
            _depth.AsSpan().Fill(Pad);
            _quality.AsSpan().Fill(Pad);
            _layout = null;
            return true;
        }

        var layout = ChooseLayout(record.Column(8));
        if (reader is not null && !reader.CheckLayout(record, layout))
        {
            ClearCalls();
            return false;
        }

        while (true)
        {
            var result = DecodeSamples(record, layout, reader);
            if (result == DecodeResult.Grow)
            {
                continue;
            }

            return result == DecodeResult.Ok;
        }
    }

    private FormatLayout ChooseLayout(ReadOnlySpan<byte> format)
    {
        if (_layout is not null && format.SequenceEqual(_layout.Raw))
        {
            return _layout;
        }

        var key = System.Text.Encoding.ASCII.GetString(format);
        if (!_layouts.TryGetValue(key, out var layout))
        {
            layout = FormatLayout.Parse(format, _header);
            if (_layouts.Count < 1024)
            {
                _layouts[key] = layout;
            }
        }

        _layout = layout;
        return layout;
    }

    // Compiled fully optimized at its first call. As a ReadyToRun method it ran precompiled code for the first second
    // or so of a large file: tiering waits for start-up to go quiet and then queues hundreds of methods on a background
    // thread that competes with the ingest's own for two cores.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private DecodeResult DecodeSamples(VcfRecord record, FormatLayout layout, VcfReader? reader)
    {
        var buffer = record.Buffer;
        var roles = layout.Roles;
        var keyCount = roles.Length;
        var p = record.ColumnStart[9];
        var lineEnd = record.LineEnd;
        var alleleCount = record.AlleleCount;
        var maxAllele = record.AltCount;
        // Deferring is safe only when no field after GT has a count to check (Number=A/R/G) and there is no AD.
        var deferHomRef = layout.GenotypeIndex == 0 && !layout.NeedsCardinalityCheck && layout.AlleleDepthIndex < 0;
        var columns = record.SampleColumns;
        var shapes = columns.HomRefShapes;
        if (deferHomRef)
        {
            MarkHomRefCalls(shapes);
        }
        else
        {
            ClearCalls();
        }

        var candidates = 0;
        // One left-to-right scan: each stage stops at ':' or '\t', so no separate search for the sample's end.
        var end = lineEnd;
        for (var s = 0; s < _ploidy.Length; s++)
        {
            if (deferHomRef)
            {
                // Runs of hom-ref calls are a few samples long: a plain loop beats a vectorised search here.
                while (s < shapes.Length && shapes[s] != SampleBoundaries.NotHomRef)
                {
                    s++;
                }

                if (s == _ploidy.Length)
                {
                    break;
                }

                p = columns.Start(s);
            }

            var start = p;
            _alleleMask[s] = 0;
            _depth[s] = Pad;
            _quality[s] = Pad;
            if (keyCount == 0)
            {
                var tab = buffer.AsSpan(start, lineEnd - start).IndexOf((byte)'\t');
                p = tab < 0 ? lineEnd + 1 : start + tab + 1;
                _candidates[candidates++] = s;
                continue;
            }

            var k = 0;
            var q = start;
            while (true)
            {
                if (k >= keyCount)
                {
                    reader?.AddIssue(record, q, VcfIssueCodes.TooManySampleFields, IssueSeverity.Error,
                        reader.Header.Samples[s], $"sample has more sub-fields than FORMAT's {keyCount}");
                    return reader is null ? DecodeResult.Ok : DecodeResult.Reject;
                }

                int fieldEnd;
                switch (roles[k])
                {
                    case FormatLayout.RoleGenotype:
                        fieldEnd = ParseGenotype(buffer, q, end, s, maxAllele, record, reader, out var status);
                        if (status != DecodeResult.Ok)
                        {
                            return status;
                        }

                        break;
                    case FormatLayout.RoleDepth:
                        fieldEnd = ParseInteger(buffer, q, end, out _depth[s]);
                        break;
                    case FormatLayout.RoleQuality:
                        fieldEnd = ParseInteger(buffer, q, end, out _quality[s]);
                        break;
                    case FormatLayout.RoleAlleleDepth:
                        fieldEnd = ParseAlleleDepths(buffer, q, end, s);
                        if (fieldEnd < 0)
                        {
                            return DecodeResult.Grow;
                        }

                        break;
                    default:
                        fieldEnd = q + buffer.AsSpan(q, end - q).IndexOfAny((byte)':', (byte)'\t');
                        if (fieldEnd < q)
                        {
                            fieldEnd = end;
                        }

                        break;
                }

                if (k == 0 && deferHomRef && _alleleMask[s] == 1 && _ploidy[s] > 0 && TrySkipSample(buffer, fieldEnd, end, keyCount, out var sampleEnd))
                {
                    _deferred[s] = true;
                    q = sampleEnd;
                    break;
                }

                if (reader is not null && (layout.NeedsCardinalityCheck || roles[k] == FormatLayout.RoleAlleleDepth)
                    && !CheckCardinality(record, reader, layout.Definitions[k], buffer.AsSpan(q, fieldEnd - q), alleleCount, s, q))
                {
                    return DecodeResult.Reject;
                }

                k++;
                if (fieldEnd >= end || buffer[fieldEnd] == (byte)'\t')
                {
                    q = fieldEnd;
                    break;
                }

                q = fieldEnd + 1;
            }

            p = q + 1;
            _candidates[candidates++] = s;
        }

        _candidateCount = candidates;
        return DecodeResult.Ok;
    }

    /// <summary>Every sample's call as not yet decoded: no alleles, nothing deferred.</summary>
    private void ClearCalls()
    {
        _ploidy.AsSpan().Clear();
        _alleleMask.AsSpan().Clear();
        _deferred.AsSpan().Clear();
    }

    /// <summary>
    /// Decodes every diploid hom-ref call the boundary scan recognised (<see cref="SampleBoundaries.HomRefShapes"/>), their
    /// other fields deferred, a vector of samples at a time; the other samples are left for the full decoding.
    /// </summary>
    private void MarkHomRefCalls(ReadOnlySpan<byte> shapes)
    {
        // Shapes are 0 (not hom-ref), 1 (0/0) or 2 (0|0): ploidy 2, allele mask 1 (allele 0), phase = shape - 1.
        var deferred = MemoryMarshal.AsBytes(_deferred.AsSpan());
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<byte>.Count <= shapes.Length; i += Vector256<byte>.Count)
            {
                var shape = Vector256.Create(shapes.Slice(i, Vector256<byte>.Count));
                var homRef = ~Vector256.Equals(shape, Vector256<byte>.Zero);
                var one = homRef & Vector256<byte>.One;
                (one + one).CopyTo(_ploidy.AsSpan(i));
                one.CopyTo(deferred[i..]);
                ((shape - Vector256<byte>.One) & homRef).CopyTo(_phased.AsSpan(i));
                var (low, high) = Vector256.Widen(one);
                var (first, second) = Vector256.Widen(low);
                var (third, fourth) = Vector256.Widen(high);
                first.AsInt32().CopyTo(_alleleMask.AsSpan(i));
                second.AsInt32().CopyTo(_alleleMask.AsSpan(i + 8));
                third.AsInt32().CopyTo(_alleleMask.AsSpan(i + 16));
                fourth.AsInt32().CopyTo(_alleleMask.AsSpan(i + 24));
            }
        }

        for (; i < shapes.Length; i++)
        {
            var homRef = shapes[i] != SampleBoundaries.NotHomRef;
            _ploidy[i] = (byte)(homRef ? 2 : 0);
            _deferred[i] = homRef;
            _phased[i] = (byte)(homRef ? shapes[i] - 1 : 0);
            _alleleMask[i] = homRef ? 1 : 0;
        }

        if (_stride == 2)
        {
            // The other samples' alleles are overwritten by their decoding.
            _alleles.AsSpan(0, shapes.Length * 2).Clear();
            return;
        }

        for (var s = 0; s < shapes.Length; s++)
        {
            if (shapes[s] != SampleBoundaries.NotHomRef)
            {
                var alleles = _alleles.AsSpan(s * _stride, _stride);
                alleles[0] = 0;
                alleles[1] = 0;
                alleles[2..].Fill(Pad);
            }
        }
    }

    /// <summary>
    /// Moves from the end of a hom-ref GT to the end of the sample, when the sample has no more sub-fields than FORMAT
    /// (else the full scan runs and reports it).
    /// </summary>
    private static bool TrySkipSample(byte[] b, int gtEnd, int lineEnd, int keyCount, out int sampleEnd)
    {
        // A sample's rest is a few bytes: one scalar pass beats two vectorised searches.
        var colons = 0;
        var i = gtEnd;
        while (i < lineEnd && b[i] != (byte)'\t')
        {
            colons += b[i] == (byte)':' ? 1 : 0;
            i++;
        }

        sampleEnd = i;
        return colons <= keyCount - 1;
    }

    /// <summary>Reads DP and GQ of a sample whose decoding was deferred (see the note at the top).</summary>
    private void DecodeDeferred(int sample)
    {
        if (!_deferred[sample])
        {
            return;
        }

        _deferred[sample] = false;
        _depth[sample] = Pad;
        _quality[sample] = Pad;
        var b = _record!.Buffer;
        var roles = _layout!.Roles;
        var end = _record.SampleColumns.End(sample);
        var q = _record.SampleColumns.Start(sample);
        for (var k = 0; k < roles.Length && q < end; k++)
        {
            int fieldEnd;
            switch (roles[k])
            {
                case FormatLayout.RoleDepth:
                    fieldEnd = ParseInteger(b, q, end, out _depth[sample]);
                    break;
                case FormatLayout.RoleQuality:
                    fieldEnd = ParseInteger(b, q, end, out _quality[sample]);
                    break;
                default:
                    var colon = b.AsSpan(q, end - q).IndexOf((byte)':');
                    fieldEnd = colon < 0 ? end : q + colon;
                    break;
            }

            q = fieldEnd + 1;
        }
    }

    // Inlined into the decoding loop: most calls take the fast path, and a call per field cost as much as the parse.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ParseGenotype(byte[] b, int q, int end, int sample, int maxAllele, VcfRecord record, VcfReader? reader, out DecodeResult status)
    {
        status = DecodeResult.Ok;

        // Fast path for the common diploid "a/b" or "a|b" with one-digit alleles.
        if (q + 3 <= end && (uint)(b[q] - '0') <= 9 && (b[q + 1] == (byte)'/' || b[q + 1] == (byte)'|') && (uint)(b[q + 2] - '0') <= 9
            && (q + 3 == end || b[q + 3] == (byte)':' || b[q + 3] == (byte)'\t') && b[q] - '0' <= maxAllele && b[q + 2] - '0' <= maxAllele)
        {
            var baseIndex = sample * _stride;
            int a0 = b[q] - '0', a1 = b[q + 2] - '0';
            _alleles[baseIndex] = a0;
            _alleles[baseIndex + 1] = a1;
            for (var i = 2; i < _stride; i++)
            {
                _alleles[baseIndex + i] = Pad;
            }

            _ploidy[sample] = 2;
            _phased[sample] = (byte)(b[q + 1] == (byte)'|' ? 1 : 0);
            _alleleMask[sample] = (1 << a0) | (1 << a1);
            return q + 3;
        }

        return ParseAnyGenotype(b, q, end, sample, maxAllele, record, reader, out status);
    }

    /// <summary>Any GT: alleles of any count and size, missing ones, a leading phase (VCF 4.4).</summary>
    private int ParseAnyGenotype(byte[] b, int q, int end, int sample, int maxAllele, VcfRecord record, VcfReader? reader, out DecodeResult status)
    {
        status = DecodeResult.Ok;
        var baseIndex = sample * _stride;
        var mask = 0;
        var ploidy = 0;
        var allPhased = true;
        var explicitFirst = false;
        if (q < end && (b[q] == (byte)'|' || b[q] == (byte)'/'))
        {
            // VCF 4.4: a leading separator states the first allele's phase explicitly.
            explicitFirst = b[q] == (byte)'|';
            allPhased = explicitFirst;
            q++;
        }

        while (q < end)
        {
            int allele;
            var c = b[q];
            if (c == (byte)'.')
            {
                allele = -1;
                q++;
            }
            else if ((uint)(c - '0') <= 9)
            {
                allele = 0;
                while (q < end && (uint)(b[q] - '0') <= 9)
                {
                    allele = (allele * 10) + (b[q] - '0');
                    q++;
                    if (allele > 1_000_000)
                    {
                        break;
                    }
                }
            }
            else
            {
                break;
            }

            if (allele > maxAllele && reader is not null)
            {
                // On a reference-only record (ALT '.') the conformance suite accepts such calls, so we only warn there.
                var severity = maxAllele == 0 ? IssueSeverity.Warning : IssueSeverity.Error;
                reader.AddIssue(record, q, VcfIssueCodes.AlleleIndexOutOfRange, severity, reader.Header.Samples[sample] + "/GT",
                    $"GT allele {allele} but the record has {maxAllele} ALT allele(s)");
                if (severity == IssueSeverity.Error)
                {
                    status = DecodeResult.Reject;
                    return q;
                }
            }

            if (ploidy == _stride)
            {
                GrowStride(_stride * 2);
                status = DecodeResult.Grow;
                return q;
            }

            _alleles[baseIndex + ploidy] = allele;
            mask |= allele < 0 ? MaskMissing : allele < 30 ? 1 << allele : MaskLarge;
            ploidy++;
            if (q < end && (b[q] == (byte)'/' || b[q] == (byte)'|'))
            {
                allPhased &= b[q] == (byte)'|';
                q++;
                continue;
            }

            break;
        }

        if (q < end && b[q] != (byte)':' && b[q] != (byte)'\t')
        {
            if (reader is not null)
            {
                reader.AddIssue(record, q, VcfIssueCodes.BadGenotype, IssueSeverity.Error, reader.Header.Samples[sample] + "/GT", "GT is not alleles separated by / or |");
                status = DecodeResult.Reject;
            }

            var stop = b.AsSpan(q, end - q).IndexOfAny((byte)':', (byte)'\t');
            q = stop < 0 ? end : q + stop;
        }

        for (var i = ploidy; i < _stride; i++)
        {
            _alleles[baseIndex + i] = Pad;
        }

        _ploidy[sample] = (byte)ploidy;
        _alleleMask[sample] = mask;
        _phased[sample] = (byte)((ploidy > 1 || explicitFirst) && allPhased ? 1 : 0);
        return q;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ParseInteger(byte[] b, int q, int end, out int value)
    {
        value = Pad;
        var negative = false;
        if (q < end && b[q] == (byte)'-')
        {
            negative = true;
            q++;
        }

        long v = 0;
        var digits = 0;
        while (q < end && (uint)(b[q] - '0') <= 9)
        {
            v = (v * 10) + (b[q] - '0');
            q++;
            digits++;
        }

        if (digits > 0 && digits < 11 && v <= int.MaxValue)
        {
            value = negative ? -(int)v : (int)v;
        }

        while (q < end && b[q] != (byte)':' && b[q] != (byte)'\t')
        {
            q++;
        }

        return q;
    }

    private int ParseAlleleDepths(byte[] b, int q, int end, int sample)
    {
        var count = 0;
        var baseIndex = sample * _adStride;
        while (q < end && b[q] != (byte)':' && b[q] != (byte)'\t')
        {
            if (count == _adStride)
            {
                var grown = new int[_alleleDepths.Length / _adStride * _adStride * 2];
                _adStride *= 2;
                _alleleDepths = grown;
                return -1;
            }

            q = ParseListItem(b, q, end, out var v);
            _alleleDepths[baseIndex + count++] = v == Pad ? -1 : v;
            if (q < end && b[q] == (byte)',')
            {
                q++;
            }
        }

        // A lone '.' means AD is missing, not one missing value.
        _alleleDepthCount[sample] = (byte)(count == 1 && _alleleDepths[baseIndex] == -1 ? 0 : Math.Min(count, 255));
        return q;
    }

    private static int ParseListItem(byte[] b, int q, int end, out int value)
    {
        value = Pad;
        long v = 0;
        var digits = 0;
        while (q < end && (uint)(b[q] - '0') <= 9)
        {
            v = (v * 10) + (b[q] - '0');
            q++;
            digits++;
        }

        if (digits > 0 && digits < 11 && v <= int.MaxValue)
        {
            value = (int)v;
        }

        while (q < end && b[q] != (byte)',' && b[q] != (byte)':' && b[q] != (byte)'\t')
        {
            q++;
        }

        return q;
    }

    private bool CheckCardinality(VcfRecord record, VcfReader reader, VcfFieldDefinition definition, ReadOnlySpan<byte> value, int alleleCount, int sample, int column)
    {
        // htslib does not check counts on reference-only records (ALT '.'), where G lists often keep their diploid size.
        if (value.IsEmpty || VcfRecord.IsDot(value) || record.AltCount == 0)
        {
            return true;
        }

        var ploidy = _ploidy[sample] == 0 ? 2 : _ploidy[sample];
        var expected = definition.ExpectedCount(alleleCount, ploidy);
        if (expected < 0 || definition.NumberKind == VcfNumberKind.Fixed)
        {
            return true;
        }

        var found = value.Count((byte)',') + 1;
        if (found == expected)
        {
            return true;
        }

        reader.AddIssue(record, column, VcfIssueCodes.Cardinality, IssueSeverity.Error, reader.Header.Samples[sample] + "/" + definition.Id,
            $"{definition.Id} has {found} value(s); Number={NumberText(definition)} with {alleleCount} allele(s) and ploidy {ploidy} needs {expected}");
        return false;
    }

    internal static string NumberText(VcfFieldDefinition d) => d.NumberKind switch
    {
        VcfNumberKind.PerAltAllele => "A",
        VcfNumberKind.PerAllele => "R",
        VcfNumberKind.PerGenotype => "G",
        VcfNumberKind.Unbounded => ".",
        _ => d.FixedCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private void GrowStride(int stride)
    {
        _stride = stride;
        _alleles = new int[_ploidy.Length * stride];
        _ploidy.AsSpan().Clear();
    }

    private enum DecodeResult
    {
        Ok,
        Reject,
        Grow,
    }
}
