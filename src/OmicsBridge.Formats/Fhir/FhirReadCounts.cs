namespace OmicsBridge.Formats.Fhir;

/// <summary>What a <see cref="FhirResourceReader"/> saw: resources in = records out + rejected + skipped.</summary>
public sealed class FhirReadCounts
{
    /// <summary>Resources parsed (Bundles themselves not counted, their entries are).</summary>
    public long Resources { get; internal set; }

    /// <summary>Records produced.</summary>
    public long Records { get; internal set; }

    /// <summary>Resources of a mapped type that an error kept out (see the issues).</summary>
    public long Rejected { get; internal set; }

    /// <summary>Valid resources of types that are not mapped to records (Organization, Claim…); they still resolve references.</summary>
    public long Skipped { get; internal set; }

    /// <summary>Documents or lines that could not be read as a FHIR resource at all (invalid JSON, unknown type).</summary>
    public long Unreadable { get; internal set; }
}
