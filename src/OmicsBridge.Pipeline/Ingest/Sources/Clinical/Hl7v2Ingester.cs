using System.Globalization;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Formats.Hl7v2.Records;
using OmicsBridge.Lake.Schema.Tables;
using PatientIdentifier = OmicsBridge.Harmonize.Identity.PatientIdentifier;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>
/// HL7 v2 feeds (ADT, ORU, OUL, RDE; MLLP-framed or not) → <c>patient</c>, <c>patient_identifier</c>, <c>encounter</c>,
/// <c>observation</c>, <c>medication</c> and <c>identity_merge</c>. A record is one message: it loads whole or is rejected.
/// </summary>
/// <remarks>
/// HI1 PID-3 identifiers are (assigning authority, id) pairs, canonicalised by <c>identity.system_aliases</c>; the
/// authority's namespace id is used, else its universal id, else <c>identity.default_system</c>.
/// HI2 A40/A34/A35/A39 are recorded in <c>identity_merge</c> with status <c>recorded</c>: merging people is a reviewed
/// decision, never applied by an ingest. HI3 OBX values: NM as a number, SN as comparator + number (a range or ratio
/// stays text), ST/TX split by the clinical value parser, CE/CWE as a code, DT/TS as text; OBX-6 is normalised to UCUM.
/// HI4 orders without results (ORM/OML) have no lake table and are accepted with a note.
/// </remarks>
public sealed class Hl7v2Ingester : ISourceIngester
{
    public string Kind => "hl7v2";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        return name.EndsWith(".hl7", StringComparison.Ordinal) || name.EndsWith(".hl7v2", StringComparison.Ordinal)
               || head.TrimStart((ReadOnlySpan<byte>)[0x0B, 0xEF, 0xBB, 0xBF]).StartsWith("MSH|"u8);
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "messages";
        context.Patients.DeferRows();
        var rows = new ClinicalRowWriter(context);
        var known = new Dictionary<PatientIdentifier, string>();
        long ordersOnly = 0;
        using var reader = new Hl7v2Reader(context.OpenRead(), context.File.Name);
        var readerIssues = 0;
        foreach (var result in Hl7v2MessageExtractor.ExtractAll(reader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Issues outside any message (no MSH at all, text before the first MSH): each is one rejected record.
            readerIssues = context.RecordIssues(reader.Issues, readerIssues);
            if (!result.IsAccepted)
            {
                var first = true;
                foreach (var issue in result.Issues)
                {
                    if (issue.Severity >= IssueSeverity.Error)
                    {
                        context.Reject(issue, first ? 1 : 0);
                        first = false;
                    }
                    else
                    {
                        context.Warn(issue);
                    }
                }

                continue;
            }

            foreach (var issue in result.Issues)
            {
                context.Warn(issue);
            }

            Load(context, rows, result, known);
            if (result.Kind == Hl7v2MessageKind.Order)
            {
                ordersOnly++;
            }

            context.Accept();
        }

        context.RecordIssues(reader.Issues, readerIssues);
        var unapplied = context.Patients.Complete(context.Workspace);
        if (ordersOnly > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{ordersOnly:N0} order messages: patients and any results loaded, the orders themselves have no lake table"));
        }

        if (unapplied > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{unapplied:N0} patients' demographics arrived after their row was written in this run; ingest the file again to apply them"));
        }
    }

