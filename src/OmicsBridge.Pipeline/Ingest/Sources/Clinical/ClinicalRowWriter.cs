using System.Globalization;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>
/// Writes Core clinical records (from FHIR, HL7 v2 or a mapped CSV) as rows of the clinical lake tables, so the three
/// sources land with the same codes, units and id scheme.
/// </summary>
/// <remarks>
/// CR1 row ids are source-scoped: <c>&lt;kind&gt;:&lt;Type&gt;/&lt;source id&gt;</c> (<c>fhir:Encounter/e1</c>); an
/// observation component is <c>&lt;observation id&gt;#&lt;n&gt;</c>. CR2 a free-text value (FHIR valueString, HL7 ST,
/// a CSV cell) is split by <see cref="Harmonize.Values.ClinicalValueParser"/>; value_text always keeps what was received. CR3 a number
/// with a unit is normalised to UCUM and, for a LOINC code with a canonical unit, converted
/// (<see cref="Harmonize.Units.UnitNormalizer"/>); original value and unit are kept, an unknown unit is a UNIT001 warning.
/// CR4 a record whose code is missing altogether is rejected (the columns are required).
/// </remarks>
internal sealed class ClinicalRowWriter(IngestContext context)
{
    public string Kind => context.Kind;

    public string Id(string type, string sourceId) => string.Concat(context.Kind, ":", type, "/", sourceId);

    /// <summary>The row id a reference (<c>Encounter/e1</c>) points at, or null when there is none.</summary>
    public string? RefId(string? reference) => reference is null ? null : string.Concat(context.Kind, ":", reference);

    public void Encounter(EncounterRecord record, string patientId)
    {
        var type = ClinicalCodes.Primary(record.Types, null);
        context.Table(EncounterTable.Schema).NewRow()
            .AppendValue(Id("Encounter", record.SourceId))
            .AppendValue(patientId)
            .AppendValue(record.Class?.Code)
            .AppendValue(type is null ? null : ClinicalCodes.Vocabulary(type))
            .AppendValue(type?.Code)
            .AppendValue(type?.Display)
            .AppendValue(Timestamp(record.Period?.Start))
            .AppendValue(Timestamp(record.Period?.End))
            .AppendValue(record.Status)
            .EndWithProvenance(context, record.SourceId);
    }

    public bool Condition(ConditionRecord record, string patientId, string? field)
    {
        var code = ClinicalCodes.Primary(record.Codes, record.CodeText);
        if (code is null)
        {
            return RejectUncoded(record, "Condition", field);
        }

        context.Table(ConditionTable.Schema).NewRow()
            .AppendValue(Id("Condition", record.SourceId))
            .AppendValue(patientId)
            .AppendValue(ClinicalCodes.Vocabulary(code))
            .AppendValue(code.Code)
            .AppendValue(code.Display ?? record.CodeText)
            .AppendValue(record.Onset?.Start)
            .AppendValue(record.Abatement?.Start)
            .AppendValue(record.ClinicalStatus)
            .AppendValue(record.VerificationStatus)
            .AppendValue(RefId(record.EncounterReference))
            .EndWithProvenance(context, record.SourceId);
        return true;
    }

    public bool Medication(MedicationRecord record, string patientId, string? field)
    {
        var code = ClinicalCodes.Primary(record.Codes, record.CodeText);
        if (code is null)
        {
            return RejectUncoded(record, "Medication", field);
        }

        var kind = record.Kind switch
        {
            MedicationRecordKind.Request => "request",
            MedicationRecordKind.Statement => "statement",
            _ => "administration",
        };
        var dose = record.DoseText
                   ?? (record.Dose?.ValueNumber is { } amount
                       ? string.Create(CultureInfo.InvariantCulture, $"{amount} {record.Dose.Unit}").Trim()
                       : null);
        var route = record.Routes.Count > 0 ? record.Routes[0].Display ?? record.Routes[0].Code : null;
        context.Table(MedicationTable.Schema).NewRow()
            .AppendValue(Id(record.Kind.ToString(), record.SourceId))
            .AppendValue(patientId)
            .AppendValue(kind)
            .AppendValue(ClinicalCodes.Vocabulary(code))
            .AppendValue(code.Code)
            .AppendValue(code.Display ?? record.CodeText)
            .AppendValue(record.StartDate?.Start)
            .AppendValue(record.EndDate?.Start)
            .AppendValue(record.Status)
            .AppendValue(dose)
            .AppendValue(route)
            .EndWithProvenance(context, record.SourceId);
        return true;
    }

    public bool Procedure(ProcedureRecord record, string patientId, string? field)
    {
        var code = ClinicalCodes.Primary(record.Codes, record.CodeText);
        if (code is null)
        {
            return RejectUncoded(record, "Procedure", field);
        }

        context.Table(ProcedureTable.Schema).NewRow()
            .AppendValue(Id("Procedure", record.SourceId))
            .AppendValue(patientId)
            .AppendValue(ClinicalCodes.Vocabulary(code))
            .AppendValue(code.Code)
            .AppendValue(code.Display ?? record.CodeText)
            .AppendValue(record.PerformedStart?.Start)
            .AppendValue(record.Status)
            .AppendValue(RefId(record.EncounterReference))
            .EndWithProvenance(context, record.SourceId);
        return true;
    }

