using System.Globalization;
using System.Text;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the HL7 v2.5.1 feed of the patients in <see cref="DemoClinicalTruthPatient.InHl7"/>: an ADT^A04 registration
/// (PID-3 with assigning authority <see cref="AssigningAuthority"/>, PV1) and one ORU^R01 per lab that travels through
/// HL7 (OBR + OBX with units in OBX-6; free text as ST, e.g. "&gt;14" above the assay's range).
/// </summary>
/// <remarks>
/// Written by hand rather than with Formats' message writer because the demo generator depends on Core only; no value
/// contains an HL7 delimiter, so nothing needs escaping.
/// </remarks>
public static class DemoHl7Writer
{
    /// <summary>PID-3.4 of every message; the demo workspace aliases it to <c>MRN</c>.</summary>
    public const string AssigningAuthority = "DEMOHOSP";

    /// <summary>Writes <c>clinical-feed.hl7</c> into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(DemoClinicalTruth truth, string folder)
    {
        ArgumentNullException.ThrowIfNull(truth);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "clinical-feed.hl7");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        foreach (var p in truth.Patients.Where(p => p.InHl7))
        {
            var index = p.Patient.Index.ToString("D6", CultureInfo.InvariantCulture);
            var registered = Stamp(p.Patient.DiagnosisDate);
            var pid = string.Create(CultureInfo.InvariantCulture,
                $"PID|1||{p.Patient.Mrn}^^^{AssigningAuthority}^MR||DEMO^PATIENT{index}||{p.Patient.BirthDate:yyyyMMdd}|{(p.Patient.Sex == "male" ? "M" : "F")}");
            Segment(writer, Msh(registered, "ADT^A04", "ADT" + index));
            Segment(writer, "EVN|A04|" + registered);
            Segment(writer, pid);
            Segment(writer, "PV1|1|O|ONC^CLINIC^1|||||||||||||||V" + index);
            var n = 0;
            foreach (var lab in p.Labs)
            {
                n++;
                if (lab.Channel != "hl7v2")
                {
                    continue;
                }

                var when = Stamp(lab.Date);
                var name = lab.IsHbA1c ? "Hemoglobin A1c/Hemoglobin.total in Blood" : "Glucose [Mass/volume] in Serum or Plasma";
                var (type, value) = lab.Form == DemoClinicalTruthLabForm.FreeText
                    ? ("ST", lab.FreeText)
                    : ("NM", lab.ReportedValue.ToString("0.###", CultureInfo.InvariantCulture));
                var id = string.Create(CultureInfo.InvariantCulture, $"{index}-{n}");
                Segment(writer, Msh(when, "ORU^R01", "ORU" + id));
                Segment(writer, pid);
                Segment(writer, $"OBR|1||LAB{id}|{lab.Loinc}^{name}^LN|||{when}");
                Segment(writer, $"OBX|1|{type}|{lab.Loinc}^{name}^LN||{value}|{lab.ReportedUnit}|||||F|||{when}");
            }
        }

        return path;
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "0900";

    private static string Msh(string when, string type, string control) =>
        $"MSH|^~\\&|DEMO-EHR|{AssigningAuthority}|OMICSBRIDGE|DEMO|{when}||{type}|{control}|P|2.5.1";

    private static void Segment(StreamWriter writer, string segment)
    {
        writer.Write(segment);
        writer.Write("\r\n");
    }
}
