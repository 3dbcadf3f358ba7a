using System.Globalization;

namespace OmicsBridge.EndToEnd.Tests.Demo;

/// <summary>Issue 3, item 6: the demo's clinical side lands from FHIR, HL7 v2 and CSV as one set of patients.</summary>
public sealed class DemoClinicalTests(DemoClinicalFixture demo) : IClassFixture<DemoClinicalFixture>
{
    // Issue 3's question as docs/formats/csv-mapping.md and the demo summary state it.
    private const string DiabeticsWithHighHbA1c = """
        SELECT DISTINCT c.patient_id
        FROM condition c JOIN observation o USING (patient_id)
        WHERE c.vocabulary = 'ICD10CM' AND c.code LIKE 'E11%'
          AND o.vocabulary = 'LOINC' AND o.code = '4548-4' AND o.unit = '%' AND o.value_number > 7
        """;

    [Fact]
    public void Demo_SmallCohort_LoadsClinicalRowsFromEverySource()
    {
        Assert.True(demo.Run.ExitCode == 0, demo.Run.ToString());
        var rows = demo.Query("""
            SELECT t, source_kind, count(*) FROM (
                SELECT 'condition' AS t, source_kind FROM condition
                UNION ALL SELECT 'observation', source_kind FROM observation
                UNION ALL SELECT 'medication', source_kind FROM medication
                UNION ALL SELECT 'encounter', source_kind FROM encounter)
            GROUP BY ALL
            """).ToDictionary(r => r[0] + "/" + r[1], r => long.Parse(r[2], CultureInfo.InvariantCulture));

        var truth = demo.Truth.Patients;
        // FHIR: one ICD-10-CM breast cancer Condition each, SNOMED for some, and diabetes where FHIR carries it.
        Assert.Equal(truth.Count + truth.Count(p => p.AlsoSnomed) + truth.Count(p => p.DiabetesChannel == "fhir"), rows["condition/fhir"]);
        Assert.Equal(truth.Sum(p => p.Labs.Count(l => l.Channel == "fhir") + (p.OlaparibStart is null ? 0 : 1)), rows["observation/fhir"]);
        Assert.Equal(truth.Sum(p => 1 + (p.DiabetesIcd10 is null ? 0 : 1) + (p.OlaparibStart is null ? 0 : 1)), rows["medication/fhir"]);
        Assert.Equal(truth.Sum(p => p.Labs.Count(l => l.Channel == "hl7v2")), rows["observation/hl7v2"]);
        Assert.Equal(truth.Sum(p => p.Labs.Count(l => l.Channel == "csv")), rows["observation/csv"]);
        Assert.Equal(truth.Count(p => p.InCsv) + truth.Count(p => p.DiabetesChannel == "csv"), rows["condition/csv"]);
        Assert.Equal(0, demo.Query("SELECT count(*) FROM reject r JOIN source_file f USING (sha256) WHERE f.kind IN ('fhir', 'hl7v2', 'csv') AND r.severity <> 'warning'")
            .Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)).Single());
    }

    [Fact]
    public void Demo_SamePersonInFhirHl7AndCsv_HasOnePatientId()
    {
        var perMrn = demo.Query("""
            SELECT value, count(DISTINCT patient_id) FROM patient_identifier WHERE system = 'MRN' GROUP BY value
            """);
        Assert.Equal(demo.Truth.Patients.Select(p => p.Patient.Mrn).Order(StringComparer.Ordinal),
            perMrn.Select(r => r[0]).Where(v => demo.Truth.Patients.Any(p => p.Patient.Mrn == v)).Order(StringComparer.Ordinal));
        Assert.All(perMrn, r => Assert.Equal("1", r[1]));

        // Every clinical row of every source hangs on one of the cohort's patient_ids, none on a stray duplicate.
        var clinicalPatients = demo.Query("""
            SELECT count(DISTINCT patient_id) FROM (
                SELECT patient_id FROM condition UNION ALL SELECT patient_id FROM observation
                UNION ALL SELECT patient_id FROM medication UNION ALL SELECT patient_id FROM encounter)
            """).Single()[0];
        Assert.Equal(DemoClinicalFixture.Patients.ToString(CultureInfo.InvariantCulture), clinicalPatients);

        // HL7 patients have a PV1 encounter and CSV patients a diagnosis row, so the overlap shows in the rows themselves.
        var bothFeeds = demo.Query("""
            SELECT count(*) FROM (
                SELECT patient_id FROM (
                    SELECT patient_id, source_kind FROM condition UNION ALL SELECT patient_id, source_kind FROM observation
                    UNION ALL SELECT patient_id, source_kind FROM encounter)
                GROUP BY 1 HAVING bool_or(source_kind = 'fhir') AND bool_or(source_kind = 'hl7v2') AND bool_or(source_kind = 'csv'))
            """).Single()[0];
        Assert.Equal(demo.Truth.Patients.Count(p => p.InHl7 && p.InCsv).ToString(CultureInfo.InvariantCulture), bothFeeds);
    }

    [Fact]
    public void Demo_SurvivalTruth_LandsInPatientDeathAndLastContactDates()
    {
        var rows = demo.Query("""
            SELECT i.value, p.death_date, p.last_contact_date FROM patient p JOIN patient_identifier i USING (patient_id)
            WHERE i.system = 'MRN'
            """).ToDictionary(r => r[0], r => (Death: r[1], LastContact: r[2]));

        foreach (var truth in demo.Truth.Patients)
        {
            var (death, lastContact) = rows[truth.Patient.Mrn];
            Assert.Equal(truth.DeathDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", death);
            Assert.Equal(truth.LastFollowUp.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), lastContact);
        }
    }

    [Fact]
    public void Sql_DiabetesWithHighHbA1c_EqualsGeneratorTruth()
    {
        var found = demo.Query($"""
            SELECT DISTINCT i.value FROM ({DiabeticsWithHighHbA1c}) q
            JOIN patient_identifier i USING (patient_id) WHERE i.system = 'MRN'
            """).Select(r => r[0]).Order(StringComparer.Ordinal).ToArray();

        var expected = demo.Truth.DiabeticsWithHighHbA1c.Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }
}
