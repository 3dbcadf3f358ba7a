using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Rejections name segment and field; one bad message never stops the next.</summary>
public sealed partial class Hl7v2MessageExtractorTests
{
    private const string Msh = "MSH|^~\\&|A|B|||20240101||";

    [Fact]
    public void Extract_InvalidBirthDate_RejectsThatMessageAndLoadsTheNext()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(OmicsBridge.Testing.TestData.Fixture("hl7v2/invalid_birth_date.hl7"));

        Assert.Empty(fileIssues);
        Assert.Equal(2, results.Count);
        var rejected = results[0];
        Assert.False(rejected.IsAccepted);
        Assert.Empty(rejected.Patients);
        var issue = Assert.Single(rejected.Issues);
        Assert.Equal("HL7030", issue.Code);
        Assert.Equal("PID-7", issue.Field);
        Assert.Equal(2, issue.Line);
        Assert.Equal("invalid_birth_date.hl7", issue.File);
        Assert.StartsWith("PID[1]-7: date of birth is not a valid date/time (day does not exist", issue.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("20230230", issue.Message, StringComparison.Ordinal);
        Assert.Equal("20230230", issue.Excerpt);

        var accepted = results[1];
        Assert.True(accepted.IsAccepted, Hl7v2Test.Errors(accepted));
        Assert.Equal(new DateOnly(2023, 2, 28), accepted.Patients[0].BirthDate!.Value.ToDateOnly());
        var encounter = Assert.Single(accepted.Encounters);
        Assert.Equal("I", encounter.PatientClass);
        Assert.Equal("V2", encounter.VisitNumber!.Id);
        Assert.Equal(new Hl7v2PatientLocation("W1", "101", "A", null, null, null, null), encounter.Location);
        Assert.Equal("2024-01-01T08:00:00", encounter.AdmitTime.ToString());
        Assert.Equal("2024-01-03T17:00:00", encounter.DischargeTime.ToString());
    }

