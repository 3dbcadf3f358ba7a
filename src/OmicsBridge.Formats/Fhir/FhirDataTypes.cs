using System.Globalization;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Vocabulary;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

/// <summary>Conversions from Firely data types to Core clinical values.</summary>
internal static class FhirDataTypes
{
    public static Coding? ToCoding(R4.Coding? coding)
    {
        if (coding is null || string.IsNullOrEmpty(coding.Code))
        {
            return null;
        }

        return new Coding(CodeSystems.FromSystemUri(coding.System), coding.Code, coding.Display, coding.System);
    }

    public static IReadOnlyList<Coding> ToCodings(R4.CodeableConcept? concept)
    {
        if (concept?.Coding is not { Count: > 0 } codings)
        {
            return [];
        }

        var result = new List<Coding>(codings.Count);
        foreach (var coding in codings)
        {
            if (ToCoding(coding) is { } mapped)
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    public static IReadOnlyList<Coding> ToCodings(IEnumerable<R4.CodeableConcept>? concepts)
    {
        if (concepts is null)
        {
            return [];
        }

        var result = new List<Coding>();
        foreach (var concept in concepts)
        {
            result.AddRange(ToCodings(concept));
        }

        return result;
    }

    public static IReadOnlyList<Coding> ToCodings(IEnumerable<R4.Coding>? codings)
    {
        if (codings is null)
        {
            return [];
        }

        var result = new List<Coding>();
        foreach (var coding in codings)
        {
            if (ToCoding(coding) is { } mapped)
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    /// <summary>The first coding, or a text-only concept as a <c>LOCAL</c>-less coding of its text; null when empty.</summary>
    public static Coding? FirstCoding(R4.CodeableConcept? concept)
    {
        var codings = ToCodings(concept);
        if (codings.Count > 0)
        {
            return codings[0];
        }

        return string.IsNullOrEmpty(concept?.Text) ? null : new Coding(null, concept.Text, concept.Text);
    }

    /// <summary>The text of a concept: its text, else the first display, else the first code.</summary>
    public static string? Text(R4.CodeableConcept? concept)
    {
        if (concept is null)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(concept.Text))
        {
            return concept.Text;
        }

        var first = concept.Coding?.FirstOrDefault(c => !string.IsNullOrEmpty(c.Display) || !string.IsNullOrEmpty(c.Code));
        return first?.Display ?? first?.Code;
    }

    public static bool HasCode(R4.CodeableConcept? concept, string system, string code)
        => concept?.Coding?.Exists(c => c.Code == code && string.Equals(c.System, system, StringComparison.OrdinalIgnoreCase)) == true;

    public static ClinicalValue? ToValue(R4.DataType? value) => value switch
    {
        null => null,
        R4.Quantity quantity => ToValue(quantity),
        R4.CodeableConcept concept => new ClinicalValue { ValueCode = FirstCoding(concept), ValueText = Text(concept) },
        R4.FhirString text => new ClinicalValue { ValueText = text.Value },
        R4.FhirBoolean flag => new ClinicalValue { ValueBoolean = flag.Value, ValueText = flag.Value is { } b ? (b ? "true" : "false") : null },
        R4.Integer integer => new ClinicalValue { ValueNumber = integer.Value, ValueText = integer.Value?.ToString(CultureInfo.InvariantCulture) },
        R4.Range range => new ClinicalValue
        {
            ValueNumber = range.Low?.Value,
            ValueNumberHigh = range.High?.Value,
            Unit = range.Low?.Code ?? range.High?.Code ?? range.Low?.Unit ?? range.High?.Unit,
            UnitSystem = range.Low?.System ?? range.High?.System,
            ValueText = $"{Literal(range.Low?.Value)}..{Literal(range.High?.Value)}",
        },
        R4.Ratio ratio => new ClinicalValue
        {
            ValueNumber = ratio.Numerator?.Value is { } n && ratio.Denominator?.Value is { } d && d != 0 ? n / d : null,
            ValueText = $"{Literal(ratio.Numerator?.Value)}:{Literal(ratio.Denominator?.Value)}",
        },
        R4.FhirDateTime dateTime => new ClinicalValue { ValueText = dateTime.Value },
        R4.Time time => new ClinicalValue { ValueText = time.Value },
        R4.Period period => new ClinicalValue { ValueText = $"{period.Start}/{period.End}" },
        R4.SampledData sampled => new ClinicalValue { ValueText = sampled.Data },
        _ => new ClinicalValue { ValueText = value.ToString() },
    };

    public static ClinicalValue ToValue(R4.Quantity quantity) => new()
    {
        ValueNumber = quantity.Value,
        Comparator = quantity.ComparatorElement?.JsonValue as string,
        ValueText = Literal(quantity.Value),
        Unit = !string.IsNullOrEmpty(quantity.Code) ? quantity.Code : quantity.Unit,
        UnitSystem = quantity.System,
    };

    public static ReferenceRange ToReferenceRange(R4.Observation.ReferenceRangeComponent range)
        => new(
            range.Low?.Value,
            range.High?.Value,
            range.Low?.Code ?? range.High?.Code ?? range.Low?.Unit ?? range.High?.Unit,
            range.Text,
            FirstCoding(range.Type));

    public static IReadOnlyList<ReferenceRange> ToReferenceRanges(List<R4.Observation.ReferenceRangeComponent>? ranges)
        => ranges is { Count: > 0 } ? ranges.ConvertAll(ToReferenceRange) : [];

    public static PatientIdentifier? ToIdentifier(R4.Identifier? identifier)
        => identifier is null || string.IsNullOrEmpty(identifier.Value)
            ? null
            : new PatientIdentifier(identifier.System, identifier.Value, identifier.Type?.Coding?.FirstOrDefault()?.Code ?? identifier.Type?.Text);

    public static IReadOnlyList<PatientIdentifier> ToIdentifiers(List<R4.Identifier>? identifiers)
    {
        if (identifiers is not { Count: > 0 })
        {
            return [];
        }

        var result = new List<PatientIdentifier>(identifiers.Count);
        foreach (var identifier in identifiers)
        {
            if (ToIdentifier(identifier) is { } mapped)
            {
                result.Add(mapped);
            }
        }

        return result;
    }

    /// <summary>Reads a choice-typed time (<c>effective[x]</c>, <c>performed[x]</c>, <c>onset[x]</c>) as start and end.</summary>
    public static (PartialDateTime? Start, PartialDateTime? End, string? Text) ToTime(R4.DataType? value, FhirMappingContext context, string field)
        => value switch
        {
            null => (null, null, null),
            R4.FhirDateTime dateTime => (context.Date(dateTime.Value, field + "DateTime"), null, null),
            R4.Instant instant => (context.Date(instant.Value, field + "Instant"), null, null),
            R4.Date date => (context.Date(date.Value, field + "Date"), null, null),
            R4.Period period => (context.Date(period.Start, field + "Period.start"), context.Date(period.End, field + "Period.end"), null),
            R4.FhirString text => (null, null, text.Value),
            R4.Age age => (null, null, $"age {Literal(age.Value)} {age.Code ?? age.Unit}"),
            R4.Range range => (null, null, $"age {Literal(range.Low?.Value)}..{Literal(range.High?.Value)} {range.Low?.Code ?? range.Low?.Unit}"),
            R4.Timing timing => (context.Date(timing.Event?.FirstOrDefault(), field + "Timing.event[0]"), null, null),
            R4.FhirBoolean flag => (null, null, flag.Value?.ToString(CultureInfo.InvariantCulture)),
            _ => (null, null, value.ToString()),
        };

    public static string? Literal(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    public static string? Status(R4.PrimitiveType? element) => element?.JsonValue as string;
}
