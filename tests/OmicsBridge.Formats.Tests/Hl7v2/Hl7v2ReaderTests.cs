using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Framing, line endings, positions and delimiters.</summary>
public sealed partial class Hl7v2ReaderTests
{
    [Fact]
    public void ReadMessages_MllpFramedFile_SplitsIntoTwoMessagesWithoutIssues()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/mllp_two_oru.hl7"));

        Assert.Empty(fileIssues);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Empty(r.Issues));
        Assert.Equal(["MSG1", "MSG2"], results.Select(r => r.Header!.ControlId));
        Assert.Equal(2, results[1].Message.Ordinal);

        // Each CR is a line: 4 segments + the 0x1C 0x0D trailer line, so the second MSH is on line 6.
        Assert.Equal(6, results[1].Message.Line);
        Assert.Equal([6L, 7, 8, 9], results[1].Message.Segments.Select(s => s.Line));
    }

    [Fact]
    public void ReadMessages_CrlfFileWithBomBeforeSecondMessage_ReadsBothWithLineNumbers()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/crlf_two_oru_second_with_bom.hl7"));

        Assert.Empty(fileIssues);
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.True(r.IsAccepted, Hl7v2Test.Errors(r)));
        var second = results[1].Message;
        Assert.Equal(5, second.Line);
        Assert.Equal("MSH", second.Segments[0].Id);
        Assert.Equal(8, second.Segments[3].Line);
        Assert.Equal(3, results[1].Message.Segments.Single(s => s.Id == "OBR").Index);
    }

    [Fact]
    public void ReadMessage_CrOnlyNhapiFile_EachSegmentIsOneLine()
    {
        using var reader = Hl7v2Reader.Open(TestData.Shared("hl7v2/nhapi/omd_o03.txt"));

        var message = reader.ReadMessage();

        Assert.NotNull(message);
        Assert.Null(reader.ReadMessage());
        Assert.Equal(["MSH", "PID", "PV1", "ORC", "TQ1", "ODS", "ODS", "ODS", "ODS"], message.Segments.Select(s => s.Id));
        Assert.Equal(Enumerable.Range(1, 9).Select(i => (long)i), message.Segments.Select(s => s.Line));
        Assert.Equal("OMD", message.MessageCode);
        Assert.Equal("O03", message.TriggerEvent);
        Assert.Equal("OMD_O03", message.MessageStructure);
        Assert.Equal("2.5", message.Version);
        Assert.Equal("CAEX", message.Segments[1].Field(3).Component(4).Value);
        Assert.Equal("ES-EX", message.Segments[1].Field(3).Component(9).SubComponent(3).Value);
        Assert.Equal("DIABETICO", message.Segments[8].Field(3, 2).Value);
    }

    [Fact]
    public void ReadMessage_LfNhapiFile_ReadsFiveSegmentsWithRepeatedPid3()
    {
        using var reader = Hl7v2Reader.Open(TestData.Shared("hl7v2/nhapi/adt_a03.txt"));

        var message = reader.ReadMessage()!;

        Assert.Equal(5, message.Segments.Count);
        var pid3 = message.Segments[2].Field(3).Repetitions;
        Assert.Equal(4, pid3.Count);
        Assert.Equal("ZZZZZZ83M64Z148R", pid3[2].Component(1).Value);
        Assert.Equal("SSN", pid3[2].Component(5).Value);
        Assert.Equal("TEAM", pid3[3].Component(5).Value);
        Assert.True(pid3[3].Component(1).IsEmpty);
    }

    [Fact]
    public void Field_MshNumbering_Msh1IsTheSeparatorAndMsh3TheSendingApplication()
    {
        var message = Hl7v2Test.Message("MSH|^~\\&|SENDER|FAC|||20240101||ADT^A01|C1|P|2.5\r");
        var msh = message.Header!;

        Assert.Equal("|", msh.Field(1).Value);
        Assert.Equal("^~\\&", msh.Field(2).Value);
        Assert.Equal(Hl7v2ValueLevel.Literal, msh.Field(2).Level);
        Assert.Equal("SENDER", msh.Field(3).Value);
        Assert.Equal("C1", msh.Field(10).Value);
        Assert.Equal(12, msh.FieldCount);
    }

    [Fact]
    public void ReadMessage_CustomDelimiters_SplitsAndUnescapesWithTheDeclaredCharacters()
    {
        var result = Hl7v2Test.Fixture("hl7v2/custom_delimiters.hl7");

        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
        Assert.Equal(new Hl7v2Encoding('!', '@', '%', '*', '$'), result.Message.Encoding);
        var patient = Assert.Single(result.Patients);
        Assert.Equal(["MRN9", "ALT9"], patient.Identifiers.Select(i => i.Id));
        Assert.Equal(new Hl7v2HierarchicDesignator("AUTH", "1.2.3", "ISO"), patient.Identifiers[0].AssigningAuthority);
        Assert.Equal("PI", patient.Identifiers[1].IdentifierTypeCode);

        // *S* is the component separator of this message, '@', not '^'.
        Assert.Equal("Smith@Jones", patient.Names[0].FamilyName);
        Assert.Equal("Ann", patient.Names[0].GivenName);
        Assert.Equal(new DateOnly(1980, 2, 29), patient.BirthDate!.Value.ToDateOnly());
        var encounter = Assert.Single(result.Encounters);
        Assert.Equal("V123", encounter.VisitNumber!.Id);
        Assert.Equal("VN", encounter.VisitNumber.IdentifierTypeCode);
        Assert.Equal(new Hl7v2PatientLocation("CLINIC1", "R1", "B2", null, null, null, null), encounter.Location);
    }

    [Fact]
    public void ReadMessage_FiveEncodingCharacters_ReadsTheV27TruncationCharacter()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/v27_truncation_character.hl7"));

        Assert.Empty(fileIssues);
        var result = Assert.Single(results);
        Assert.Equal('#', result.Message.Encoding!.TruncationCharacter);
        Assert.Equal("^~\\&#", result.Message.Header!.Field(2).Value);
        Assert.Equal("APP", result.Header!.SendingApplication!.NamespaceId);
        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));

        // A28 carries a pseudo PV1 (class N): a patient, but no visit.
        Assert.Single(result.Patients);
        Assert.Empty(result.Encounters);
        Assert.Equal(Hl7v2DateTimePrecision.Year, result.Patients[0].BirthDate!.Value.Precision);
        Assert.Equal(Hl7v2DateTimePrecision.FractionalSecond, result.Header.MessageTime!.Value.Precision);
    }

    [Fact]
    public void ReadMessages_ManyMessages_HoldsOnlyTheCurrentOne()
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            builder.Append(CultureInfo.InvariantCulture, $"MSH|^~\\&|A|B|||20240101||ADT^A08|C{i}|P|2.5\nPID|1||ID{i}^^^H^MR\n");
        }

        using var reader = new Hl7v2Reader(new MemoryStream(Encoding.UTF8.GetBytes(builder.ToString())), "many.hl7");
        var count = 0;
        foreach (var message in reader.ReadMessages())
        {
            Assert.Equal($"C{count}", message.ControlId);
            Assert.Equal(1 + (2 * count), message.Line);
            count++;
        }

        Assert.Equal(500, count);
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void ReadMessages_BatchEnvelope_SkipsFhsBhsBtsFts()
    {
        var text = "FHS|^~\\&|A\rBHS|^~\\&|A\rMSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID|1||ID1^^^H^MR\rBTS|1\rFTS|1\r";

        var (results, fileIssues) = Hl7v2Test.ReadText(text);

        Assert.Empty(fileIssues);
        var result = Assert.Single(results);
        Assert.Equal(["MSH", "PID"], result.Message.Segments.Select(s => s.Id));
        Assert.True(result.IsAccepted);
    }
}