    private void Load(IngestContext context, ClinicalRowWriter rows, Hl7v2ExtractionResult result, Dictionary<PatientIdentifier, string> known)
    {
        var file = context.File.Name;
        var controlId = result.Header?.ControlId ?? result.Message.Ordinal.ToString(CultureInfo.InvariantCulture);
        foreach (var patient in result.Patients)
        {
            ResolvePatient(context, patient, known);
        }

        foreach (var encounter in result.Encounters)
        {
            if (ResolvePatient(context, encounter.Patient, known) is not { } patientId)
            {
                continue;
            }

            var start = Partial(encounter.AdmitTime);
            var end = Partial(encounter.DischargeTime);
            rows.Encounter(new EncounterRecord
            {
                SourceId = encounter.VisitNumber?.Id ?? string.Create(CultureInfo.InvariantCulture, $"{controlId}/PV1-{encounter.Line}"),
                Source = new SourcePosition(file, encounter.Line),
                Class = encounter.PatientClass is null ? null : new Coding(VocabularyId.Local("HL7-0004"), PatientClass(encounter.PatientClass)),
                Types = encounter.AdmissionType is null ? [] : [new Coding(VocabularyId.Local("HL7-0007"), encounter.AdmissionType)],
                Period = new Period(start, end),
                Status = end is null ? "in-progress" : "finished",
            }, patientId);
            if ((end ?? start)?.Start is { } contact)
            {
                context.Patients.Describe(patientId, new PatientDemographics { LastContactDate = contact });
            }
        }

        foreach (var merge in result.Merges)
        {
            RecordMerge(context, merge, known);
        }

        foreach (var report in result.Reports)
        {
            var reportId = "hl7v2:Report/" + (report.FillerOrderNumber?.Id ?? report.PlacerOrderNumber?.Id ?? $"{controlId}/{report.SetId}");
            foreach (var observation in report.Observations)
            {
                LoadObservation(context, rows, observation, report, reportId, controlId, known);
            }
        }

        foreach (var order in result.Orders.Where(o => o.Request is not null))
        {
            foreach (var observation in order.Request!.Observations)
            {
                LoadObservation(context, rows, observation, order.Request, null, controlId, known);
            }
        }

        foreach (var observation in result.Observations)
        {
            LoadObservation(context, rows, observation, null, null, controlId, known);
        }

        foreach (var order in result.MedicationOrders)
        {
            if (order.Patient is null || ResolvePatient(context, order.Patient, known) is not { } patientId)
            {
                continue;
            }

            rows.Medication(new MedicationRecord
            {
                SourceId = order.PlacerOrderNumber?.Id ?? order.FillerOrderNumber?.Id ?? $"{controlId}/RXE-{order.Line}",
                Source = new SourcePosition(file, order.Line),
                Kind = MedicationRecordKind.Request,
                Codes = Codings(order.GiveCode),
                CodeText = order.GiveCode.Text,
                Status = order.OrderControl,
                StartDate = Partial(order.TransactionTime),
                Dose = order.GiveAmountMinimum is { } amount
                    ? new Core.Clinical.ClinicalValue { ValueNumber = amount, Unit = order.GiveUnits?.Code ?? order.GiveUnits?.Text }
                    : null,
                Routes = order.DosageForm is null ? [] : Codings(order.DosageForm),
            }, patientId, "RXE-2");
        }
    }

    private void LoadObservation(IngestContext context, ClinicalRowWriter rows, Hl7v2ObservationRecord obx, Hl7v2ReportRecord? report,
        string? reportId, string controlId, Dictionary<PatientIdentifier, string> known)
    {
        var patient = obx.Patient ?? report?.Patient;
        if (patient is null || ResolvePatient(context, patient, known) is not { } patientId)
        {
            context.Warn(new ParseIssue("CLIN004", IssueSeverity.Warning, context.File.Name, obx.Line, null, "OBX",
                "observation has no patient (no PID in the message, or PID-3 has no identifier); it was not loaded"));
            return;
        }

        var time = Partial(obx.ObservationTime) ?? Partial(report?.ObservationTime);
        var range = obx.ReferenceRange is { } r ? new ReferenceRange(r.Low, r.High, obx.Units?.Code, r.Text) : null;
        var record = new ObservationRecord
        {
            SourceId = string.Create(CultureInfo.InvariantCulture, $"{controlId}/OBX-{obx.Line}"),
            Source = new SourcePosition(context.File.Name, obx.Line),
            Codes = Codings(obx.Code),
            CodeText = obx.Code.Text ?? obx.Code.OriginalText,
            Status = obx.ResultStatus,
            Value = Value(obx),
            ReferenceRanges = range is null ? [] : [range],
            Interpretation = [.. obx.AbnormalFlags.Select(f => new Coding(VocabularyId.Local("HL7-0078"), f))],
            EffectiveTime = time,
            Categories = [new Coding(VocabularyId.Local("HL7-OBX"), "laboratory")],
        };
        if (rows.Observation(record, patientId, "OBX-3", "OBX-6", reportId) && time?.Start is { } contact)
        {
            context.Patients.Describe(patientId, new PatientDemographics { LastContactDate = contact });
        }
    }

    private static Core.Clinical.ClinicalValue? Value(Hl7v2ObservationRecord obx)
    {
        if (obx.Values.Count == 0)
        {
            return null;
        }

        var unit = obx.Units?.Code ?? obx.Units?.Text;
        var value = obx.Values[0];
        return value.Kind switch
        {
            Hl7v2ObservationValueKind.Number => new Core.Clinical.ClinicalValue
            {
                ValueNumber = value.Number,
                ValueText = value.Number?.ToString(CultureInfo.InvariantCulture),
                Unit = unit,
            },
            Hl7v2ObservationValueKind.StructuredNumber when value.StructuredNumber is { Separator: null or "", Number1: { } n } sn =>
                new Core.Clinical.ClinicalValue
                {
                    ValueNumber = n,
                    Comparator = sn.Comparator is "=" ? null : sn.Comparator,
                    ValueText = string.Concat(sn.Comparator, n.ToString(CultureInfo.InvariantCulture)),
                    Unit = unit,
                },
            Hl7v2ObservationValueKind.StructuredNumber => new Core.Clinical.ClinicalValue
            {
                ValueText = string.Create(CultureInfo.InvariantCulture,
                    $"{value.StructuredNumber?.Comparator}{value.StructuredNumber?.Number1}{value.StructuredNumber?.Separator}{value.StructuredNumber?.Number2}"),
                Unit = unit,
            },
            Hl7v2ObservationValueKind.Coded when value.Coded is { } coded => new Core.Clinical.ClinicalValue
            {
                ValueCode = Codings(coded) is { Count: > 0 } valueCodes ? valueCodes[0] : null,
                ValueText = coded.Text ?? coded.Code,
            },
            Hl7v2ObservationValueKind.DateTime => new Core.Clinical.ClinicalValue { ValueText = value.DateTime?.ToString() },
            _ => new Core.Clinical.ClinicalValue
            {
                ValueText = string.Join("\n", obx.Values.Select(v => v.Text).Where(t => t is not null)),
                Unit = unit,
            },
        };
    }

