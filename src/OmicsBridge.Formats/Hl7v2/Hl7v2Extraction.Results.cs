using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>ORC, OBR, OBX and RXE: results, orders and medication orders, each linked to the PID before it.</summary>
internal sealed partial class Hl7v2Extraction
{
    // HL7 table 0125 (value types), v2.3–v2.8, beyond the ones decoded here.
    private static readonly HashSet<string> s_otherValueTypes =
    [
        "AD", "CCD", "CD", "CF", "CK", "CN", "CP", "CX", "DR", "DTN", "ED", "EI", "ID", "IS", "MA", "MO", "NA", "NR",
        "PN", "RP", "SRT", "TM", "TN", "XAD", "XCN", "XON", "XPN", "XTN",
    ];

    private void ExtractClinicalContent(Hl7v2MessageKind kind)
    {
        Hl7v2PatientRecord? patient = null;
        Hl7v2Segment? orc = null;
        var orcUsed = true;
        ReportBuilder? report = null;

        void FinishReport()
        {
            if (report is null)
            {
                return;
            }

            var built = report.Build();
            if (kind == Hl7v2MessageKind.Order)
            {
                Orders.Add(ReadOrder(report.Orc, patient, built, report.Obr));
            }
            else if (kind == Hl7v2MessageKind.ObservationResult)
            {
                Reports.Add(built);
            }

            report = null;
        }

        void FinishOrderWithoutRequest()
        {
            if (kind == Hl7v2MessageKind.Order && orc is not null && !orcUsed)
            {
                Orders.Add(ReadOrder(orc, patient, null, orc));
            }

            orcUsed = true;
        }

        foreach (var segment in _message.Segments)
        {
            switch (segment.Id)
            {
                case "PID":
                    FinishReport();
                    FinishOrderWithoutRequest();
                    patient = ReadPatient(segment);
                    orc = null;
                    break;
                case "PV1" when patient is not null:
                    if (ReadEncounter(segment, patient) is { } encounter)
                    {
                        Encounters.Add(encounter);
                    }

                    break;
                case "ORC" when report is not null && report.Orc is null && _message.MessageCode == "OUL":
                    // OUL puts ORC after its OBR (OUL_R22 ORDER group); it does not start a new order.
                    orc = segment;
                    break;
                case "ORC":
                    FinishReport();
                    FinishOrderWithoutRequest();
                    orc = segment;
                    orcUsed = false;
                    break;
                case "OBR":
                    FinishReport();
                    report = ReadRequest(segment, orc, patient);
                    orcUsed = true;
                    break;
                case "OBX":
                    AddObservation(segment, patient, report);
                    break;
                case "RXE" when kind == Hl7v2MessageKind.MedicationOrder:
                    if (ReadMedication(segment, orc, patient) is { } medication)
                    {
                        MedicationOrders.Add(medication);
                    }

                    orcUsed = true;
                    break;
            }
        }

        FinishReport();
        FinishOrderWithoutRequest();
        CheckRequiredSegments(kind);
    }

    private void CheckRequiredSegments(Hl7v2MessageKind kind)
    {
        if (_message.FirstSegment("PID") is null)
        {
            ReportMissingSegment("PID", "results and orders must be linked to a patient");
        }

        var (required, why) = kind switch
        {
            Hl7v2MessageKind.ObservationResult => ("OBR", "results are reported under an OBR"),
            Hl7v2MessageKind.Order => ("ORC", "an order needs its common order segment"),
            _ => ("RXE", "a pharmacy encoded order needs its RXE"),
        };
        if (_message.FirstSegment(required) is null)
        {
            ReportMissingSegment(required, why);
        }
    }

    private ReportBuilder ReadRequest(Hl7v2Segment obr, Hl7v2Segment? orc, Hl7v2PatientRecord? patient)
    {
        var service = Hl7v2CodedElement.From(obr.Field(4));
        if (service is null)
        {
            Report("HL7022", IssueSeverity.Error, obr, 4, "universal service identifier is empty");
        }

        var placer = Hl7v2EntityIdentifier.From(obr.Field(2)) ?? (orc is null ? null : Hl7v2EntityIdentifier.From(orc.Field(2)));
        var filler = Hl7v2EntityIdentifier.From(obr.Field(3)) ?? (orc is null ? null : Hl7v2EntityIdentifier.From(orc.Field(3)));
        return new ReportBuilder(
            obr,
            orc,
            new Hl7v2ReportRecord(
                obr.Line,
                patient,
                obr.Field(1).Value,
                placer,
                filler,
                service ?? new Hl7v2CodedElement(null, null, null),
                Date(obr, 7, "observation date/time"),
                Date(obr, 8, "observation end date/time"),
                Date(obr, 22, "results reported date/time"),
                obr.Field(25).Value,
                []));
    }

    private Hl7v2OrderRecord ReadOrder(Hl7v2Segment? orc, Hl7v2PatientRecord? patient, Hl7v2ReportRecord? request, Hl7v2Segment lineOf)
        => new(
            lineOf.Line,
            patient,
            orc?.Field(1).Value,
            orc is null ? request?.PlacerOrderNumber : Hl7v2EntityIdentifier.From(orc.Field(2)) ?? request?.PlacerOrderNumber,
            orc is null ? request?.FillerOrderNumber : Hl7v2EntityIdentifier.From(orc.Field(3)) ?? request?.FillerOrderNumber,
            orc?.Field(5).Value,
            orc is null ? null : Date(orc, 9, "transaction date/time"),
            request);

