using System.Runtime.CompilerServices;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// The decoded calls of one record for every sample: GT alleles and phase, DP, GQ and AD. Owned by the reader and
/// refilled for each record, so it is valid until the next <see cref="VcfReader.Read"/>.
/// </summary>
/// <remarks>
/// Alleles are stored sample-major in one array with a stride of the largest ploidy seen (cyvcf2's <c>genotype</c>
/// array, htslib's vector-end padding): -1 is a missing allele (<c>.</c>), <see cref="int.MinValue"/> pads shorter
/// calls. Missing DP and GQ read as null, missing AD entries as -1. Zygosity and the per-ALT view
/// (<c>altIndex</c> ≥ 1) follow <c>bcftools norm -m-</c>: the chosen ALT becomes 1, REF and every other ALT become 0,
/// missing stays missing, phase is kept.
/// </remarks>
public sealed partial class VcfGenotypes
{
    private const int Pad = int.MinValue;

    // Per-sample summary of the call: bit a for allele a (a < 30), MaskLarge for any allele ≥ 30, MaskMissing for '.'.
    // Hom-ref counting and carrier tests read one int instead of walking the alleles.
    private const int MaskLarge = 1 << 30;
    private const int MaskMissing = 1 << 31;

    private readonly VcfHeader _header;
    private int[] _alleles;
    private readonly byte[] _ploidy;
    private readonly byte[] _phased;
    private readonly int[] _depth;
    private readonly int[] _quality;
    private int[] _alleleDepths;
    private readonly byte[] _alleleDepthCount;
    private readonly int[] _scratch;
    private readonly int[] _alleleMask;
    private readonly bool[] _deferred;

    // The samples the decoder did not recognise as a diploid hom-ref call (those are hom-ref for every ALT), in order;
    // -1 when every sample must be looked at.
    private readonly int[] _candidates;
    private int _candidateCount = -1;
    private int _stride = 2;
    private int _adStride = 2;
    private VcfRecord? _record;
    private FormatLayout? _layout;

    internal VcfGenotypes(VcfHeader header)
    {
        _header = header;
        var n = header.Samples.Count;
        _alleles = new int[n * _stride];
        _ploidy = new byte[n];
        _phased = new byte[n];
        _depth = new int[n];
        _quality = new int[n];
        _alleleDepths = new int[n * _adStride];
        _alleleDepthCount = new byte[n];
        _scratch = new int[n];
        _alleleMask = new int[n];
        _deferred = new bool[n];
        _candidates = new int[n];
    }

    /// <summary>Number of samples.</summary>
    public int SampleCount => _ploidy.Length;

    /// <summary>True when the record's FORMAT has GT.</summary>
    public bool HasGenotype => _layout?.GenotypeIndex >= 0;

    /// <summary>True when the record's FORMAT has AD.</summary>
    public bool HasAlleleDepths => _layout?.AlleleDepthIndex >= 0;

    /// <summary>The sample's ploidy (0 when GT is absent or empty).</summary>
    public int GetPloidy(int sample) => _ploidy[sample];

    /// <summary>The sample's allele indexes in GT order; -1 for <c>.</c>.</summary>
    public ReadOnlySpan<int> GetAlleles(int sample) => _alleles.AsSpan(sample * _stride, _ploidy[sample]);

    /// <summary>
    /// True when every separator of the call is <c>|</c> (VCF 4.4: a leading <c>|</c> marks the first allele phased;
    /// a haploid call is phased only when so marked).
    /// </summary>
    public bool IsPhased(int sample) => _phased[sample] != 0;

    /// <summary>FORMAT/DP, or null when absent or <c>.</c>.</summary>
    public int? GetDepth(int sample)
    {
        DecodeDeferred(sample);
        return _depth[sample] == Pad ? null : _depth[sample];
    }

    /// <summary>FORMAT/GQ, or null when absent or <c>.</c>.</summary>
    public int? GetGenotypeQuality(int sample)
    {
        DecodeDeferred(sample);
        return _quality[sample] == Pad ? null : _quality[sample];
    }

