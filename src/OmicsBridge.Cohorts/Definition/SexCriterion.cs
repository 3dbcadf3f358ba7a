namespace OmicsBridge.Cohorts.Definition;

/// <summary>Administrative sex as stored in <c>patient.sex</c>: female, male, other, unknown.</summary>
public sealed record SexCriterion(string Sex) : Criterion
{
    public static IReadOnlyList<string> Values { get; } = ["female", "male", "other", "unknown"];
}
