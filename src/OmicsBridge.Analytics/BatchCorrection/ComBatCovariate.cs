namespace OmicsBridge.Analytics.BatchCorrection;

/// <summary>A biological covariate whose effect ComBat must preserve (the <c>mod</c> design of sva::ComBat).</summary>
/// <remarks>
/// A categorical covariate is dummy-coded like R's <c>model.matrix(~ x)</c> with treatment contrasts: levels are sorted
/// ordinally and the first is the reference, so a covariate with <c>L</c> levels adds <c>L - 1</c> columns.
/// A numeric covariate adds its values as one column.
/// </remarks>
public sealed class ComBatCovariate
{
    private ComBatCovariate(string name, IReadOnlyList<string>? levels, IReadOnlyList<double>? values)
    {
        Name = name;
        CategoricalValues = levels;
        NumericValues = values;
    }

    /// <summary>The covariate's name, used in error messages.</summary>
    public string Name { get; }

    /// <summary>One level per sample, or <see langword="null"/> for a numeric covariate.</summary>
    public IReadOnlyList<string>? CategoricalValues { get; }

    /// <summary>One value per sample, or <see langword="null"/> for a categorical covariate.</summary>
    public IReadOnlyList<double>? NumericValues { get; }

    /// <summary>Number of samples the covariate describes.</summary>
    public int Count => CategoricalValues?.Count ?? NumericValues!.Count;

    public static ComBatCovariate Categorical(string name, IReadOnlyList<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new ComBatCovariate(name, values, null);
    }

    public static ComBatCovariate Numeric(string name, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new ComBatCovariate(name, null, values);
    }
}