    /// <summary>
    /// The columns of a batch of stored calls in one pass: for each of <paramref name="samples"/>, its
    /// <see cref="GetCallCode"/> for ALT <paramref name="altIndex"/> (1-based), phase, DP and GQ (as <see cref="IsPhased"/>,
    /// <see cref="GetDepth"/>, <see cref="GetGenotypeQuality"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // See DecodeSamples.
    public void CopyCalls(ReadOnlySpan<int> samples, int altIndex, Span<int> codes, Span<bool?> phased, Span<int?> depths, Span<int?> qualities)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(codes.Length, samples.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(phased.Length, samples.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(depths.Length, samples.Length);
        ArgumentOutOfRangeException.ThrowIfLessThan(qualities.Length, samples.Length);
        for (var i = 0; i < samples.Length; i++)
        {
            var s = samples[i];
            if (_deferred[s])
            {
                DecodeDeferred(s);
            }

            codes[i] = CallCode(s, altIndex);
            phased[i] = _phased[s] != 0;
            var depth = _depth[s];
            depths[i] = depth == Pad ? null : depth;
            var quality = _quality[s];
            qualities[i] = quality == Pad ? null : quality;
        }
    }

    /// <summary>
    /// A number that names the sample's call in the split view of ALT <paramref name="altIndex"/> (1-based): the ploidy
    /// (bits 0–3), the phase (bit 4), then two bits per allele (0 missing, 1 another allele, 2 this ALT). Calls with
    /// equal numbers have the same <see cref="FormatGenotype"/> and <see cref="GetZygosity(int, int)"/> for that ALT,
    /// so those can be worked out once per number; -1 for a call of more than eight alleles.
    /// </summary>
    public int GetCallCode(int sample, int altIndex)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(altIndex, 1);
        return CallCode(sample, altIndex);
    }

    // Inlined into CopyCalls, which runs it for every stored call of a cohort VCF.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CallCode(int sample, int altIndex)
    {
        var ploidy = _ploidy[sample];
        var code = ploidy | (_phased[sample] != 0 ? 16 : 0);
        var at = sample * _stride;
        if (ploidy == 2)
        {
            return code | (RecodeForCode(_alleles[at], altIndex) << 5) | (RecodeForCode(_alleles[at + 1], altIndex) << 7);
        }

        if (ploidy > 8)
        {
            return -1;
        }

        for (var i = 0; i < ploidy; i++)
        {
            code |= RecodeForCode(_alleles[at + i], altIndex) << (5 + (2 * i));
        }

        return code;
    }

    private static int RecodeForCode(int allele, int altIndex) => allele < 0 ? 0 : allele == altIndex ? 2 : 1;

    /// <summary>FORMAT/AD per allele (REF first); -1 for <c>.</c>; empty when absent.</summary>
    public ReadOnlySpan<int> GetAlleleDepths(int sample) => _alleleDepths.AsSpan(sample * _adStride, _alleleDepthCount[sample]);

    /// <summary>
    /// Variant allele fraction of an ALT (1-based): AD[alt] / sum of all non-missing AD values; null when AD is absent,
    /// the ALT's depth is missing or the sum is 0. The denominator keeps every allele, also after splitting.
    /// </summary>
    public double? GetVariantAlleleFraction(int sample, int altIndex)
    {
        var ad = GetAlleleDepths(sample);
        if (altIndex < 1 || altIndex >= ad.Length || ad[altIndex] < 0)
        {
            return null;
        }

        long sum = 0;
        foreach (var d in ad)
        {
            sum += Math.Max(0, d);
        }

        return sum == 0 ? null : (double)ad[altIndex] / sum;
    }

    /// <summary>The zygosity of the call as written (all ALTs).</summary>
    public VcfZygosity GetZygosity(int sample) => GetZygosity(sample, 0);

    /// <summary>
    /// The zygosity as <c>bcftools norm -m-</c> would give for the ALT <paramref name="altIndex"/> (1-based);
    /// 0 means the unsplit call.
    /// </summary>
    public VcfZygosity GetZygosity(int sample, int altIndex)
    {
        var alleles = GetAlleles(sample);
        if (alleles.IsEmpty)
        {
            return VcfZygosity.Missing;
        }

        int missing = 0, first = int.MinValue;
        var allSame = true;
        foreach (var raw in alleles)
        {
            var a = Recode(raw, altIndex);
            if (a < 0)
            {
                missing++;
                continue;
            }

            if (first == int.MinValue)
            {
                first = a;
            }
            else if (a != first)
            {
                allSame = false;
            }
        }

        if (missing == alleles.Length)
        {
            return VcfZygosity.Missing;
        }

        if (missing > 0)
        {
            return VcfZygosity.PartialMissing;
        }

        if (!allSame)
        {
            return VcfZygosity.Het;
        }

        if (first == 0)
        {
            return VcfZygosity.HomRef;
        }

        return alleles.Length == 1 ? VcfZygosity.Hemizygous : VcfZygosity.HomAlt;
    }

