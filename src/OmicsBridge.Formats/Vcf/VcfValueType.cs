namespace OmicsBridge.Formats.Vcf;

/// <summary>The <c>Type=</c> of an INFO or FORMAT declaration.</summary>
public enum VcfValueType
{
    /// <summary>32-bit signed integer; values outside the range are rejected (VCF014).</summary>
    Integer,

    /// <summary>IEEE double (VCF stores single precision; we keep double).</summary>
    Float,

    /// <summary>INFO only: present or absent, no value.</summary>
    Flag,

    /// <summary>A single character.</summary>
    Character,

    /// <summary>Free text; also the type given to undeclared keys.</summary>
    String,
}
