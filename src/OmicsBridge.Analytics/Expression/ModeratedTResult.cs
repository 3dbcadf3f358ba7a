namespace OmicsBridge.Analytics.Expression;

/// <summary>Per-feature output of <see cref="ModeratedTTest.Fit"/>, in the order of limma's <c>topTable(sort.by = "none")</c>.</summary>
/// <param name="LogFoldChange">The coefficient (for a two-group design with intercept: mean(B) - mean(A) on the log scale).</param>
/// <param name="AverageExpression">Row mean of the log expression (limma's AveExpr).</param>
/// <param name="ModeratedT">Coefficient / (stdev.unscaled × sqrt(s2.post)).</param>
/// <param name="PValue">Two-sided, on df.residual + df.prior degrees of freedom (capped at the pooled residual df).</param>
/// <param name="AdjustedPValue">Benjamini–Hochberg over all features.</param>
/// <param name="PriorVariance">limma's <c>s2.prior</c>, per feature (all equal unless trend was asked for).</param>
/// <param name="PriorDegreesOfFreedom">limma's <c>df.prior</c> (may be +∞).</param>
public sealed record ModeratedTResult(
    double[] LogFoldChange, double[] AverageExpression, double[] ModeratedT, double[] PValue, double[] AdjustedPValue,
    double[] PriorVariance, double PriorDegreesOfFreedom);
