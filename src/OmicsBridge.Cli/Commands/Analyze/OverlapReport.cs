using System.Globalization;
using OmicsBridge.Analytics.Integration;
using OmicsBridge.Governance.Suppression;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>The tables <c>analyze overlap</c> prints for an <see cref="OverlapResult"/>.</summary>
/// <remarks>
/// For a pseudonymised caller (<c>suppression</c> given) every patient count below the threshold reads "suppressed";
/// the exact combinations partition the patients, so they also get complementary suppression. The UpSet plot draws
/// every combination's count, so it is drawn for such a caller only when no count is small.
/// </remarks>
internal static class OverlapReport
{
    private const string Suppressed = "suppressed";

    public static AnalysisOutput Tables(OverlapResult result, IntegrationInputs.Membership membership, SuppressionOptions? suppression = null)
    {
        var output = new AnalysisOutput();
        output.Add("pattern", ["pattern", "patients", "complete_cases", "multimodal_patients", "strategy"],
            [[result.Pattern.ToString().ToLowerInvariant(), Count(result.Patients, suppression), Count(result.CompleteCases, suppression),
              Count(result.MultiModalPatients, suppression), result.Recommendation.Strategy.ToString().ToLowerInvariant()]]);
        output.Add("modalities", ["modality", "patients", "features", "batches"],
            result.Modalities.Select((m, i) => new object?[]
            {
                m, Count(result.PatientsPerModality[i], suppression),
                membership.Features.TryGetValue(m, out var f) ? f : null,
                membership.Batches.TryGetValue(m, out var b) ? b : null,
            }));
        var combinations = result.Combinations.Select(c => (long)c.Patients).ToList();
        var shown = suppression is null ? null : SmallCellSuppressor.Suppress(combinations, suppression);
        output.Add("combinations", ["modalities", "patients"],
            result.Combinations.Select((c, i) => new object?[]
            {
                string.Join('+', c.Modalities), shown is null ? combinations[i] : (object?)shown.Shown[i] ?? Suppressed,
            }));
        output.Add("reasons", ["reason"], result.Recommendation.Reasons.Select(r => new object?[] { r }));
        return output;
    }

    /// <summary>Whether the UpSet plot may be drawn: always for an identified caller, else only without small counts.</summary>
    public static bool MayPlot(OverlapResult result, SuppressionOptions? suppression) =>
        suppression is null
        || (result.Combinations.All(c => !suppression.IsSmall(c.Patients)) && result.PatientsPerModality.All(n => !suppression.IsSmall(n)));

    public static string NoPlotReason(SuppressionOptions suppression) => string.Create(CultureInfo.InvariantCulture,
        $"No UpSet plot: some modality combinations have fewer than {suppression.Threshold} patients, and the plot would show their counts.");

    private static object Count(long count, SuppressionOptions? suppression) =>
        suppression is not null && suppression.IsSmall(count) ? Suppressed : count;
}
