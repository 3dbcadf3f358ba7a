using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>PID, PV1 and MRG: who the patient is, where they were seen, and which records merged.</summary>
internal sealed partial class Hl7v2Extraction
{
    private static readonly HashSet<string> s_sexCodes = ["F", "M", "O", "U", "A", "N", "X"];

    private void ExtractPatientAdministration()
    {
        Hl7v2PatientRecord? patient = null;
        foreach (var segment in _message.Segments)
        {
            if (segment.Id == "PID")
            {
                patient = ReadPatient(segment);
            }
            else if (segment.Id == "PV1" && patient is not null && ReadEncounter(segment, patient) is { } encounter)
            {
                Encounters.Add(encounter);
            }
            else if (segment.Id == "OBX")
            {
                AddObservation(segment, patient, null);
            }
        }

        if (_message.FirstSegment("PID") is null)
        {
            ReportMissingSegment("PID", "an ADT message must identify its patient");
        }
    }

    private void ExtractMerges(string trigger)
    {
        Hl7v2PatientRecord? patient = null;
        foreach (var segment in _message.Segments)
        {
            if (segment.Id == "PID")
            {
                patient = ReadPatient(segment);
            }
            else if (segment.Id == "MRG" && patient is not null)
            {
                var prior = Repeated(segment.Field(1), Hl7v2ExtendedId.From);
                if (prior.Count == 0)
                {
                    Report("HL7022", IssueSeverity.Error, segment, 1, "prior patient identifier list is empty");
                    continue;
                }

                Merges.Add(new Hl7v2MergeRecord(segment.Line, trigger, patient, prior, Hl7v2ExtendedId.From(segment.Field(5))));
            }
        }

        if (_message.FirstSegment("PID") is null)
        {
            ReportMissingSegment("PID", "a merge must name the surviving patient");
        }
        else if (_message.FirstSegment("MRG") is null)
        {
            ReportMissingSegment("MRG", "a merge must name the prior identifiers");
        }
    }

    private Hl7v2PatientRecord ReadPatient(Hl7v2Segment pid)
    {
        var identifiers = Repeated(pid.Field(3), Hl7v2ExtendedId.From);
        if (identifiers.Count == 0)
        {
            Report("HL7022", IssueSeverity.Error, pid, 3, "patient identifier list has no identifier");
        }

        var sex = pid.Field(8).Value;
        if (sex is not null && !s_sexCodes.Contains(sex))
        {
            Report("HL7024", IssueSeverity.Warning, pid, 8, "administrative sex is not in HL7 table 0001 (F M O U A N X); kept as sent");
        }

        bool? deceased = pid.Field(30).Value switch
        {
            null => null,
            "Y" => true,
            "N" => false,
            _ => Unrecognised(pid, 30),
        };
        var patient = new Hl7v2PatientRecord(
            pid.Line,
            identifiers,
            Repeated(pid.Field(5), Hl7v2PersonName.From),
            Date(pid, 7, "date of birth"),
            sex,
            Repeated(pid.Field(11), Hl7v2Address.From),
            [.. Repeated(pid.Field(13), Hl7v2Telecom.From), .. Repeated(pid.Field(14), Hl7v2Telecom.From)],
            Date(pid, 29, "death date/time"),
            deceased);
        Patients.Add(patient);
        return patient;
    }

    private bool? Unrecognised(Hl7v2Segment segment, int field)
    {
        Report("HL7025", IssueSeverity.Warning, segment, field, "indicator is not Y or N; ignored");
        return null;
    }

    private Hl7v2EncounterRecord? ReadEncounter(Hl7v2Segment pv1, Hl7v2PatientRecord patient)
    {
        var patientClass = pv1.Field(2, 1).Value;

        // A28/A31 carry a pseudo PV1 with class N (not applicable): there is no visit to record.
        if (patientClass is null or "N" && pv1.Field(19).IsEmpty && pv1.Field(3).IsEmpty)
        {
            return null;
        }

        return new Hl7v2EncounterRecord(
            pv1.Line,
            patient,
            patientClass,
            Hl7v2PatientLocation.From(pv1.Field(3)),
            pv1.Field(4, 1).Value,
            Hl7v2ExtendedId.From(pv1.Field(19)),
            Date(pv1, 44, "admit date/time"),
            Date(pv1, 45, "discharge date/time"));
    }
}
