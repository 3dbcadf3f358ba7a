using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>The state of extracting one message: the issues found so far and each segment's occurrence number.</summary>
internal sealed partial class Hl7v2Extraction
{
    private static readonly HashSet<string> s_visitEvents =
        ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08", "A11", "A12", "A13", "A28", "A31"];

    private static readonly HashSet<string> s_mergeEvents = ["A34", "A35", "A39", "A40"];

    private readonly Hl7v2Message _message;
    private readonly List<ParseIssue> _issues;
    private readonly Dictionary<Hl7v2Segment, int> _occurrence = new(ReferenceEqualityComparer.Instance);

    public Hl7v2Extraction(Hl7v2Message message)
    {
        _message = message;
        _issues = [.. message.Issues];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var segment in message.Segments)
        {
            counts[segment.Id] = counts.GetValueOrDefault(segment.Id) + 1;
            _occurrence[segment] = counts[segment.Id];
        }
    }

    private List<Hl7v2PatientRecord> Patients { get; } = [];

    private List<Hl7v2EncounterRecord> Encounters { get; } = [];

    private List<Hl7v2MergeRecord> Merges { get; } = [];

    private List<Hl7v2ReportRecord> Reports { get; } = [];

    private List<Hl7v2ObservationRecord> Observations { get; } = [];

    private List<Hl7v2OrderRecord> Orders { get; } = [];

    private List<Hl7v2MedicationOrderRecord> MedicationOrders { get; } = [];

    public Hl7v2ExtractionResult Run()
    {
        if (_message.Header is not { } msh)
        {
            // The reader already said why (HL7003); there is nothing to extract.
            return Result(Hl7v2MessageKind.Generic, null);
        }

        var header = ReadHeader(msh);
        var kind = Classify(header);
        if (header is not null && !_message.HasErrors)
        {
            switch (kind)
            {
                case Hl7v2MessageKind.PatientAdministration:
                    ExtractPatientAdministration();
                    break;
                case Hl7v2MessageKind.Merge:
                    ExtractMerges(header.TriggerEvent!);
                    break;
                case Hl7v2MessageKind.ObservationResult:
                case Hl7v2MessageKind.Order:
                case Hl7v2MessageKind.MedicationOrder:
                    ExtractClinicalContent(kind);
                    break;
                default:
                    Report("HL7020", IssueSeverity.Warning, msh, 9,
                        $"message type {header.MessageCode}^{header.TriggerEvent} is not extracted; the message is kept generic");
                    break;
            }
        }

        return Result(kind, header);
    }

    private static Hl7v2MessageKind Classify(Hl7v2MessageHeader? header)
        => (header?.MessageCode, header?.TriggerEvent) switch
        {
            ("ADT", { } e) when s_visitEvents.Contains(e) => Hl7v2MessageKind.PatientAdministration,
            ("ADT", { } e) when s_mergeEvents.Contains(e) => Hl7v2MessageKind.Merge,
            ("ORU", "R01") or ("OUL", "R21" or "R22" or "R23" or "R24") => Hl7v2MessageKind.ObservationResult,
            ("ORM", "O01") or ("OML", "O21" or "O33" or "O35") => Hl7v2MessageKind.Order,
            ("RDE", "O11" or "O25") => Hl7v2MessageKind.MedicationOrder,
            _ => Hl7v2MessageKind.Generic,
        };

    private Hl7v2ExtractionResult Result(Hl7v2MessageKind kind, Hl7v2MessageHeader? header)
    {
        var accepted = !_issues.Any(i => i.Severity >= IssueSeverity.Error);
        return accepted
            ? new Hl7v2ExtractionResult(_message, kind, header, _issues, Patients, Encounters, Merges, Reports, Observations, Orders, MedicationOrders)
            : new Hl7v2ExtractionResult(_message, kind, header, _issues, [], [], [], [], [], [], []);
    }

    private Hl7v2MessageHeader? ReadHeader(Hl7v2Segment msh)
    {
        var code = msh.Field(9, 1).Value;
        if (code is null)
        {
            Report("HL7009", IssueSeverity.Error, msh, 9, "MSH-9 message type is empty");
            return null;
        }

        var version = msh.Field(12, 1).Value;
        if (version is null)
        {
            Report("HL7010", IssueSeverity.Warning, msh, 12, "MSH-12 version is empty; read as v2.3–v2.8");
        }
        else if (!IsSupportedVersion(version))
        {
            Report("HL7010", IssueSeverity.Warning, msh, 12, "MSH-12 version is outside v2.3–v2.8; read with the v2.8 rules");
        }

        var controlId = msh.Field(10).Value;
        if (controlId is null)
        {
            Report("HL7012", IssueSeverity.Warning, msh, 10, "MSH-10 message control id is empty");
        }

        return new Hl7v2MessageHeader(
            Hl7v2HierarchicDesignator.FromComponents(msh.Field(3)),
            Hl7v2HierarchicDesignator.FromComponents(msh.Field(4)),
            Hl7v2HierarchicDesignator.FromComponents(msh.Field(5)),
            Hl7v2HierarchicDesignator.FromComponents(msh.Field(6)),
            Date(msh, 7, "message date/time"),
            code,
            msh.Field(9, 2).Value,
            msh.Field(9, 3).Value,
            controlId,
            msh.Field(11, 1).Value,
            version);
    }

    private static bool IsSupportedVersion(string version)
        => version.StartsWith("2.", StringComparison.Ordinal)
           && version.Length >= 3
           && version[2] is >= '3' and <= '8'
           && (version.Length == 3 || version[3] == '.');

    private Hl7v2DateTime? Date(Hl7v2Segment segment, int field, string what)
    {
        // TS has a deprecated second component (degree of precision); the time is always component 1.
        var value = segment.Field(field, 1);
        if (value.Value is not { } text)
        {
            return null;
        }

        if (Hl7v2DateTime.TryParse(text, out var date, out var error))
        {
            return date;
        }

        Report("HL7030", IssueSeverity.Error, segment, field, $"{what} is not a valid date/time ({error})", value.Raw);
        return null;
    }

    private decimal? Number(Hl7v2Segment segment, int field, string what)
    {
        var value = segment.Field(field);
        if (value.Value is not { } text)
        {
            return null;
        }

        if (Hl7v2Numeric.TryParse(text, out var number))
        {
            return number;
        }

        Report("HL7031", IssueSeverity.Error, segment, field, $"{what} is not a number (NM)", value.Raw);
        return null;
    }

    private static List<T> Repeated<T>(Hl7v2Value field, Func<Hl7v2Value, T?> read)
        where T : class
    {
        var list = new List<T>();
        foreach (var repetition in field.Repetitions)
        {
            if (read(repetition) is { } item)
            {
                list.Add(item);
            }
        }

        return list;
    }

    private string Where(Hl7v2Segment segment, int field)
        => string.Create(CultureInfo.InvariantCulture, $"{segment.Id}[{_occurrence.GetValueOrDefault(segment, 1)}]-{field}");

    private void Report(string code, IssueSeverity severity, Hl7v2Segment segment, int? field, string message, string? excerpt = null)
    {
        var location = field is { } f ? Where(segment, f) : string.Create(CultureInfo.InvariantCulture, $"{segment.Id}[{_occurrence.GetValueOrDefault(segment, 1)}]");
        var fieldName = field is { } n ? string.Create(CultureInfo.InvariantCulture, $"{segment.Id}-{n}") : segment.Id;
        _issues.Add(new ParseIssue(code, severity, _message.File, segment.Line, null, fieldName, $"{location}: {message}", excerpt));
    }

    private void ReportMissingSegment(string id, string why)
        => _issues.Add(new ParseIssue("HL7021", IssueSeverity.Error, _message.File, _message.Line, null, id,
            $"{_message.MessageCode}^{_message.TriggerEvent} has no {id} segment: {why}"));
}
