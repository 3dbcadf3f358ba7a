using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Bad input gets a coded, positioned issue, and the rest of the file keeps loading.</summary>
public sealed partial class Hl7v2ReaderTests
{
    [Fact]
    public void ReadMessages_EmptyFile_ReportsHl7001()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/empty.hl7"));

        Assert.Empty(results);
        var issue = Assert.Single(fileIssues);
        Assert.Equal("HL7001", issue.Code);
        Assert.Equal("empty.hl7", issue.File);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
    }

    [Fact]
    public void ReadMessages_OnlyBlankLines_ReportsHl7001()
    {
        var (results, fileIssues) = Hl7v2Test.ReadText("\r\n\r\n\n");

        Assert.Empty(results);
        Assert.Equal("HL7001", Assert.Single(fileIssues).Code);
    }

    [Fact]
    public void ReadMessages_NoMsh_ReportsHl7002AtTheFirstLine()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/no_msh.txt"));

        Assert.Empty(results);
        var issue = Assert.Single(fileIssues);
        Assert.Equal("HL7002", issue.Code);
        Assert.Equal(1, issue.Line);
        Assert.Contains("no MSH segment found; 3 line(s) skipped", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadMessages_TextBeforeFirstMsh_ReportsItAndReadsTheMessage()
    {
        var (results, fileIssues) = Hl7v2Test.ReadText("junk line\nmore junk\nMSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\nPID|1||ID1^^^H^MR\n");

        var issue = Assert.Single(fileIssues);
        Assert.Equal("HL7002", issue.Code);
        Assert.Equal(1, issue.Line);
        var result = Assert.Single(results);
        Assert.True(result.IsAccepted);
        Assert.Equal(3, result.Message.Line);
    }

    [Fact]
    public void ReadMessages_BinaryGarbage_ReportsIssuesWithoutThrowing()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/binary_garbage.bin"));

        Assert.Empty(results);
        var issue = Assert.Single(fileIssues);
        Assert.Equal("HL7002", issue.Code);
        Assert.Equal("binary_garbage.bin", issue.File);
    }

    [Fact]
    public void ReadMessages_BinaryBytesInsideAMessage_RejectsItWithHl7005()
    {
        var bytes = "MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID|1||ID1^^^H^MR||Doe\u0001\u0002^Jo\r"u8.ToArray();

        var (results, _) = Hl7v2Test.ReadBytes(bytes);

        var result = Assert.Single(results);
        Assert.False(result.IsAccepted);
        var issue = Assert.Single(result.Issues, i => i.Code == "HL7005");
        Assert.Equal(2, issue.Line);
        Assert.Equal(23, issue.Column);
        Assert.Empty(result.Patients);
    }

    [Fact]
    public void ReadMessages_InvalidUtf8InsideAMessage_RejectsItWithHl7005()
    {
        byte[] bytes = [.. "MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID|1||ID1^^^H^MR||D"u8, 0xFF, 0xFE, .. "oe\r"u8];

        var (results, _) = Hl7v2Test.ReadBytes(bytes);

        Assert.Contains(Assert.Single(results).Issues, i => i.Code == "HL7005" && i.Line == 2);
    }

    [Fact]
    public void ReadMessages_WrongFieldSeparator_RejectsTheMessageWithHl7003()
    {
        var (results, fileIssues) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/wrong_field_separator.hl7"));

        Assert.Empty(fileIssues);
        var result = Assert.Single(results);
        Assert.False(result.IsAccepted);
        Assert.Null(result.Message.Encoding);
        Assert.Empty(result.Message.Segments);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("HL7003", issue.Code);
        Assert.Equal("MSH-1", issue.Field);
        Assert.Equal(1, issue.Line);
    }

    [Fact]
    public void ReadMessages_WrongSeparatorThenGoodMessage_KeepsLoadingTheSecond()
    {
        var (results, _) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/wrong_separator_then_good.hl7"));

        Assert.Equal(2, results.Count);
        Assert.False(results[0].IsAccepted);
        Assert.True(results[1].IsAccepted, Hl7v2Test.Errors(results[1]));
        Assert.Equal("MRN2", results[1].Patients[0].Identifiers[0].Id);
        Assert.Equal(3, results[1].Message.Line);
    }

    [Theory]
    [InlineData("MSH|\r", "MSH-2")]
    [InlineData("MSH|^~|A|B\r", "MSH-2")]
    [InlineData("MSH|^^\\&|A|B\r", "MSH-2")]
    [InlineData("MSH|^~\\&AB|A|B\r", "MSH-2")]
    [InlineData("MSHA^~\\&A|B\r", "MSH-1")]
    public void ReadMessage_UnusableEncodingCharacters_ReportsHl7003(string text, string field)
    {
        var message = Hl7v2Test.Message(text);

        var issue = Assert.Single(message.Issues);
        Assert.Equal("HL7003", issue.Code);
        Assert.Equal(field, issue.Field);
        Assert.True(message.HasErrors);
    }

    [Fact]
    public void ReadMessages_SegmentWithAnotherFieldSeparator_RejectsWithHl7004()
    {
        var result = Hl7v2Test.Single("MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID^1^^ID1\r");

        Assert.False(result.IsAccepted);
        var issue = Assert.Single(result.Issues, i => i.Code == "HL7004");
        Assert.Equal(2, issue.Line);
    }

    [Fact]
    public void ReadMessages_MllpFrameWithoutEndBlock_ReportsTruncation()
    {
        var (results, _) = Hl7v2Test.ReadFile(TestData.Fixture("hl7v2/mllp_truncated.hl7"));

        var result = Assert.Single(results);
        Assert.False(result.IsAccepted);
        var issue = Assert.Single(result.Issues, i => i.Code == "HL7007");
        Assert.Equal(5, issue.Line);
    }

    [Fact]
    public void ReadMessages_StartBlockOnItsOwnLineAndNoEndBlock_ReportsTruncation()
    {
        var result = Hl7v2Test.Single("\u000B\r\nMSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\r\nPID|1||ID1^^^H^MR\r\n");

        Assert.Equal(2, result.Message.Line);
        Assert.Equal("HL7007", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void ReadMessages_TextBetweenMllpFrames_IsReportedAsOutsideAnyMessage()
    {
        var (results, fileIssues) = Hl7v2Test.ReadText(
            "\u000BMSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID|1||ID1^^^H^MR\r\u001C\rnoise\r\u000BMSH|^~\\&|A|B|||20240101||ADT^A08|C2|P|2.5\rPID|1||ID2^^^H^MR\r\u001C\r");

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Empty(r.Issues));
        var issue = Assert.Single(fileIssues);
        Assert.Equal("HL7002", issue.Code);
        Assert.Equal(4, issue.Line);
    }

    [Fact]
    public void ReadMessages_FileCutMidSegment_WarnsAboutTheMissingTerminator()
    {
        var result = Hl7v2Test.Single("MSH|^~\\&|A|B|||20240101||ORU^R01|C1|P|2.5\rPID|1||ID1^^^H^MR\rOBR|1|||P^P^L\rOBX|1|NM|718-7^Hgb^LN||13.");

        var issue = Assert.Single(result.Issues);
        Assert.Equal("HL7006", issue.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal(4, issue.Line);
    }

    [Fact]
    public void ReadMessages_FileCutInsideSegmentId_RejectsWithHl7004()
    {
        var result = Hl7v2Test.Single("MSH|^~\\&|A|B|||20240101||ORU^R01|C1|P|2.5\rPID|1||ID1^^^H^MR\rOB");

        Assert.False(result.IsAccepted);
        Assert.Contains(result.Issues, i => i.Code == "HL7004" && i.Line == 3);
    }

    [Fact]
    public void ReadMessages_UnclosedEscape_RejectsWithHl7008AndColumn()
    {
        var result = Hl7v2Test.Single("MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID|1||ID1^^^H^MR||Doe\\F^Jo\r");

        var issue = Assert.Single(result.Issues, i => i.Code == "HL7008");
        Assert.Equal(2, issue.Line);
        Assert.Equal(23, issue.Column);
        Assert.False(result.IsAccepted);
    }

    [Fact]
    public void ReadMessages_SegmentLongerThanTheLimit_IsCutAndRejectedWithHl7013()
    {
        var text = "MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID|1||ID1^^^H^MR\rZED|" + new string('x', 5000) + "\rPV1|1|I\r";
        using var reader = new OmicsBridge.Formats.Hl7v2.Hl7v2Reader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "long.hl7", maxSegmentLength: 1000);

        var message = reader.ReadMessage()!;

        var issue = Assert.Single(message.Issues);
        Assert.Equal("HL7013", issue.Code);
        Assert.Equal(3, issue.Line);
        Assert.Equal(["MSH", "PID", "PV1"], message.Segments.Select(s => s.Id));
        Assert.Null(reader.ReadMessage());
    }

    [Fact]
    public void ReadMessages_TooManyBadSegments_CapsTheIssueList()
    {
        var text = "MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\r" + string.Concat(Enumerable.Repeat("bad segment\r", 200));

        var result = Hl7v2Test.Single(text);

        Assert.Equal(51, result.Message.Issues.Count);
        Assert.Equal("HL7011", result.Message.Issues[^1].Code);
    }
}
