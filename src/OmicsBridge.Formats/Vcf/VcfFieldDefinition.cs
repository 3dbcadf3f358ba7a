namespace OmicsBridge.Formats.Vcf;

/// <summary>One <c>##INFO</c> or <c>##FORMAT</c> declaration.</summary>
/// <param name="Id">The key, e.g. <c>AF</c>.</param>
/// <param name="NumberKind">How many values the key carries.</param>
/// <param name="FixedCount">The count when <paramref name="NumberKind"/> is <see cref="VcfNumberKind.Fixed"/>, else -1.</param>
/// <param name="Type">The declared value type.</param>
/// <param name="Description">The description with escapes (<c>\"</c>, <c>\\</c>) resolved.</param>
/// <param name="Declared">False for keys we met in the data without a declaration (kept as String, Number=.).</param>
public sealed record VcfFieldDefinition(
    string Id,
    VcfNumberKind NumberKind,
    int FixedCount,
    VcfValueType Type,
    string Description,
    bool Declared = true)
{
    /// <summary>The definition given to a key used in the data but never declared.</summary>
    public static VcfFieldDefinition Undeclared(string id) =>
        new(id, VcfNumberKind.Unbounded, -1, VcfValueType.String, string.Empty, Declared: false);

    /// <summary>
    /// The number of values expected for a record with <paramref name="alleleCount"/> alleles (REF included) and a
    /// sample of <paramref name="ploidy"/>, or -1 when the declaration does not fix it.
    /// </summary>
    public int ExpectedCount(int alleleCount, int ploidy) => NumberKind switch
    {
        VcfNumberKind.Fixed => FixedCount,
        VcfNumberKind.PerAltAllele => alleleCount - 1,
        VcfNumberKind.PerAllele => alleleCount,
        VcfNumberKind.PerGenotype => GenotypeCount(alleleCount, ploidy),
        _ => -1,
    };

    /// <summary>Number of unordered genotypes: C(alleles + ploidy - 1, ploidy).</summary>
    internal static int GenotypeCount(int alleleCount, int ploidy)
    {
        long n = 1;
        for (var i = 1; i <= ploidy; i++)
        {
            n = n * (alleleCount + i - 1) / i;
        }

        return n > int.MaxValue ? -1 : (int)n;
    }
}