    public void Consent(ConsentRecord record, string patientId)
    {
        var provisions = Flatten(record.Provision).ToList();
        var permits = provisions.Where(p => p.Type is null or "permit").ToList();
        var purposes = permits.SelectMany(p => p.Purposes).Where(c => c.Vocabulary == VocabularyId.Duo).Select(c => c.Code);
        var categories = permits.SelectMany(p => p.DataClasses).Select(c => c.Display ?? c.Code);
        context.Table(ConsentTable.Schema).NewRow()
            .AppendValue(Id("Consent", record.SourceId))
            .AppendValue(patientId)
            .AppendValue(record.Status ?? "unknown")
            .AppendValue(Join(purposes))
            .AppendValue(Join(provisions.Where(p => p.Type == "deny").SelectMany(p => p.Purposes).Select(c => "deny:" + c.Code)))
            .AppendValue(Join(categories))
            .AppendValue(record.Provision?.Period?.Start?.Start)
            .AppendValue(record.Provision?.Period?.End?.Start)
            .AppendValue(Timestamp(record.DateTime))
            .EndWithProvenance(context, record.SourceId);
    }

    /// <summary>Writes the observation (and one row per component); returns false when it was rejected.</summary>
    /// <param name="record">The observation.</param>
    /// <param name="patientId">The resolved patient.</param>
    /// <param name="field">Where the code sits in the source, for rejects.</param>
    /// <param name="reportId">The report (HL7 OBR) the observation belongs to, if known.</param>
    /// <param name="valueField">Where the value and unit sit in the source (for warnings): <c>entry[2].resource.valueQuantity</c>, <c>OBX-5</c>, a column.</param>
    public bool Observation(ObservationRecord record, string patientId, string? field, string? valueField, string? reportId = null)
    {
        var code = ClinicalCodes.Primary(record.Codes, record.CodeText);
        if (code is null)
        {
            return RejectUncoded(record, "Observation", field);
        }

        var id = Id("Observation", record.SourceId);
        var category = record.Categories.Count > 0 ? record.Categories[0].Code : null;
        WriteObservation(record, id, patientId, code, record.Value, record.ReferenceRanges, record.Interpretation, category, valueField, reportId);
        for (var i = 0; i < record.Components.Count; i++)
        {
            var component = record.Components[i];
            var componentCode = ClinicalCodes.Primary(component.Codes, null);
            if (componentCode is null)
            {
                context.Warn(Issue("CLIN002", record.Source, field + ".component", "observation component has no code; the component was not loaded"));
                continue;
            }

            WriteObservation(record, string.Create(CultureInfo.InvariantCulture, $"{id}#{i + 1}"), patientId, componentCode, component.Value,
                component.ReferenceRanges, component.Interpretation, category,
                string.Create(CultureInfo.InvariantCulture, $"{field}.component[{i}]"), reportId);
        }

        return true;
    }

    public static ParseIssue Issue(string code, SourcePosition source, string? field, string message, string? excerpt = null) =>
        new(code, IssueSeverity.Error, source.File, source.Line, null, field, message, excerpt);

    private void WriteObservation(ObservationRecord record, string id, string patientId, Coding code, ClinicalValue? value,
        IReadOnlyList<ReferenceRange> ranges, IReadOnlyList<Coding> interpretation, string? category, string? valueField, string? reportId)
    {
        var loinc = code.Vocabulary == VocabularyId.Loinc ? code.Code : null;
        var v = ObservationValue.From(value, loinc);
        if (v.UnitIssue is { } unitIssue)
        {
            context.Warn(new ParseIssue(unitIssue.Code, IssueSeverity.Warning, record.Source.File, record.Source.Line, null,
                valueField, unitIssue.Message, unitIssue.Excerpt));
        }

        var range = ranges.Count > 0 ? ranges[0] : null;
        context.Table(ObservationTable.Schema).NewRow()
            .AppendValue(id)
            .AppendValue(patientId)
            .AppendValue(ClinicalCodes.Vocabulary(code))
            .AppendValue(code.Code)
            .AppendValue(code.Display ?? record.CodeText)
            .AppendValue(v.Number)
            .AppendValue(v.Comparator)
            .AppendValue(v.Text)
            .AppendValue(v.Code is null ? null : ClinicalCodes.Vocabulary(v.Code))
            .AppendValue(v.Code?.Code)
            .AppendValue(v.Code?.Display)
            .AppendValue(v.Unit)
            .AppendValue(v.OriginalNumber)
            .AppendValue(v.OriginalUnit)
            .AppendValue(range?.Low is { } low ? (double?)(double)low : null)
            .AppendValue(range?.High is { } high ? (double?)(double)high : null)
            .AppendValue(range?.Text)
            .AppendValue(interpretation.Count > 0 ? interpretation[0].Code : null)
            .AppendValue(record.Status)
            .AppendValue(category)
            .AppendValue(Timestamp(record.EffectiveTime))
            .AppendValue(RefId(record.EncounterReference))
            .AppendValue(reportId)
            .EndWithProvenance(context, record.SourceId);
    }

    private bool RejectUncoded(ClinicalRecord record, string type, string? field)
    {
        context.Reject(Issue("CLIN001", record.Source, field,
            $"{type} has neither a coding nor a text for its code, so it cannot be stored (the code column is required)"));
        return false;
    }

    /// <summary>A timestamp column's value: the instant when a time was given, else the day's start in UTC.</summary>
    public static DateTimeOffset? Timestamp(PartialDateTime? value) =>
        value is not { } v ? null : v.Instant ?? new DateTimeOffset(v.Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static IEnumerable<ConsentProvision> Flatten(ConsentProvision? provision)
    {
        if (provision is null)
        {
            yield break;
        }

        yield return provision;
        foreach (var nested in provision.Provisions.SelectMany(Flatten))
        {
            yield return nested;
        }
    }

    private static string? Join(IEnumerable<string?> values)
    {
        var distinct = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? null : string.Join(',', distinct);
    }
}