    private string? ResolvePatient(IngestContext context, Hl7v2PatientRecord patient, Dictionary<PatientIdentifier, string> known)
    {
        var identifiers = patient.Identifiers.Select(i => Identifier(context, i)).ToList();
        var demographics = new PatientDemographics
        {
            Sex = patient.Sex switch
            {
                "F" => "female",
                "M" => "male",
                "O" or "A" or "X" => "other",
                _ => null,
            },
            BirthDate = patient.BirthDate?.ToDateOnly() ?? (patient.BirthDate is { } b ? new DateOnly(b.Year, b.Month ?? 1, 1) : null),
            Deceased = patient.Deceased ?? (patient.DeathTime is not null ? true : null),
            DeathDate = patient.DeathTime?.ToDateOnly(),
        };
        var patientId = context.Patients.Resolve(identifiers, Kind, demographics);
        if (patientId is not null)
        {
            foreach (var identifier in identifiers)
            {
                known[identifier] = patientId;
            }
        }

        return patientId;
    }

    private static PatientIdentifier Identifier(IngestContext context, Hl7v2ExtendedId id) =>
        context.Patients.Resolver.Canonicalize(id.AssigningAuthority?.NamespaceId ?? id.AssigningAuthority?.UniversalId, id.Id);

    private void RecordMerge(IngestContext context, Hl7v2MergeRecord merge, Dictionary<PatientIdentifier, string> known)
    {
        var survivingId = ResolvePatient(context, merge.SurvivingPatient, known);
        if (survivingId is null)
        {
            context.Warn(new ParseIssue("CLIN005", IssueSeverity.Warning, context.File.Name, merge.Line, null, "PID-3",
                "merge names no surviving patient identifier; it was not recorded"));
            return;
        }

        var survivingSystem = merge.SurvivingPatient.Identifiers.Count > 0 ? Identifier(context, merge.SurvivingPatient.Identifiers[0]).System : context.Workspace.Settings.Identity.DefaultSystem;
        foreach (var prior in merge.PriorIdentifiers)
        {
            var identifier = Identifier(context, prior);
            known.TryGetValue(identifier, out var mergedId);
            context.Table(IdentityMergeTable.Schema).NewRow()
                .AppendValue(survivingId)
                .AppendValue(mergedId)
                .AppendValue(survivingSystem)
                .AppendValue(identifier.System)
                .AppendValue("recorded")
                .AppendValue(Kind)
                .AppendValue(string.Create(CultureInfo.InvariantCulture, $"{merge.TriggerEvent}/MRG-{merge.Line}"))
                .AppendValue(context.File.Sha256)
                .AppendValue(context.RunId)
                .EndRow();
        }
    }

    private static List<Coding> Codings(Hl7v2CodedElement element)
    {
        var codes = new List<Coding>(2);
        if (element.Code is { } code)
        {
            codes.Add(new Coding(CodeSystems.FromHl7v2Name(element.CodingSystem) ?? VocabularyId.Local("HL7v2"), code, element.Text, element.CodingSystem));
        }

        if (element.AlternateCode is { } alternate)
        {
            codes.Add(new Coding(CodeSystems.FromHl7v2Name(element.AlternateCodingSystem) ?? VocabularyId.Local("HL7v2"), alternate, element.AlternateText, element.AlternateCodingSystem));
        }

        return codes;
    }

    private static string PatientClass(string code) => code switch
    {
        "I" => "IMP",
        "O" => "AMB",
        "E" => "EMER",
        "P" => "PRENC",
        "R" => "AMB",
        _ => code,
    };

    /// <summary>An HL7 v2 time as a partial date-time (a time without an offset is read as UTC, as PartialDateTime does).</summary>
    private static PartialDateTime? Partial(Hl7v2DateTime? value)
    {
        if (value is not { } v)
        {
            return null;
        }

        var text = v.ToString();
        if (PartialDateTime.TryParse(text, out var parsed))
        {
            return parsed;
        }

        return text.Length >= 10 && PartialDateTime.TryParse(text.AsSpan(0, 10), out parsed) ? parsed : null;
    }
}
