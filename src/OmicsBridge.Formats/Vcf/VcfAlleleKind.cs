namespace OmicsBridge.Formats.Vcf;

/// <summary>What an ALT allele is, relative to REF.</summary>
public enum VcfAlleleKind
{
    /// <summary>One base replaced by another.</summary>
    Snv,

    /// <summary>Several bases replaced by as many others.</summary>
    Mnv,

    /// <summary>ALT is longer than REF and starts with it (after trimming, bases were inserted).</summary>
    Insertion,

    /// <summary>REF is longer than ALT and starts with it.</summary>
    Deletion,

    /// <summary>Lengths differ and neither is a prefix of the other (delins).</summary>
    Complex,

    /// <summary>A symbolic allele: <c>&lt;DEL&gt;</c>, <c>&lt;DUP:TANDEM&gt;</c>, <c>&lt;INS&gt;</c>, <c>&lt;INV&gt;</c>, <c>&lt;CNV&gt;</c>…</summary>
    Symbolic,

    /// <summary>The gVCF reference block allele <c>&lt;*&gt;</c> or <c>&lt;NON_REF&gt;</c>.</summary>
    NonRef,

    /// <summary>A breakend (<c>T[chr2:321[</c>, <c>.A</c>).</summary>
    Breakend,

    /// <summary><c>*</c>: the allele is missing because of an upstream deletion.</summary>
    Overlapping,

    /// <summary><c>.</c>: no ALT allele (a reference-only site).</summary>
    Missing,
}
