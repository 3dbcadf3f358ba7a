using OmicsBridge.Governance.Suppression;

namespace OmicsBridge.Cohorts.Running;

/// <summary>
/// Small-cell suppression of a characterisation table for a pseudonymised caller: a small cohort shows nothing but its
/// hidden size; age minimum and maximum (one person's age each) are never shown; sex and vital status are partitions
/// of the members, so a hidden count gets a complementary one; conditions, medications and modalities overlap (one
/// patient counts in several), so their small counts are hidden on their own.
/// </summary>
internal static class CharacteristicSuppression
{
    private static readonly HashSet<string> s_partitions = new(StringComparer.Ordinal) { "sex", "vital status" };

    public static IReadOnlyList<CohortCharacteristic> Apply(IReadOnlyList<CohortCharacteristic> rows, SuppressionOptions options)
    {
        var members = rows.FirstOrDefault(r => r.Section == "members");
        if (members is not null && options.IsSmall((long)members.Value))
        {
            return [.. rows.Select(Hide)];
        }

        var shown = rows.ToList();
        for (var i = 0; i < shown.Count; i++)
        {
            var row = shown[i];
            if (row.Section == "age" && row.Item is "min" or "max"
                || row.Section is "condition" or "medication" or "modality" && options.IsSmall((long)row.Value))
            {
                shown[i] = Hide(row);
            }
        }

        foreach (var section in s_partitions)
        {
            var indexes = Enumerable.Range(0, shown.Count).Where(i => shown[i].Section == section).ToList();
            var result = SmallCellSuppressor.Suppress([.. indexes.Select(i => (long)shown[i].Value)], options);
            for (var k = 0; k < indexes.Count; k++)
            {
                if (result.Shown[k] is null)
                {
                    shown[indexes[k]] = Hide(shown[indexes[k]]);
                }
            }
        }

        return shown;
    }

    private static CohortCharacteristic Hide(CohortCharacteristic row) =>
        row.Section == "members" && row.Item == "patients" && row.Value == 0 ? row : row with { Value = double.NaN, Percent = null, Suppressed = true };
}