    /// <summary>True when any allele of the call is the ALT <paramref name="altIndex"/> (or any ALT when 0).</summary>
    public bool CarriesAlt(int sample, int altIndex)
    {
        var mask = _alleleMask[sample];
        if ((mask & MaskLarge) == 0 && altIndex < 30)
        {
            return altIndex == 0 ? (mask & ~(MaskMissing | 1)) != 0 : (mask & (1 << altIndex)) != 0;
        }

        foreach (var a in GetAlleles(sample))
        {
            if (altIndex == 0 ? a > 0 : a == altIndex)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The samples whose call is not hom-ref for the ALT (1-based; 0 = unsplit), missing calls included: the rows the
    /// lake's <c>genotype</c> table stores. The span is reused by the next call.
    /// </summary>
    public ReadOnlySpan<int> GetNonHomRefSamples(int altIndex = 0) => GetNonHomRefSamples(altIndex, []);

    /// <summary>
    /// The samples whose call is not hom-ref for <paramref name="altIndex"/>; when <paramref name="homRefCounts"/> is
    /// given (one slot per sample), each hom-ref sample's slot is incremented in the same pass.
    /// </summary>
    public ReadOnlySpan<int> GetNonHomRefSamples(int altIndex, Span<long> homRefCounts)
    {
        var counting = !homRefCounts.IsEmpty;
        if (counting)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(homRefCounts.Length, SampleCount);
        }

        if (_candidateCount < 0)
        {
            // Nothing was decoded on the fast path (no GT first, or decoding stopped early): every sample is one.
            for (var s = 0; s < _ploidy.Length; s++)
            {
                _candidates[s] = s;
            }

            _candidateCount = _ploidy.Length;
        }

        // Every sample outside the candidates is hom-ref: count all, then take back the candidates' that are not.
        if (counting)
        {
            for (var s = 0; s < _ploidy.Length; s++)
            {
                homRefCounts[s]++;
            }
        }

        var n = 0;
        for (var i = 0; i < _candidateCount; i++)
        {
            var s = _candidates[i];
            if (!IsHomRef(s, altIndex))
            {
                _scratch[n++] = s;
                if (counting)
                {
                    homRefCounts[s]--;
                }
            }
        }

        return _scratch.AsSpan(0, n);
    }

    /// <summary>Adds one to <paramref name="counts"/>[s] for each sample s whose call is hom-ref for the ALT (0 = unsplit).</summary>
    public void AddHomRefCounts(Span<long> counts, int altIndex = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counts.Length, SampleCount);
        GetNonHomRefSamples(altIndex, counts);
    }

    /// <summary>The raw text of a FORMAT field of a sample (<c>PL</c>, <c>FT</c>…); false when absent.</summary>
    public bool TryGetRawField(int sample, string key, out ReadOnlySpan<byte> value)
    {
        value = default;
        var index = _layout?.IndexOf(key) ?? -1;
        if (_record is null || index < 0)
        {
            return false;
        }

        var columns = _record.SampleColumns;
        var field = _record.Buffer.AsSpan(columns.Start(sample), columns.End(sample) - columns.Start(sample));
        for (var i = 0; i < index; i++)
        {
            var colon = field.IndexOf((byte)':');
            if (colon < 0)
            {
                return false;
            }

            field = field[(colon + 1)..];
        }

        var end = field.IndexOf((byte)':');
        value = end < 0 ? field : field[..end];
        return true;
    }

    /// <summary>The GT as text in the split view (<c>0|1</c>); <c>.</c> when absent.</summary>
    public string FormatGenotype(int sample, int altIndex = 0)
    {
        var alleles = GetAlleles(sample);
        if (alleles.IsEmpty)
        {
            return ".";
        }

        var sb = new System.Text.StringBuilder(alleles.Length * 2);
        var separator = IsPhased(sample) ? '|' : '/';
        for (var i = 0; i < alleles.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            var a = Recode(alleles[i], altIndex);
            if (a < 0)
            {
                sb.Append('.');
            }
            else
            {
                sb.Append(a.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    internal static int Recode(int allele, int altIndex) =>
        altIndex == 0 || allele < 0 ? allele : allele == altIndex ? 1 : 0;

    // The common case (alleles below 30, no missing one) is one test of the allele mask, inlined into the carrier scan.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsHomRef(int sample, int altIndex)
    {
        var mask = _alleleMask[sample];
        if (_ploidy[sample] == 0 || (mask & MaskMissing) != 0)
        {
            return false;
        }

        if ((mask & MaskLarge) == 0 && altIndex < 30)
        {
            return altIndex == 0 ? mask == 1 : (mask & (1 << altIndex)) == 0;
        }

        return IsHomRefByAlleles(sample, altIndex);
    }

    private bool IsHomRefByAlleles(int sample, int altIndex)
    {
        var alleles = GetAlleles(sample);
        if (alleles.IsEmpty)
        {
            return false;
        }

        foreach (var a in alleles)
        {
            if (a < 0 || (altIndex == 0 ? a != 0 : a == altIndex))
            {
                return false;
            }
        }

        return true;
    }
}
