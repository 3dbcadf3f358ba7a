namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>The headline numbers of the demo showcase and the report that shows them all.</summary>
/// <param name="ReportPath">The self-contained HTML report.</param>
/// <param name="Batches">Expression batches ComBat corrected (0 when there was only one).</param>
/// <param name="Subtypes">Subtypes found (k).</param>
/// <param name="SubtypeVersion">Version of the <c>subtype</c> patient attribute written.</param>
/// <param name="LogRankP">Log-rank p across subtypes (NaN when survival could not be derived).</param>
/// <param name="FisherP">Fisher p of response by carrier status among treated patients (NaN when not computed).</param>
/// <param name="OddsRatio">Conditional MLE odds ratio of responding, carriers against non-carriers (NaN when not computed).</param>
public sealed record ShowcaseResult(string ReportPath, int Batches, int Subtypes, long SubtypeVersion, double LogRankP, double FisherP, double OddsRatio);
