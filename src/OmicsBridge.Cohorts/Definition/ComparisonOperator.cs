namespace OmicsBridge.Cohorts.Definition;

/// <summary>The operator of a <see cref="Comparison"/>.</summary>
public enum ComparisonOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}
