using System.Globalization;
using System.Text;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the legacy CSV extracts of the patients in <see cref="DemoClinicalTruthPatient.InCsv"/>, each with the
/// mapping YAML beside it: <c>clinical-labs.csv</c> (semicolon-separated, day-first dates, local test codes mapped to
/// LOINC by <c>clinical-lab-codes.csv</c>, free text and IFCC units) and <c>clinical-diagnoses.csv</c> (US dates,
/// local diagnosis codes mapped inline to ICD-10-CM).
/// </summary>
public static class DemoClinicalCsvWriter
{
    private const string LabMapping = """
        # Legacy lab extract of the demo: local test codes → LOINC (clinical-lab-codes.csv), free-text results, mixed units.
        target: observation
        delimiter: ";"
        patient: { column: MRN, system: MRN }
        id_column: LAB_ID
        fields:
          code: { column: TEST, map: lab_codes }
          value: { column: RESULT }
          unit: { column: UNITS }
          effective_time: { column: DRAWN, formats: ["dd.MM.yyyy"] }
        code_maps:
          lab_codes:
            file: clinical-lab-codes.csv

        """;

    private const string LabCodes = """
        local,vocabulary,code,display
        HBA1C,LOINC,4548-4,Hemoglobin A1c/Hemoglobin.total in Blood
        GLUC,LOINC,2345-7,Glucose [Mass/volume] in Serum or Plasma

        """;

    private const string DiagnosisMapping = """
        # Legacy problem list of the demo: local diagnosis codes mapped inline to ICD-10-CM, US dates, coded status.
        target: condition
        patient: { column: MRN, system: MRN }
        id_column: DX_ID
        fields:
          code: { column: DX, map: dx }
          onset_date: { column: DX_DATE, formats: ["MM/dd/yyyy"] }
          clinical_status: { column: STATUS, values: { A: active, R: resolved } }
        code_maps:
          dx:
            entries:
              DM2: { vocabulary: ICD10CM, code: E11.9, display: Type 2 diabetes mellitus without complications }
              DM2H: { vocabulary: ICD10CM, code: E11.65, display: Type 2 diabetes mellitus with hyperglycemia }
              BRCA: { vocabulary: ICD10CM, code: C50.919, display: "Malignant neoplasm of unspecified site of unspecified female breast" }

        """;

    /// <summary>Writes the extracts, their mappings and the code map; returns (extract, mapping) pairs in ingest order.</summary>
    public static IReadOnlyList<(string Extract, string Mapping)> Write(DemoClinicalTruth truth, string folder)
    {
        ArgumentNullException.ThrowIfNull(truth);
        Directory.CreateDirectory(folder);
        var encoding = new UTF8Encoding(false);
        var labs = Path.Combine(folder, "clinical-labs.csv");
        var labMapping = Path.Combine(folder, "clinical-labs.mapping.yaml");
        var diagnoses = Path.Combine(folder, "clinical-diagnoses.csv");
        var diagnosisMapping = Path.Combine(folder, "clinical-diagnoses.mapping.yaml");
        File.WriteAllText(labMapping, LabMapping, encoding);
        File.WriteAllText(Path.Combine(folder, "clinical-lab-codes.csv"), LabCodes, encoding);
        File.WriteAllText(diagnosisMapping, DiagnosisMapping, encoding);

        using (var writer = new StreamWriter(labs, append: false, encoding))
        {
            writer.Write("LAB_ID;MRN;TEST;RESULT;UNITS;DRAWN\n");
            foreach (var p in truth.Patients.Where(p => p.InCsv))
            {
                var n = 0;
                foreach (var lab in p.Labs)
                {
                    n++;
                    if (lab.Channel != "csv")
                    {
                        continue;
                    }

                    // Free text keeps its unit in the result cell ("7.9 %"), except the censored ">14", whose unit is a column.
                    var (result, unit) = lab.Form == DemoClinicalTruthLabForm.FreeText
                        ? (lab.FreeText, lab.Value > 14 ? lab.ReportedUnit : "")
                        : (lab.ReportedValue.ToString("0.###", CultureInfo.InvariantCulture), lab.ReportedUnit);
                    writer.Write(string.Create(CultureInfo.InvariantCulture,
                        $"L{p.Patient.Index:D6}-{n};{p.Patient.Mrn};{(lab.IsHbA1c ? "HBA1C" : "GLUC")};{result};{unit};{lab.Date:dd.MM.yyyy}\n"));
                }
            }
        }

        using (var writer = new StreamWriter(diagnoses, append: false, encoding))
        {
            writer.Write("DX_ID,MRN,DX,DX_DATE,STATUS\n");
            foreach (var p in truth.Patients.Where(p => p.InCsv))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"D{p.Patient.Index:D6}-1,{p.Patient.Mrn},BRCA,{p.Patient.DiagnosisDate:MM/dd/yyyy},A\n"));
                if (p.DiabetesChannel == "csv" && p.DiabetesOnset is { } onset)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture,
                        $"D{p.Patient.Index:D6}-2,{p.Patient.Mrn},{(p.DiabetesIcd10 == "E11.65" ? "DM2H" : "DM2")},{onset:MM/dd/yyyy},A\n"));
                }
            }
        }

        return [(diagnoses, diagnosisMapping), (labs, labMapping)];
    }
}
