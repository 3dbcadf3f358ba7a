using System.Globalization;

namespace OmicsBridge.Analytics.Integration;

/// <summary>
/// Classifies how modalities overlap across patients and recommends an integration family.
/// </summary>
/// <remarks>
/// <para>Rules, applied in order: one modality → <see cref="OverlapPattern.Horizontal"/>; every patient has every
/// modality → <see cref="OverlapPattern.Vertical"/>; no patient has two → <see cref="OverlapPattern.Diagonal"/>;
/// otherwise <see cref="OverlapPattern.Mosaic"/>. The vertical rule is exact on purpose: one patient short of complete
/// is a mosaic, and the complete-case count says how close it is.</para>
/// <para>Recommendation: horizontal → early (a single feature space; correct batches with ComBat first); vertical →
/// early when the concatenated feature count is at most <see cref="FeaturesPerPatientForEarly"/> per patient, else
/// intermediate (SNF builds one patient network per modality, so no modality dominates by its feature count);
/// mosaic → intermediate when at least half of the patients are complete cases (SNF on them, the rest assigned by
/// late integration), else late; diagonal → late (with no shared patients, nothing can be joined before the models).
/// These follow the trade-offs set out by Picard et al. (2021, Comput Struct Biotechnol J 19:3735).</para>
/// </remarks>
public static class OverlapAnalysis
{
    /// <summary>Above this many concatenated features per complete-case patient early integration is not advised.</summary>
    public const int FeaturesPerPatientForEarly = 10;

    /// <param name="patientsByModality">Patient ids per modality; empty modalities are ignored.</param>
    /// <param name="featuresByModality">Optional feature counts per modality, used for the early-vs-intermediate choice.</param>
    /// <param name="batchesByModality">Optional batch (or cohort) counts per modality, named in the reasons.</param>
    public static OverlapResult Analyze(
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> patientsByModality,
        IReadOnlyDictionary<string, int>? featuresByModality = null,
        IReadOnlyDictionary<string, int>? batchesByModality = null)
    {
        ArgumentNullException.ThrowIfNull(patientsByModality);
        var modalities = patientsByModality.Where(p => p.Value.Count > 0).Select(p => p.Key)
            .Order(StringComparer.Ordinal).ToArray();
        var membership = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        for (var m = 0; m < modalities.Length; m++)
        {
            foreach (var patient in patientsByModality[modalities[m]])
            {
                if (!membership.TryGetValue(patient, out var flags))
                {
                    membership[patient] = flags = new bool[modalities.Length];
                }

                flags[m] = true;
            }
        }

        var combinations = membership.Values
            .GroupBy(f => string.Concat(f.Select(b => b ? '1' : '0')), StringComparer.Ordinal)
            .Select(g => new ModalityCombination([.. modalities.Where((_, i) => g.Key[i] == '1')], g.Count()))
            .OrderByDescending(c => c.Patients)
            .ThenByDescending(c => c.Modalities.Count)
            .ThenBy(c => string.Join('&', c.Modalities), StringComparer.Ordinal)
            .ToArray();
        var complete = membership.Values.Count(f => Array.TrueForAll(f, b => b));
        var multi = membership.Values.Count(f => f.Count(b => b) >= 2);
        var patients = membership.Count;
        var pattern = modalities.Length <= 1 ? OverlapPattern.Horizontal
            : complete == patients ? OverlapPattern.Vertical
            : multi == 0 ? OverlapPattern.Diagonal
            : OverlapPattern.Mosaic;
        var perModality = modalities.Select(m => membership.Values.Count(f => f[Array.IndexOf(modalities, m)])).ToArray();
        var recommendation = Recommend(pattern, modalities, patients, complete, featuresByModality, batchesByModality);
        return new OverlapResult(pattern, modalities, perModality, combinations, patients, complete, multi, recommendation);
    }

    private static StrategyRecommendation Recommend(
        OverlapPattern pattern, string[] modalities, int patients, int complete,
        IReadOnlyDictionary<string, int>? features, IReadOnlyDictionary<string, int>? batches)
    {
        var reasons = new List<string>();
        string Text(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        switch (pattern)
        {
            case OverlapPattern.Horizontal:
            {
                var name = modalities.Length == 0 ? "no modality" : modalities[0];
                reasons.Add(Text($"Only one modality ({name}) has data, on {patients} patients: there is nothing to join across modalities."));
                if (modalities.Length == 1 && batches is not null && batches.TryGetValue(modalities[0], out var b) && b > 1)
                {
                    reasons.Add(Text($"It was measured in {b} batches: correct them (analyze combat) before concatenating samples."));
                }

                reasons.Add("Early integration of the batches is a single feature matrix.");
                return new StrategyRecommendation(IntegrationStrategy.Early, reasons);
            }

            case OverlapPattern.Vertical:
            {
                reasons.Add(Text($"All {patients} patients have all {modalities.Length} modalities (vertical): every strategy applies."));
                if (features is null || !modalities.All(features.ContainsKey))
                {
                    reasons.Add("Feature counts are unknown; similarity network fusion is robust to unequal feature counts.");
                    return new StrategyRecommendation(IntegrationStrategy.Intermediate, reasons);
                }

                var total = modalities.Sum(m => (long)features[m]);
                if (total <= (long)FeaturesPerPatientForEarly * patients)
                {
                    reasons.Add(Text($"{total} concatenated features for {patients} patients is at most {FeaturesPerPatientForEarly} per patient: a scaled, concatenated matrix is well posed."));
                    return new StrategyRecommendation(IntegrationStrategy.Early, reasons);
                }

                var largest = modalities.MaxBy(m => features[m])!;
                reasons.Add(Text($"{total} concatenated features for {patients} patients (more than {FeaturesPerPatientForEarly} per patient); {largest} alone has {features[largest]} and would dominate a concatenation."));
                reasons.Add("Similarity network fusion (Wang et al. 2014) gives each modality one patient network of equal weight.");
                return new StrategyRecommendation(IntegrationStrategy.Intermediate, reasons);
            }

            case OverlapPattern.Diagonal:
                reasons.Add(Text($"No patient has two modalities ({patients} patients across {modalities.Length} modalities, diagonal)."));
                reasons.Add("Early and intermediate integration need patients measured in several modalities; only per-modality models can be combined.");
                return new StrategyRecommendation(IntegrationStrategy.Late, reasons);

            default:
            {
                var fraction = patients == 0 ? 0 : complete / (double)patients;
                reasons.Add(Text($"{complete} of {patients} patients ({fraction:P0}) have all {modalities.Length} modalities (mosaic)."));
                if (fraction >= 0.5)
                {
                    reasons.Add("At least half are complete cases: fuse their networks (SNF) and place the others by late integration.");
                    return new StrategyRecommendation(IntegrationStrategy.Intermediate, reasons);
                }

                reasons.Add("Fewer than half are complete cases: per-modality models combined over the modalities each patient has use every patient.");
                return new StrategyRecommendation(IntegrationStrategy.Late, reasons);
            }
        }
    }
}
