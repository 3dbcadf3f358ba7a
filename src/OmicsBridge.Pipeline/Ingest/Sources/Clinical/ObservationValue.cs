using System.Globalization;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Harmonize.Units;
using OmicsBridge.Harmonize.Values;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>An observation value in the lake's columns: normalised number and unit, originals, code and text.</summary>
internal sealed record ObservationValue
{
    public double? Number { get; init; }

    public string? Comparator { get; init; }

    public string? Text { get; init; }

    public Coding? Code { get; init; }

    public string? Unit { get; init; }

    public double? OriginalNumber { get; init; }

    public string? OriginalUnit { get; init; }

    public (string Code, string Message, string? Excerpt)? UnitIssue { get; init; }

    /// <summary>Splits free text, then normalises the unit and converts to the LOINC code's canonical unit.</summary>
    public static ObservationValue From(Core.Clinical.ClinicalValue? value, string? loinc)
    {
        if (value is null)
        {
            return new ObservationValue();
        }

        double? number = value.ValueNumber is { } d ? (double)d : null;
        var comparator = value.Comparator;
        var unit = value.Unit;
        var code = value.ValueCode;
        var text = value.ValueText;
        if (number is null && code is null && value.ValueBoolean is null && !string.IsNullOrWhiteSpace(text))
        {
            var parsed = ClinicalValueParser.Parse(text);
            number = parsed.Number;
            comparator = parsed.Comparator ?? comparator;
            unit = parsed.Unit ?? unit;
            if (parsed.Code is not null)
            {
                code = new Coding(VocabularyId.Snomed, parsed.Code, parsed.CodeDisplay, "http://snomed.info/sct");
            }
        }

        if (value.ValueBoolean is { } flag)
        {
            text ??= flag ? "true" : "false";
        }

        text ??= number is { } n ? n.ToString("R", CultureInfo.InvariantCulture) : code?.Display ?? code?.Code;
        if (number is null || string.IsNullOrWhiteSpace(unit))
        {
            return new ObservationValue { Number = number, Comparator = comparator, Text = text, Code = code, Unit = unit, OriginalNumber = number, OriginalUnit = unit };
        }

        var conversion = UnitNormalizer.Convert(number.Value, unit, loinc);
        return new ObservationValue
        {
            Number = conversion.Value,
            Comparator = comparator,
            Text = text,
            Code = code,
            Unit = conversion.Unit,
            OriginalNumber = number,
            OriginalUnit = unit,
            UnitIssue = conversion.IssueCode is null ? null : (conversion.IssueCode, conversion.IssueMessage ?? "unit not converted", unit),
        };
    }
}
