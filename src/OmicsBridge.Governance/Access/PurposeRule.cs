using OmicsBridge.Core.Access;

namespace OmicsBridge.Governance.Access;

/// <summary>
/// One entry of a role's <c>purposes:</c> list: <c>any</c>, <c>research</c> (GRU, HMB, DS, POA), a DUO id, or a DS id
/// without a disease term meaning disease-specific research on any disease.
/// </summary>
public sealed record PurposeRule(string Text)
{
    public bool Matches(Purpose purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var text = Text.Trim();
        if (text.Equals("any", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (text.Equals("research", StringComparison.OrdinalIgnoreCase))
        {
            return purpose.IsResearch;
        }

        if (!Purpose.TryParse(text, out var rule, out _))
        {
            // A bare DS (no disease) fails Purpose.TryParse by design; as a rule it means "DS on any disease".
            return (text.Equals("DS", StringComparison.OrdinalIgnoreCase) || text.Equals(DuoCodes.DiseaseSpecific, StringComparison.OrdinalIgnoreCase))
                && purpose.Code == DuoCodes.DiseaseSpecific;
        }

        return rule.Code == purpose.Code && (rule.Disease is null || string.Equals(rule.Disease, purpose.Disease, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the text is a valid rule (checked when the policy is loaded).</summary>
    public static bool IsValid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        return trimmed.Equals("any", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("research", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals("DS", StringComparison.OrdinalIgnoreCase)
            || trimmed.Equals(DuoCodes.DiseaseSpecific, StringComparison.OrdinalIgnoreCase)
            || Purpose.TryParse(trimmed, out _, out _);
    }

    public override string ToString() => Text;
}
