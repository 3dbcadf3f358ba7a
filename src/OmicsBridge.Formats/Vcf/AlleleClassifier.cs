namespace OmicsBridge.Formats.Vcf;

/// <summary>Classifies alleles and checks their syntax (VCF 4.3 §1.6.1 ALT rules).</summary>
internal static class AlleleClassifier
{
    public static VcfAlleleKind Classify(ReadOnlySpan<byte> reference, ReadOnlySpan<byte> alt)
    {
        if (alt.Length == 1 && alt[0] == (byte)'*')
        {
            return VcfAlleleKind.Overlapping;
        }

        if (alt.Length == 1 && alt[0] == (byte)'.')
        {
            return VcfAlleleKind.Missing;
        }

        if (alt.Length > 2 && alt[0] == (byte)'<' && alt[^1] == (byte)'>')
        {
            return alt.SequenceEqual("<*>"u8) || alt.SequenceEqual("<NON_REF>"u8) ? VcfAlleleKind.NonRef : VcfAlleleKind.Symbolic;
        }

        if (IsBreakend(alt))
        {
            return VcfAlleleKind.Breakend;
        }

        if (reference.Length == alt.Length)
        {
            return reference.Length == 1 ? VcfAlleleKind.Snv : VcfAlleleKind.Mnv;
        }

        // Compare case-insensitively on the shared anchor: lower-case bases are legal in VCF.
        var shorter = Math.Min(reference.Length, alt.Length);
        for (var i = 0; i < shorter; i++)
        {
            if ((reference[i] | 0x20) != (alt[i] | 0x20))
            {
                return VcfAlleleKind.Complex;
            }
        }

        return alt.Length > reference.Length ? VcfAlleleKind.Insertion : VcfAlleleKind.Deletion;
    }

    public static bool IsBreakend(ReadOnlySpan<byte> alt) =>
        alt.IndexOfAny((byte)'[', (byte)']') >= 0
        || (alt.Length > 1 && (alt[0] == (byte)'.' || alt[^1] == (byte)'.'));

    public static bool IsBases(ReadOnlySpan<byte> value)
    {
        if (value.IsEmpty)
        {
            return false;
        }

        foreach (var b in value)
        {
            switch (b | 0x20)
            {
                case 'a':
                case 'c':
                case 'g':
                case 't':
                case 'n':
                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>True when an ALT allele is syntactically valid.</summary>
    public static bool IsValidAlt(ReadOnlySpan<byte> alt)
    {
        if (alt.Length == 1 && alt[0] == (byte)'*')
        {
            return true;
        }

        if (alt.Length > 2 && alt[0] == (byte)'<' && alt[^1] == (byte)'>')
        {
            return alt[1..^1].IndexOfAny((byte)'<', (byte)'>', (byte)',') < 0;
        }

        if (IsBreakend(alt))
        {
            return true;
        }

        return IsBases(alt);
    }
}
