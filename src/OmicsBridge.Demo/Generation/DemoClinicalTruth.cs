namespace OmicsBridge.Demo.Generation;

/// <summary>
/// The clinical side of the cohort, drawn from the cohort seed: breast cancer for everyone, type 2 diabetes for about
/// 20 % with HbA1c and glucose in mixed units and free text, endocrine therapy, olaparib for about 25 %, and survival
/// whose hazard depends on the planted subtype. Every writer renders this truth; tests compare the lake against it.
/// </summary>
/// <remarks>
/// Sources overlap on purpose: every patient arrives via FHIR, about 30 % also via the HL7 v2 feed and about 30 % via
/// the CSV extracts. Some labs travel only through HL7 or CSV and some diabetes diagnoses only through the CSV, so the
/// diabetes question has the right answer only when the three sources resolve to one patient_id.
/// HbA1c values are never drawn within 0.15 % of 7, so the IFCC round trip (whole mmol/mol) cannot cross the threshold.
/// </remarks>
public sealed class DemoClinicalTruth
{
    /// <summary>Hazard of death per year by subtype 1..3 (subtype 3 worst), so survival curves separate.</summary>
    public static readonly IReadOnlyList<double> HazardPerYear = [0.04, 0.09, 0.25];

    /// <summary>Probability of an olaparib response (partial response) for carriers of the planted VUS and others.</summary>
    public const double ResponseCarrier = 0.8;

    public const double ResponseOther = 0.3;

    /// <summary>The end of follow-up: nobody is seen after this date.</summary>
    public static readonly DateOnly StudyEnd = new(2025, 6, 30);

    private static readonly string[] s_endocrine = ["10324", "72965", "84857"];

    private DemoClinicalTruth(IReadOnlyList<DemoClinicalTruthPatient> patients) => Patients = patients;

    public IReadOnlyList<DemoClinicalTruthPatient> Patients { get; }

    /// <summary>MRNs of the patients with an ICD10CM E11.* condition and an HbA1c above 7 %.</summary>
    public IReadOnlySet<string> DiabeticsWithHighHbA1c => Patients.Where(p => p.DiabeticWithHighHbA1c).Select(p => p.Patient.Mrn).ToHashSet(StringComparer.Ordinal);

    public static DemoClinicalTruth Create(DemoCohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        // A stream of its own, so the clinical side never shifts the omics draws of the same seed.
        var random = new DemoRandom(cohort.Options.Seed + 29);
        var result = new List<DemoClinicalTruthPatient>(cohort.Patients.Count);
        foreach (var patient in cohort.Patients)
        {
            result.Add(Draw(patient, random));
        }

        return new DemoClinicalTruth(result);
    }

