using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Typed records from the real shared messages.</summary>
public sealed partial class Hl7v2MessageExtractorTests
{
    [Fact]
    public void Extract_NistLriCbc_ReadsObservationsWithUcumUnitsAndRanges()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/LRI_2.0-NG_CBC_Typ_Message.hl7");

        Assert.Equal(Hl7v2MessageKind.ObservationResult, result.Kind);
        Assert.Equal("NIST-LRI-NG-002.00", result.Header!.ControlId);
        Assert.Equal("2.5.1", result.Header.Version);
        Assert.Equal("ORU_R01", result.Header.MessageStructure);
        Assert.Equal("NIST Test Lab APP", result.Header.SendingApplication!.NamespaceId);

        var patient = Assert.Single(result.Patients);
        var mrn = Assert.Single(patient.Identifiers);
        Assert.Equal("PATID1234", mrn.Id);
        Assert.Equal("NIST MPI", mrn.AssigningAuthority!.NamespaceId);
        Assert.Equal("MR", mrn.IdentifierTypeCode);
        Assert.Equal(new DateOnly(1961, 6, 15), patient.BirthDate!.Value.ToDateOnly());
        Assert.Equal("M", patient.Sex);
        Assert.Equal("Jones", patient.Names[0].FamilyName);

        var report = Assert.Single(result.Reports);
        Assert.Equal("57021-8", report.ServiceId.Code);
        Assert.Equal("LN", report.ServiceId.CodingSystem);
        Assert.Equal("ORD666555", report.PlacerOrderNumber!.Id);
        Assert.Equal("R-991133", report.FillerOrderNumber!.Id);
        Assert.Equal("F", report.ResultStatus);
        Assert.Equal("2011-01-03T14:34:28-08:00", report.ObservationTime.ToString());
        Assert.Same(patient, report.Patient);
        Assert.Equal(28, report.Observations.Count);

        var hemoglobin = report.Observations[1];
        Assert.Equal("718-7", hemoglobin.Code.Code);
        Assert.Equal("LN", hemoglobin.Code.CodingSystem);
        Assert.Equal("NM", hemoglobin.ValueType);
        Assert.Equal(12.5m, Assert.Single(hemoglobin.Values).Number);
        Assert.Equal(new Hl7v2CodedElement("g/mL", "grams per milliliter", "UCUM"), hemoglobin.Units);
        Assert.Equal(new Hl7v2ReferenceRange("13 to 18", 13m, 18m), hemoglobin.ReferenceRange);
        Assert.Equal(["L"], hemoglobin.AbnormalFlags);
        Assert.Equal("F", hemoglobin.ResultStatus);
        Assert.Equal(new DateTimeOffset(2011, 1, 3, 14, 34, 28, TimeSpan.FromHours(-8)), hemoglobin.ObservationTime!.Value.ToDateTimeOffset(TimeSpan.Zero));
        Assert.Same(patient, hemoglobin.Patient);
        Assert.Equal(6, hemoglobin.Line);

        var leukocytes = report.Observations[3];
        Assert.Equal(105600m, leukocytes.Values[0].Number);
        Assert.Equal("{cells}/uL", leukocytes.Units!.Code);
        Assert.Equal(["HH"], leukocytes.AbnormalFlags);

        var polychromasia = report.Observations.Single(o => o.Code.Code == "10378-8");
        Assert.Equal(Hl7v2ObservationValueKind.Coded, polychromasia.Values[0].Kind);
        Assert.Equal(new Hl7v2CodedElement("260415000", "not detected", "SCT", OriginalText: "None seen"), polychromasia.Values[0].Coded);

