namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// One numeric column of a Cox model's design matrix. <paramref name="Term"/> groups the dummy columns of one
/// categorical variable (cox.zph tests a term with all its columns together); it defaults to the column name.
/// </summary>
public sealed record SurvivalCovariate(string Name, IReadOnlyList<double> Values, string? Term = null)
{
    /// <summary>The model term this column belongs to.</summary>
    public string TermName => Term ?? Name;
}
