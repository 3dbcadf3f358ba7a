namespace OmicsBridge.Cohorts.Compilation;

/// <summary>
/// A definition compiled to DuckDB SQL: <see cref="With"/> is a WITH clause whose last CTE, <c>members</c>, holds one
/// row per member (patient_id, and index_date when there is an index); the statements built from it are single SELECTs.
/// </summary>
public sealed record CompiledCohort(
    string With,
    IReadOnlyList<CompiledLeaf> Leaves,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> TablesRead,
    IReadOnlyList<string> Genes,
    string? Index)
{
    public string CountSql => With + " SELECT count(*) FROM members";

    public string MembersSql => With + " SELECT patient_id FROM members ORDER BY patient_id";

    /// <summary>One row per leaf: ordinal and patients matched by the leaf alone.</summary>
    public string LeafCountsSql => With + " " + string.Join(" UNION ALL ",
        Leaves.Select((l, i) => $"SELECT {i} AS leaf, ({l.CountSql}) AS patients"));

    /// <summary>A statement over the members CTE.</summary>
    public string Then(string select) => With + " " + select;
}
