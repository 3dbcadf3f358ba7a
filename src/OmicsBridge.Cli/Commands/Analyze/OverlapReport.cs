using OmicsBridge.Analytics.Integration;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>The tables <c>analyze overlap</c> prints for an <see cref="OverlapResult"/>.</summary>
internal static class OverlapReport
{
    public static AnalysisOutput Tables(OverlapResult result, IntegrationInputs.Membership membership)
    {
        var output = new AnalysisOutput();
        output.Add("pattern", ["pattern", "patients", "complete_cases", "multimodal_patients", "strategy"],
            [[result.Pattern.ToString().ToLowerInvariant(), (long)result.Patients, (long)result.CompleteCases, (long)result.MultiModalPatients,
              result.Recommendation.Strategy.ToString().ToLowerInvariant()]]);
        output.Add("modalities", ["modality", "patients", "features", "batches"],
            result.Modalities.Select((m, i) => new object?[]
            {
                m, (long)result.PatientsPerModality[i],
                membership.Features.TryGetValue(m, out var f) ? f : null,
                membership.Batches.TryGetValue(m, out var b) ? b : null,
            }));
        output.Add("combinations", ["modalities", "patients"],
            result.Combinations.Select(c => new object?[] { string.Join('+', c.Modalities), (long)c.Patients }));
        output.Add("reasons", ["reason"], result.Recommendation.Reasons.Select(r => new object?[] { r }));
        return output;
    }
}