        var morphology = report.Observations.Single(o => o.Code.Code == "6742-1");
        Assert.Equal("Many spherocytes present.", morphology.Values[0].Text);
    }

    [Fact]
    public void Extract_AdtA01_ReadsPatientIdentifiersDeathAndEncounter()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/ADT-A01-01.hl7");

        Assert.Equal(Hl7v2MessageKind.PatientAdministration, result.Kind);
        var patient = Assert.Single(result.Patients);
        Assert.Equal(["PATID1234", "123456789"], patient.Identifiers.Select(i => i.Id));
        Assert.Equal(new Hl7v2HierarchicDesignator("test1", "2.16.1", "HCD"), patient.Identifiers[0].AssigningAuthority);
        Assert.Equal("MR", patient.Identifiers[0].IdentifierTypeCode);
        Assert.Equal("USSSA", patient.Identifiers[1].AssigningAuthority!.NamespaceId);
        Assert.Equal("SS", patient.Identifiers[1].IdentifierTypeCode);
        Assert.Equal(2, patient.Names.Count);
        Assert.Equal("Josh", patient.Names[1].FamilyName);
        Assert.Equal("L", patient.Names[1].NameTypeCode);
        Assert.Equal(Hl7v2DateTimePrecision.Minute, patient.BirthDate!.Value.Precision);
        Assert.Equal("1988-08-18T11:26+02:15", patient.BirthDate.Value.ToString());
        Assert.True(patient.Deceased);
        Assert.Equal("2008-08-25T11:16:30+01:15", patient.DeathTime.ToString());
        Assert.Equal("Ann Arbor ", patient.Addresses[0].City);
        Assert.Equal("1000", patient.Addresses[0].Street);

        var encounter = Assert.Single(result.Encounters);
        Assert.Same(patient, encounter.Patient);
        Assert.Equal("P", encounter.PatientClass);
        Assert.Equal("E", encounter.AdmissionType);
        Assert.Equal("HUH AE OMU", encounter.Location!.PointOfCare);
        Assert.Equal("Bed 03", encounter.Location.Bed);
        Assert.Equal("40007716", encounter.VisitNumber!.Id);
        Assert.Equal("AccMng", encounter.VisitNumber.AssigningAuthority!.NamespaceId);
        Assert.Equal("2015-02-08T11:34:19+01:10", encounter.AdmitTime.ToString());

        // ADT can carry OBX (vital signs) outside any OBR.
        var heartRate = Assert.Single(result.Observations);
        Assert.Equal([60m, 120m], heartRate.Values.Select(v => v.Number));
    }

    [Fact]
    public void Extract_AdtA08_ReadsDischargeTime()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/ADT-A08-01.hl7");

        Assert.Equal("A08", result.Header!.TriggerEvent);
        Assert.Equal("2015-02-09T11:34:19+01:10", Assert.Single(result.Encounters).DischargeTime.ToString());
    }

    [Fact]
    public void Extract_AdtA04Version23WithBom_ReadsPatientAndEmergencyVisit()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/ADT04-251.hl7");

        Assert.Equal("2.3", result.Header!.Version);
        Assert.Equal("REDOX", result.Header.SendingApplication!.NamespaceId);
        var patient = Assert.Single(result.Patients);
        Assert.Equal("MRN12345", patient.Identifiers[0].Id);
        Assert.Equal("Special Hospital", patient.Identifiers[0].AssigningFacility!.NamespaceId);
        Assert.Equal(new DateOnly(1978, 1, 1), patient.BirthDate!.Value.ToDateOnly());
        Assert.Equal("F", patient.Sex);
        Assert.Equal("E", Assert.Single(result.Encounters).PatientClass);
    }

    [Fact]
    public void Extract_NhapiAdtA03_ReadsRepeatedIdentifiersAndDischarge()
    {
        var result = Hl7v2Test.Shared("nhapi/adt_a03.txt");

        var patient = Assert.Single(result.Patients);
        Assert.Equal(["5520255", "ZZZZZZ83M64Z148R", "ZZZZZZ83M64Z148R"], patient.Identifiers.Select(i => i.Id));
        Assert.Equal(["PK", "CF", "SSN"], patient.Identifiers.Select(i => i.AssigningAuthority!.NamespaceId));
        Assert.False(patient.Deceased);
        var encounter = Assert.Single(result.Encounters);
        Assert.Equal("2008003369", encounter.VisitNumber!.Id);
        Assert.Equal(Hl7v2DateTimePrecision.Minute, encounter.DischargeTime!.Value.Precision);
        Assert.Equal("MED. 1 - ONCOLOGIA", encounter.Location!.Description);
    }

    [Fact]
    public void Extract_NhapiOmdCrOnly_IsKeptGenericWithAWarning()
    {
        var result = Hl7v2Test.Shared("nhapi/omd_o03.txt");

        Assert.Equal(Hl7v2MessageKind.Generic, result.Kind);
        Assert.True(result.IsAccepted);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("HL7020", issue.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal("MSH-9", issue.Field);
        Assert.Equal(9, result.Message.Segments.Count);
        Assert.Empty(result.Patients);
    }

    [Fact]
    public void Extract_LabOruTwoPanels_LinksEachObxToItsObr()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/LAB-ORU-1.hl7");

        Assert.Equal(2, result.Reports.Count);
        Assert.Equal(["24317-0", "26464-8"], result.Reports.Select(r => r.ServiceId.Code));
        Assert.Equal(5, result.Reports[0].Observations.Count);
        Assert.Equal(5, result.Reports[1].Observations.Count);
        Assert.Empty(result.Reports[0].Observations[0].Values);
        Assert.Equal(4.06m, result.Reports[0].Observations[1].Values[0].Number);
        Assert.Equal("tera.l-1", result.Reports[0].Observations[1].Units!.Code);
        Assert.Equal(72m, result.Reports[1].Observations[0].Values[0].Number);
        Assert.Equal(TimeSpan.FromHours(7), result.Reports[1].Observations[0].ObservationTime!.Value.Offset);
        Assert.Equal("855238581", result.Reports[1].PlacerOrderNumber!.Id);
    }

    [Fact]
    public void Extract_OruR01WithCodedAndReferencePointerValues_KeepsOtherTypesAsText()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/ORU-R01-01.hl7");

        var report = Assert.Single(result.Reports);
        Assert.Equal("625-4", report.ServiceId.Code);
        Assert.Equal("845439", report.PlacerOrderNumber!.Id);
        Assert.Equal("GHH OE", report.PlacerOrderNumber.NamespaceId);
        var salmonella = report.Observations[0];
        Assert.Equal("27268008", salmonella.Values[0].Coded!.Code);
        Assert.Equal("SCT", salmonella.Values[0].Coded!.CodingSystem);
        var pointer = report.Observations.Single(o => o.ValueType == "RP");
        Assert.Equal(Hl7v2ObservationValueKind.Other, pointer.Values[0].Kind);
        Assert.Equal("https://testurl.com^^image^PICT", pointer.Values[0].Text);

        // Results messages carry the visit too.
        var encounter = Assert.Single(result.Encounters);
        Assert.Equal("P", encounter.PatientClass);
        Assert.Same(result.Patients[0], encounter.Patient);

        // The OBX with no OBX-3 is skipped with a warning rather than loaded without a code.
        Assert.Contains(result.Issues, i => i.Code == "HL7023" && i.Field == "OBX-3" && i.Line == 11);
    }

    [Fact]
    public void Extract_OulR22_ReadsSpecimenObservationsAndTheOrder()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/OUL-R22-01.hl7");

        Assert.Equal(Hl7v2MessageKind.ObservationResult, result.Kind);
        var report = Assert.Single(result.Reports);
        Assert.Equal("SCAN", report.ServiceId.Code);
        Assert.Equal("5ca95f51971d414bbcb4be9ca88e9846", report.PlacerOrderNumber!.Id);
        Assert.Equal(["3DHISTECH_SLD", "3DHISTECH_THUMBNAIL", "3DHISTECH_LABELAREA", "3DHISTECH_PREVIEWCAM"], report.Observations.Select(o => o.Code.Code));
        Assert.Equal(Hl7v2ObservationValueKind.Other, report.Observations[1].Values[0].Kind);

        // The patient-level OBX (line 5) and the specimen OBX (line 10) come before any OBR.
        Assert.Equal([5L, 10], result.Observations.Select(o => o.Line));
        Assert.Equal("00000-0000000", result.Patients[0].Identifiers[0].Id);
    }

    [Fact]
    public void Extract_OrmO01_ReadsOrderWithRequestedService()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/ORM-O01-01.hl7");

        Assert.Equal(Hl7v2MessageKind.Order, result.Kind);
        var order = Assert.Single(result.Orders);
        Assert.Equal("NW", order.OrderControl);
        Assert.Equal("1101", order.PlacerOrderNumber!.Id);
        Assert.Equal("GHHPlacer", order.PlacerOrderNumber.NamespaceId);
        Assert.Equal("1201", order.FillerOrderNumber!.Id);
        Assert.Equal("SC", order.OrderStatus);
        Assert.Equal("2021-10-20T11:26+02:15", order.TransactionTime.ToString());
        Assert.Equal("24725-4", order.Request!.ServiceId.Code);
        Assert.Equal("CT Head", order.Request.ServiceId.Text);
        Assert.Single(order.Request.Observations);
        Assert.Empty(result.Reports);
    }

    [Fact]
    public void Extract_LabOrmVersion23_ReadsOrderNumbers()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/LAB-ORM-1.hl7");

        var order = Assert.Single(result.Orders);
        Assert.Equal("88502218", order.PlacerOrderNumber!.Id);
        Assert.Equal("82503246", order.FillerOrderNumber!.Id);
        Assert.Equal("24317-0", order.Request!.ServiceId.Code);
        Assert.Equal("10006579", order.Patient!.Identifiers[0].Id);
    }

    [Fact]
    public void Extract_OmlO21_ReadsOrderAndItsObservations()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/OML-O21-01.hl7");

        var order = Assert.Single(result.Orders);
        Assert.Equal("57698-3", order.Request!.ServiceId.Code);
        Assert.Equal(4, order.Request.Observations.Count);
        Assert.Equal([27m, 25m], order.Request.Observations.Single(o => o.ValueType == "NM").Values.Select(v => v.Number));
    }

    [Fact]
    public void Extract_RdeO11_ReadsGiveCodeAmountAndUnits()
    {
        var result = Hl7v2Test.Shared("microsoft-fhir-converter/RDE-O11-01.hl7");

        Assert.Equal(Hl7v2MessageKind.MedicationOrder, result.Kind);
        var medication = Assert.Single(result.MedicationOrders);
        Assert.Equal("0143963401", medication.GiveCode.Code);
        Assert.Equal("NDC", medication.GiveCode.CodingSystem);
        Assert.Equal("niCARdipine (CARDENE) in NaCl IV infusion 40 mg/200 mL (0.2 mg/mL)", medication.GiveCode.OriginalText);
        Assert.Equal(5m, medication.GiveAmountMinimum);
        Assert.Null(medication.GiveAmountMaximum);
        Assert.Equal("43", medication.GiveUnits!.Code);
        Assert.Equal("128", medication.DosageForm!.Code);
        Assert.Equal("NW", medication.OrderControl);
        Assert.Equal("1163422591", medication.PlacerOrderNumber!.Id);
        Assert.Equal("PATID1234", medication.Patient!.Identifiers[0].Id);
    }
}
