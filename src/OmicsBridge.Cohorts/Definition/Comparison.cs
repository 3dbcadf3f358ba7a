using System.Globalization;

namespace OmicsBridge.Cohorts.Definition;

/// <summary>A numeric test such as <c>&gt; 7</c> or <c>&lt;= -2</c>.</summary>
public sealed record Comparison(ComparisonOperator Operator, double Value)
{
    public string Symbol => Operator switch
    {
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterOrEqual => ">=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessOrEqual => "<=",
        ComparisonOperator.NotEqual => "!=",
        _ => "=",
    };

    /// <summary>Whether any number satisfies both tests (used to warn about contradictory criteria).</summary>
    public bool Overlaps(Comparison other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var (lo1, hi1) = Range();
        var (lo2, hi2) = other.Range();
        return Math.Max(lo1, lo2) < Math.Min(hi1, hi2)
            || (Math.Max(lo1, lo2) == Math.Min(hi1, hi2) && Includes(Math.Max(lo1, lo2)) && other.Includes(Math.Max(lo1, lo2)));
    }

    public bool Includes(double x) => Operator switch
    {
        ComparisonOperator.GreaterThan => x > Value,
        ComparisonOperator.GreaterOrEqual => x >= Value,
        ComparisonOperator.LessThan => x < Value,
        ComparisonOperator.LessOrEqual => x <= Value,
        ComparisonOperator.NotEqual => x != Value,
        _ => x == Value,
    };

    public override string ToString() => Symbol + " " + Value.ToString("R", CultureInfo.InvariantCulture);

    private (double Low, double High) Range() => Operator switch
    {
        ComparisonOperator.GreaterThan or ComparisonOperator.GreaterOrEqual => (Value, double.PositiveInfinity),
        ComparisonOperator.LessThan or ComparisonOperator.LessOrEqual => (double.NegativeInfinity, Value),
        ComparisonOperator.Equal => (Value, Value),
        _ => (double.NegativeInfinity, double.PositiveInfinity),
    };
}