    private Hl7v2MedicationOrderRecord? ReadMedication(Hl7v2Segment rxe, Hl7v2Segment? orc, Hl7v2PatientRecord? patient)
    {
        var giveCode = Hl7v2CodedElement.From(rxe.Field(2));
        if (giveCode is null)
        {
            Report("HL7022", IssueSeverity.Error, rxe, 2, "give code is empty");
            return null;
        }

        return new Hl7v2MedicationOrderRecord(
            rxe.Line,
            patient,
            orc?.Field(1).Value,
            orc is null ? null : Hl7v2EntityIdentifier.From(orc.Field(2)),
            orc is null ? null : Hl7v2EntityIdentifier.From(orc.Field(3)),
            orc is null ? null : Date(orc, 9, "transaction date/time"),
            giveCode,
            Number(rxe, 3, "give amount minimum"),
            Number(rxe, 4, "give amount maximum"),
            Hl7v2CodedElement.From(rxe.Field(5)),
            Hl7v2CodedElement.From(rxe.Field(6)));
    }

    private void AddObservation(Hl7v2Segment obx, Hl7v2PatientRecord? patient, ReportBuilder? report)
    {
        if (ReadObservation(obx, patient) is not { } observation)
        {
            return;
        }

        if (report is not null)
        {
            report.Observations.Add(observation);
        }
        else
        {
            Observations.Add(observation);
        }
    }

    private Hl7v2ObservationRecord? ReadObservation(Hl7v2Segment obx, Hl7v2PatientRecord? patient)
    {
        var code = Hl7v2CodedElement.From(obx.Field(3));
        if (code is null)
        {
            Report("HL7023", IssueSeverity.Warning, obx, 3, "observation identifier is empty; the observation is skipped");
            return null;
        }

        var valueType = obx.Field(2, 1).Value;
        var values = ReadValues(obx, valueType);
        var range = obx.Field(7).Value;
        return new Hl7v2ObservationRecord(
            obx.Line,
            patient,
            obx.Field(1).Value,
            valueType,
            code,
            obx.Field(4).Value,
            values,
            Hl7v2CodedElement.From(obx.Field(6)),
            range is null ? null : Hl7v2ReferenceRange.Parse(range),
            Repeated(obx.Field(8), r => r.Component(1).Value),
            obx.Field(11).Value,
            Date(obx, 14, "observation date/time"));
    }

    private List<Hl7v2ObservationValue> ReadValues(Hl7v2Segment obx, string? valueType)
    {
        var field = obx.Field(5);
        var values = new List<Hl7v2ObservationValue>();
        if (field.IsEmpty)
        {
            return values;
        }

        if (valueType is null)
        {
            Report("HL7034", IssueSeverity.Error, obx, 2, "OBX-5 holds a value but the value type is empty");
            return values;
        }

        foreach (var repetition in field.Repetitions)
        {
            if (repetition.IsEmpty)
            {
                continue;
            }

            var value = ReadValue(obx, valueType, repetition);
            if (value is null)
            {
                return values;
            }

            values.Add(value);
        }

        return values;
    }

    private Hl7v2ObservationValue? ReadValue(Hl7v2Segment obx, string valueType, Hl7v2Value repetition)
    {
        switch (valueType)
        {
            case "NM":
                if (repetition.Value is { } text && Hl7v2Numeric.TryParse(text, out var number))
                {
                    return new Hl7v2ObservationValue(Hl7v2ObservationValueKind.Number, Number: number);
                }

                Report("HL7031", IssueSeverity.Error, obx, 5, "NM value is not a number", repetition.Raw);
                return null;
            case "SN":
                if (Hl7v2StructuredNumeric.TryParse(repetition, out var structured, out var snError))
                {
                    return new Hl7v2ObservationValue(Hl7v2ObservationValueKind.StructuredNumber, StructuredNumber: structured);
                }

                Report("HL7032", IssueSeverity.Error, obx, 5, snError!, repetition.Raw);
                return null;
            case "ST" or "TX" or "FT":
                return new Hl7v2ObservationValue(Hl7v2ObservationValueKind.Text, Text: repetition.Value);
            case "CE" or "CWE" or "CNE" or "CF":
                return new Hl7v2ObservationValue(Hl7v2ObservationValueKind.Coded, Coded: Hl7v2CodedElement.From(repetition));
            case "DT" or "TS" or "DTM":
                if (Hl7v2DateTime.TryParse(repetition.Component(1).Value, out var date, out var dateError))
                {
                    return new Hl7v2ObservationValue(Hl7v2ObservationValueKind.DateTime, DateTime: date);
                }

                Report("HL7030", IssueSeverity.Error, obx, 5, $"{valueType} value is not a valid date/time ({dateError})", repetition.Raw);
                return null;
            default:
                if (s_otherValueTypes.Contains(valueType))
                {
                    return new Hl7v2ObservationValue(Hl7v2ObservationValueKind.Other, Text: repetition.Raw);
                }

                Report("HL7033", IssueSeverity.Error, obx, 2, "value type is not in HL7 table 0125", valueType);
                return null;
        }
    }

    /// <summary>An OBR being filled with the OBX segments that follow it.</summary>
    private sealed class ReportBuilder(Hl7v2Segment obr, Hl7v2Segment? orc, Hl7v2ReportRecord header)
    {
        public Hl7v2Segment Obr { get; } = obr;

        public Hl7v2Segment? Orc { get; } = orc;

        public List<Hl7v2ObservationRecord> Observations { get; } = [];

        public Hl7v2ReportRecord Build() => header with { Observations = Observations };
    }
}
