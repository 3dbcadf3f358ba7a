using System.Text;
using OmicsBridge.Formats.Vcf.Normalization;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// One ALT of a record as <c>bcftools norm -m-</c> would write it: a biallelic view whose INFO and genotypes are
/// re-coded for this allele. Strings are materialised; genotypes read through the record and so are valid until the
/// next <see cref="VcfReader.Read"/>.
/// </summary>
public sealed class VcfSplitAllele
{
    private readonly VcfRecord _record;

    internal VcfSplitAllele(VcfRecord record, int altIndex, NormalizedAllele normalized)
    {
        _record = record;
        AltIndex = altIndex;
        Chrom = record.Chrom;
        Position = record.Position;
        Ref = record.Ref;
        Alt = record.GetAlt(altIndex);
        Kind = record.GetAlleleKind(altIndex);
        SymbolicType = record.GetSymbolicType(altIndex);
        End = record.End;
        StructuralVariantLength = record.GetStructuralVariantLength(altIndex);
        Normalized = normalized;
    }

    /// <summary>The ALT's 1-based index in the original record.</summary>
    public int AltIndex { get; }

    /// <summary>The number of alleles (REF included) of the original record.</summary>
    public int OriginalAlleleCount => _record.AlleleCount;

    /// <summary>CHROM as written.</summary>
    public string Chrom { get; }

    /// <summary>POS as written.</summary>
    public long Position { get; }

    /// <summary>REF as written.</summary>
    public string Ref { get; }

    /// <summary>This ALT as written.</summary>
    public string Alt { get; }

    /// <summary>The allele's kind.</summary>
    public VcfAlleleKind Kind { get; }

    /// <summary>For symbolic alleles, the ID without brackets (<c>DUP:TANDEM</c>).</summary>
    public string? SymbolicType { get; }

    /// <summary>INFO END, else POS + len(REF) - 1.</summary>
    public long End { get; }

    /// <summary>SVLEN for this ALT, when present.</summary>
    public long? StructuralVariantLength { get; }

    /// <summary>Position, REF and ALT after trimming / left-alignment.</summary>
    public NormalizedAllele Normalized { get; }

    /// <summary>The call re-coded for this ALT: <c>0/2</c> at ALT 1 reads <c>0/0</c>, at ALT 2 reads <c>0/1</c>.</summary>
    public VcfZygosity GetZygosity(int sample) => _record.Genotypes.GetZygosity(sample, AltIndex);

    /// <summary>GT re-coded for this ALT as text (<c>0|1</c>).</summary>
    public string FormatGenotype(int sample) => _record.Genotypes.FormatGenotype(sample, AltIndex);

    /// <summary>True when the sample carries this ALT.</summary>
    public bool CarriesAlt(int sample) => _record.Genotypes.CarriesAlt(sample, AltIndex);

    /// <summary>AD split as bcftools does for Number=R: (REF depth, this ALT's depth); null when absent.</summary>
    public (int Ref, int Alt)? GetAlleleDepths(int sample)
    {
        var ad = _record.Genotypes.GetAlleleDepths(sample);
        return ad.Length > AltIndex ? (ad[0], ad[AltIndex]) : null;
    }

    /// <summary>VAF of this ALT (see <see cref="VcfGenotypes.GetVariantAlleleFraction"/>).</summary>
    public double? GetVariantAlleleFraction(int sample) => _record.Genotypes.GetVariantAlleleFraction(sample, AltIndex);

    /// <summary>An INFO value split for this ALT by its Number (A, R, G); other keys unchanged. Null when absent.</summary>
    public string? GetInfo(string key)
    {
        if (!_record.TryGetInfo(key, out var raw))
        {
            return null;
        }

        var definition = _record.Header.Info.TryGetValue(key, out var d) ? d : VcfReservedFields.Undeclared(VcfReservedFields.Info, key);
        return VcfAlleleSplitter.SplitValue(Encoding.UTF8.GetString(raw), definition.NumberKind, AltIndex, _record.AlleleCount, 2);
    }

    /// <summary>A FORMAT value of a sample split for this ALT (Number=A/R/G by the sample's ploidy); null when absent.</summary>
    public string? GetFormat(int sample, string key)
    {
        if (!_record.Genotypes.TryGetRawField(sample, key, out var raw))
        {
            return null;
        }

        var definition = _record.Header.Format.TryGetValue(key, out var d) ? d : VcfReservedFields.Undeclared(VcfReservedFields.Format, key);
        var ploidy = Math.Max(1, _record.Genotypes.GetPloidy(sample));
        return VcfAlleleSplitter.SplitValue(Encoding.UTF8.GetString(raw), definition.NumberKind, AltIndex, _record.AlleleCount, ploidy);
    }

    /// <summary>The variant key on the normalised allele.</summary>
    public VariantKey GetKey(GenomeAssembly assembly) =>
        VariantKey.Create(assembly, Chrom, Normalized.Position, Normalized.Ref, Normalized.Alt);
}
