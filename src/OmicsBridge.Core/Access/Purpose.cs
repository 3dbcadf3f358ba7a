using System.Diagnostics.CodeAnalysis;

namespace OmicsBridge.Core.Access;

/// <summary>
/// A declared purpose of use: a DUO permission code and, for disease-specific research (DUO:0000007), the disease term.
/// Written <c>DUO:0000042</c>, <c>GRU</c>, or <c>DUO:0000007:MONDO:0005015</c> / <c>DS:MONDO:0005015</c>.
/// </summary>
public sealed record Purpose
{
    public Purpose(string code, string? disease = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code.ToUpperInvariant();
        Disease = string.IsNullOrWhiteSpace(disease) ? null : disease.Trim();
    }

    /// <summary>The DUO id, upper case (<c>DUO:0000006</c>).</summary>
    public string Code { get; }

    /// <summary>The disease term of a DS purpose (<c>MONDO:0005015</c>); null otherwise.</summary>
    public string? Disease { get; }

    public static Purpose GeneralResearch { get; } = new(DuoCodes.GeneralResearchUse);

    public static Purpose HealthMedicalBiomedical { get; } = new(DuoCodes.HealthMedicalBiomedical);

    public static Purpose ClinicalCare { get; } = new(DuoCodes.ClinicalCare);

    public static Purpose DiseaseSpecific(string disease) => new(DuoCodes.DiseaseSpecific, disease);

    /// <summary>Research purposes (GRU, HMB, DS, POA) as opposed to clinical care or unrestricted use.</summary>
    public bool IsResearch => Code is DuoCodes.GeneralResearchUse or DuoCodes.HealthMedicalBiomedical
        or DuoCodes.DiseaseSpecific or DuoCodes.PopulationOriginsAncestry;

    /// <summary>Parses a purpose; a DS purpose without a disease term is refused (DUO requires one).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Purpose? purpose, out string? error)
    {
        purpose = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "empty purpose";
            return false;
        }

        var trimmed = text.Trim();
        string code;
        string? rest;
        if (trimmed.StartsWith("DUO:", StringComparison.OrdinalIgnoreCase))
        {
            code = trimmed.Length >= 11 ? trimmed[..11] : trimmed;
            rest = trimmed.Length > 11 ? trimmed[11..] : null;
            if (rest is not null && rest[0] != ':')
            {
                error = $"'{trimmed}' is not a DUO id (DUO: and seven digits)";
                return false;
            }
        }
        else
        {
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            var abbreviation = colon < 0 ? trimmed : trimmed[..colon];
            rest = colon < 0 ? null : trimmed[colon..];
            if (!DuoCodes.Abbreviations.TryGetValue(abbreviation, out var mapped))
            {
                error = $"'{trimmed}' is neither a DUO id nor a DUO abbreviation (GRU, HMB, DS, POA, CC, NRES)";
                return false;
            }

            code = mapped;
        }

        if (!DuoCodes.IsDuoId(code))
        {
            error = $"'{trimmed}' is not a DUO id (DUO: and seven digits)";
            return false;
        }

        var disease = rest is { Length: > 1 } ? rest[1..] : null;
        if (code == DuoCodes.DiseaseSpecific && disease is null)
        {
            error = "disease-specific research (DUO:0000007) needs a disease term, e.g. DUO:0000007:MONDO:0005015";
            return false;
        }

        if (code != DuoCodes.DiseaseSpecific && disease is not null)
        {
            error = $"only disease-specific research (DUO:0000007) takes a disease term; found '{trimmed}'";
            return false;
        }

        purpose = new Purpose(code, disease);
        return true;
    }

    /// <summary>Parses a purpose or throws <see cref="FormatException"/> with the reason.</summary>
    public static Purpose Parse(string text)
        => TryParse(text, out var purpose, out var error) ? purpose : throw new FormatException(error);

    public override string ToString() => Disease is null ? Code : $"{Code}:{Disease}";
}
