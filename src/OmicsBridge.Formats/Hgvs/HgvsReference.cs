namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// The reference sequence a description is based on: <c>NM_004006.2</c>, <c>LRG_199t1</c>, <c>NC_000023.11(NM_004006.2)</c>
/// or <c>NM_004006.2(DMD)</c>.
/// </summary>
/// <param name="Accession">The identifier before any parentheses, with its version when written.</param>
/// <param name="Detail">What was written in parentheses after it: a transcript accession or a gene symbol; null if none.</param>
public sealed record HgvsReference(string Accession, string? Detail = null)
{
    /// <summary>The accession without its <c>.version</c> suffix.</summary>
    public string AccessionWithoutVersion
    {
        get
        {
            var dot = Accession.LastIndexOf('.');
            return dot < 0 ? Accession : Accession[..dot];
        }
    }

    /// <summary>The version after the last dot, or null when the accession is unversioned.</summary>
    public int? Version
    {
        get
        {
            var dot = Accession.LastIndexOf('.');
            return dot >= 0 && int.TryParse(Accession.AsSpan(dot + 1), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var version)
                ? version
                : null;
        }
    }

    /// <summary>The parenthesised part looks like a gene symbol rather than a sequence accession.</summary>
    public bool DetailIsGene => Detail is not null && !Detail.Contains('_', StringComparison.Ordinal) && !Detail.Contains('.', StringComparison.Ordinal);
}