    [Fact]
    public void Extract_NmValueNotANumber_RejectsNamingTheThirdObx()
    {
        var result = Hl7v2Test.Fixture("hl7v2/nm_not_a_number.hl7");

        Assert.False(result.IsAccepted);
        Assert.Empty(result.Reports);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("HL7031", issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("OBX-5", issue.Field);
        Assert.Equal(6, issue.Line);
        Assert.Equal("OBX[3]-5: NM value is not a number", issue.Message);
        Assert.Equal("abc", issue.Excerpt);
        Assert.Equal("HL7031 error  nm_not_a_number.hl7:6  OBX-5  OBX[3]-5: NM value is not a number", issue.ToString());
    }

    [Fact]
    public void Extract_UnknownMessageType_KeepsItGenericWithAWarning()
    {
        var result = Hl7v2Test.Fixture("hl7v2/unknown_message_type.hl7");

        Assert.Equal(Hl7v2MessageKind.Generic, result.Kind);
        Assert.True(result.IsAccepted);
        Assert.Equal("HL7020", Assert.Single(result.Issues).Code);
        Assert.Equal("ZZZ", result.Header!.MessageCode);
        Assert.Equal("custom", result.Message.FirstSegment("ZZ1")!.Field(1).Value);
    }

    [Fact]
    public void Extract_AdtA40_ReadsSurvivingAndPriorIdentifiers()
    {
        var result = Hl7v2Test.Fixture("hl7v2/adt_a40_merge.hl7");

        Assert.Equal(Hl7v2MessageKind.Merge, result.Kind);
        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
        var merge = Assert.Single(result.Merges);
        Assert.Equal("A40", merge.TriggerEvent);
        Assert.Equal(4, merge.Line);
        Assert.Equal("KEEP1", merge.SurvivingPatient.Identifiers[0].Id);
        Assert.Equal("2.16.840.1.1", merge.SurvivingPatient.Identifiers[0].AssigningAuthority!.UniversalId);
        Assert.Equal(["OLD1", "OLD2"], merge.PriorIdentifiers.Select(i => i.Id));
        Assert.Equal("LAB", merge.PriorIdentifiers[1].AssigningAuthority!.NamespaceId);
        Assert.Equal("PI", merge.PriorIdentifiers[1].IdentifierTypeCode);
        Assert.Equal("V77", merge.PriorVisitNumber!.Id);
    }

    [Fact]
    public void Extract_AdtA40WithoutMrg_RejectsWithHl7021()
    {
        var result = Hl7v2Test.Single(Msh + "ADT^A40|C1|P|2.5\rPID|1||KEEP1^^^H^MR\r");

        Assert.False(result.IsAccepted);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("HL7021", issue.Code);
        Assert.Equal("MRG", issue.Field);
        Assert.Equal(1, issue.Line);
    }

    [Fact]
    public void Extract_ValueTypes_DecodesSnCweDtTsAndSignedNumbers()
    {
        var result = Hl7v2Test.Fixture("hl7v2/oru_value_types.hl7");

        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
        var report = Assert.Single(result.Reports);
        Assert.Equal("C", report.ResultStatus);
        Assert.Equal("PL1", report.PlacerOrderNumber!.Id);
        Assert.Equal("EHR", report.PlacerOrderNumber.NamespaceId);
        Assert.Equal("2024-01-01T11:00:00", report.ResultsReportedTime.ToString());
        var values = report.Observations.Select(o => o.Values).ToList();
        Assert.Equal(new Hl7v2StructuredNumeric(null, 1m, ":", 128m), values[0][0].StructuredNumber);
        Assert.Equal(new Hl7v2StructuredNumeric(">", 250m, null, null), values[1][0].StructuredNumber);
        Assert.Equal(["H"], report.Observations[1].AbnormalFlags);
        Assert.Equal("S. aureus", values[2][0].Coded!.OriginalText);
        Assert.Equal("L", values[2][0].Coded!.AlternateCodingSystem);
        Assert.Equal(new DateOnly(2023, 11, 5), values[3][0].DateTime!.Value.ToDateOnly());
        Assert.Equal("2023-11-05T12:30:00.5-05:00", values[4][0].DateTime.ToString());
        Assert.Equal([-0.5m, 3.25m], values[5].Select(v => v.Number));
        Assert.Equal(new Hl7v2ReferenceRange("<5.1", null, 5.1m), report.Observations[5].ReferenceRange);
    }

    [Theory]
    [InlineData("OBX|1|SN|X^X^L||>^abc", "HL7032", "OBX-5")]
    [InlineData("OBX|1|DT|X^X^L||20230230", "HL7030", "OBX-5")]
    [InlineData("OBX|1|QQ|X^X^L||1", "HL7033", "OBX-2")]
    [InlineData("OBX|1||X^X^L||1", "HL7034", "OBX-2")]
    [InlineData("OBX|1|NM|X^X^L||1||||||F|||2023", "", "")]
    [InlineData("OBX|1|NM|X^X^L||1||||||F|||202313", "HL7030", "OBX-14")]
    public void Extract_BadObservation_RejectsNamingTheField(string obx, string code, string field)
    {
        var result = Hl7v2Test.Single(Msh + "ORU^R01|C1|P|2.5\rPID|1||ID1^^^H^MR\rOBR|1|||P^P^L\r" + obx + "\r");

        if (code.Length == 0)
        {
            Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
            return;
        }

        Assert.False(result.IsAccepted);
        var issue = Assert.Single(result.Issues);
        Assert.Equal(code, issue.Code);
        Assert.Equal(field, issue.Field);
        Assert.Equal(4, issue.Line);
    }

    [Theory]
    [InlineData("ADT^A01|C1|P|2.5\rEVN|A01\r", "HL7021", "PID")]
    [InlineData("ORU^R01|C1|P|2.5\rPID|1||ID1^^^H^MR\r", "HL7021", "OBR")]
    [InlineData("ORU^R01|C1|P|2.5\rOBR|1|||P^P^L\r", "HL7021", "PID")]
    [InlineData("ORM^O01|C1|P|2.5\rPID|1||ID1^^^H^MR\r", "HL7021", "ORC")]
    [InlineData("RDE^O11|C1|P|2.5\rPID|1||ID1^^^H^MR\rORC|NW\r", "HL7021", "RXE")]
    [InlineData("RDE^O11|C1|P|2.5\rPID|1||ID1^^^H^MR\rORC|NW\rRXE||\r", "HL7022", "RXE-2")]
    [InlineData("RDE^O11|C1|P|2.5\rPID|1||ID1^^^H^MR\rORC|NW\rRXE||X^X^NDC|five\r", "HL7031", "RXE-3")]
    [InlineData("ADT^A01|C1|P|2.5\rPID|1||^^^H^MR\r", "HL7022", "PID-3")]
    [InlineData("ORU^R01|C1|P|2.5\rPID|1||ID1^^^H^MR\rOBR|1|||\r", "HL7022", "OBR-4")]
    [InlineData("|C1|P|2.5\r", "HL7009", "MSH-9")]
    public void Extract_MissingRequiredContent_Rejects(string rest, string code, string field)
    {
        var result = Hl7v2Test.Single(Msh + rest);

        Assert.False(result.IsAccepted);
        Assert.Contains(result.Issues, i => i.Code == code && i.Field == field);
    }

    [Theory]
    [InlineData("ADT^A01|C1|P|2.9", "HL7010", "MSH-12")]
    [InlineData("ADT^A01|C1|P|2.2", "HL7010", "MSH-12")]
    [InlineData("ADT^A01|C1|P|", "HL7010", "MSH-12")]
    [InlineData("ADT^A01||P|2.5", "HL7012", "MSH-10")]
    public void Extract_HeaderOddities_WarnButAccept(string msh9To12, string code, string field)
    {
        var result = Hl7v2Test.Single(Msh + msh9To12 + "\rPID|1||ID1^^^H^MR||Doe||19700101|Q|||||||||||||||||||||||||||\r");

        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
        Assert.Contains(result.Issues, i => i.Code == code && i.Field == field && i.Severity == IssueSeverity.Warning);
        Assert.Contains(result.Issues, i => i.Code == "HL7024" && i.Field == "PID-8");
        Assert.Equal("Q", result.Patients[0].Sex);
    }

    [Fact]
    public void Extract_TwoPatientsInOneOru_LinksEachReportToItsOwnPid()
    {
        var result = Hl7v2Test.Single(Msh + "ORU^R01|C1|P|2.5\r"
            + "PID|1||P1^^^H^MR\rOBR|1|||A^A^L\rOBX|1|NM|X^X^L||1\r"
            + "PID|2||P2^^^H^MR\rOBR|1|||B^B^L\rOBX|1|NM|Y^Y^L||2\r");

        Assert.Equal(2, result.Reports.Count);
        Assert.Equal("P1", result.Reports[0].Patient!.Identifiers[0].Id);
        Assert.Equal("P2", result.Reports[1].Observations[0].Patient!.Identifiers[0].Id);
        Assert.Equal(2, result.AllObservations.Count());
    }

    [Fact]
    public void Extract_NullMessage_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Hl7v2MessageExtractor.Extract(null!));
    }
}