    private static DemoClinicalTruthPatient Draw(DemoPatient patient, DemoRandom random)
    {
        var inHl7 = random.Chance(0.3);
        var inCsv = random.Chance(0.3);
        var side = patient.Sex == "male" ? "92" : "91";
        var icd = "C50." + side + "19"[random.Next(2)].ToString();
        if (random.Chance(0.2))
        {
            icd = "C50." + side + "9";
        }

        var alsoSnomed = random.Chance(0.4);
        var diabetic = random.Chance(0.2);
        var diabetesCode = diabetic ? (random.Chance(0.4) ? "E11.65" : "E11.9") : null;
        var diabetesChannel = diabetic ? (inCsv && random.Chance(0.5) ? "csv" : "fhir") : null;
        DateOnly? onset = diabetic ? patient.DiagnosisDate.AddDays(-random.Next(3650)) : null;

        // Survival: exponential death time by subtype, censored by loss to follow-up and the end of the study.
        var hazard = HazardPerYear[patient.Subtype - 1];
        var deathYears = -Math.Log(1.0 - random.Uniform()) / hazard;
        var lossYears = -Math.Log(1.0 - random.Uniform()) / 0.05;
        var studyYears = (StudyEnd.DayNumber - patient.DiagnosisDate.DayNumber) / 365.25;
        var censorYears = Math.Min(lossYears, studyYears);
        var dies = deathYears <= censorYears;
        var lastFollowUp = patient.DiagnosisDate.AddDays(Math.Max(1, (int)(Math.Min(deathYears, censorYears) * 365.25)));
        var followDays = lastFollowUp.DayNumber - patient.DiagnosisDate.DayNumber;

        var labs = new List<DemoClinicalTruthLab>();
        var hba1cCount = diabetic ? 1 + random.Next(3) : random.Chance(0.25) ? 1 : 0;
        for (var i = 0; i < hba1cCount; i++)
        {
            var value = diabetic ? random.Normal(7.6, 1.4) : random.Chance(0.15) ? 7.5 + (2 * random.Uniform()) : random.Normal(5.5, 0.35);
            value = Math.Round(Math.Clamp(value, 4.2, 16.5), 1);
            if (value is > 6.85 and < 7.15)
            {
                value = value < 7 ? 6.7 : 7.3;
            }

            var channel = Channel(random, inHl7, inCsv);
            var form = random.Uniform() switch
            {
                < 0.15 => DemoClinicalTruthLabForm.FreeText,
                < 0.30 => DemoClinicalTruthLabForm.AlternativeUnit,
                _ => DemoClinicalTruthLabForm.Quantity,
            };
            if (form == DemoClinicalTruthLabForm.FreeText && value > 14 && channel == "fhir")
            {
                // A FHIR valueString carries no unit, so a censored ">14" travels only where a unit field comes with it.
                form = DemoClinicalTruthLabForm.Quantity;
            }

            labs.Add(new DemoClinicalTruthLab(DemoClinicalTruthLab.HbA1c, value, LabDate(patient, random, followDays), channel, form));
        }

        var glucoseCount = diabetic ? 1 + random.Next(2) : random.Chance(0.6) ? 1 : 0;
        for (var i = 0; i < glucoseCount; i++)
        {
            var value = Math.Round(Math.Clamp(diabetic ? random.Normal(165, 40) : random.Normal(94, 11), 55, 450));
            var form = random.Chance(0.3) ? DemoClinicalTruthLabForm.AlternativeUnit : DemoClinicalTruthLabForm.Quantity;
            labs.Add(new DemoClinicalTruthLab(DemoClinicalTruthLab.Glucose, value, LabDate(patient, random, followDays), Channel(random, inHl7, inCsv), form));
        }

        DateOnly? olaparib = null;
        bool? response = null;
        if (random.Chance(0.25))
        {
            olaparib = patient.DiagnosisDate.AddDays(Math.Min(30 + random.Next(330), Math.Max(0, followDays - 1)));
            response = random.Chance(patient.CarriesPlantedVus ? ResponseCarrier : ResponseOther);
        }

        return new DemoClinicalTruthPatient
        {
            Patient = patient,
            BreastCancerIcd10 = icd,
            AlsoSnomed = alsoSnomed,
            DiabetesIcd10 = diabetesCode,
            DiabetesChannel = diabetesChannel,
            DiabetesOnset = onset,
            Labs = labs,
            EndocrineRxNorm = s_endocrine[random.Next(s_endocrine.Length)],
            OlaparibStart = olaparib,
            OlaparibResponse = response,
            DeathDate = dies ? lastFollowUp : null,
            LastFollowUp = lastFollowUp,
            InHl7 = inHl7,
            InCsv = inCsv,
        };
    }

    private static string Channel(DemoRandom random, bool inHl7, bool inCsv) =>
        inHl7 && random.Chance(0.5) ? "hl7v2" : inCsv && random.Chance(0.5) ? "csv" : "fhir";

    private static DateOnly LabDate(DemoPatient patient, DemoRandom random, int followDays) =>
        patient.DiagnosisDate.AddDays(random.Next(Math.Max(1, followDays)));
}
