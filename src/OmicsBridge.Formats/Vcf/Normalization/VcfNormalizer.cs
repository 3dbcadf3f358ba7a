using OmicsBridge.Formats.Fasta;

namespace OmicsBridge.Formats.Vcf.Normalization;

/// <summary>
/// Trims and left-aligns REF/ALT pairs as <c>bcftools norm</c> does (Tan et al. 2015: drop shared trailing bases,
/// extend left from the reference when an allele empties, then drop shared leading bases keeping one anchor base).
/// </summary>
/// <remarks>
/// Without a FASTA only trimming happens (shared suffix, then shared prefix, each keeping at least one base), because
/// moving left needs the preceding reference bases. Symbolic alleles, breakends, <c>*</c> and <c>.</c> pass unchanged.
/// </remarks>
public sealed class VcfNormalizer(IndexedFastaReader? fasta = null)
{
    // Left-alignment stops after this many steps: a safety bound for pathological repeats, far beyond real STRs.
    private const int MaxShift = 100_000;

    /// <summary>Normalises one biallelic pair.</summary>
    public NormalizedAllele Normalize(string chrom, long position, string reference, string alt)
    {
        ArgumentNullException.ThrowIfNull(chrom);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(alt);
        var kind = AlleleClassifier.Classify(System.Text.Encoding.ASCII.GetBytes(reference), System.Text.Encoding.ASCII.GetBytes(alt));
        if (kind is VcfAlleleKind.Symbolic or VcfAlleleKind.NonRef or VcfAlleleKind.Breakend or VcfAlleleKind.Overlapping or VcfAlleleKind.Missing)
        {
            return new NormalizedAllele(position, reference, alt, null);
        }

        var r = reference.ToUpperInvariant();
        var a = alt.ToUpperInvariant();
        bool? matches = null;
        var canAlign = fasta is not null && fasta.TryGetEntry(chrom, out _);
        if (canAlign)
        {
            matches = string.Equals(fasta!.Fetch(chrom, position, position + r.Length - 1), r, StringComparison.Ordinal);
            if (matches == false)
            {
                // bcftools refuses to realign against a reference that disagrees; we only trim, and report.
                canAlign = false;
            }
        }

        var pos = position;
        if (canAlign && r.Length != a.Length)
        {
            for (var step = 0; step < MaxShift; step++)
            {
                var changed = false;
                if (r.Length > 0 && a.Length > 0 && r[^1] == a[^1])
                {
                    r = r[..^1];
                    a = a[..^1];
                    changed = true;
                }

                if ((r.Length == 0 || a.Length == 0) && pos > 1)
                {
                    var before = fasta!.Fetch(chrom, pos - 1, pos - 1);
                    r = before + r;
                    a = before + a;
                    pos--;
                    changed = true;
                }

                if (!changed)
                {
                    break;
                }
            }
        }
        else
        {
            while (r.Length > 1 && a.Length > 1 && r[^1] == a[^1])
            {
                r = r[..^1];
                a = a[..^1];
            }
        }

        while (r.Length > 1 && a.Length > 1 && r[0] == a[0])
        {
            r = r[1..];
            a = a[1..];
            pos++;
        }

        return new NormalizedAllele(pos, r, a, matches);
    }
}
