using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Formats.Hl7v2.Records;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Reads HL7 text or files the way a loader does: every message extracted, reader issues kept apart.</summary>
internal static class Hl7v2Test
{
    public static (List<Hl7v2ExtractionResult> Results, IReadOnlyList<ParseIssue> FileIssues) ReadText(string text, string file = "test.hl7")
        => ReadBytes(Encoding.UTF8.GetBytes(text), file);

    public static (List<Hl7v2ExtractionResult> Results, IReadOnlyList<ParseIssue> FileIssues) ReadBytes(byte[] bytes, string file = "test.hl7")
    {
        using var reader = new Hl7v2Reader(new MemoryStream(bytes), file);
        var results = Hl7v2MessageExtractor.ExtractAll(reader).ToList();
        return (results, reader.Issues);
    }

    public static (List<Hl7v2ExtractionResult> Results, IReadOnlyList<ParseIssue> FileIssues) ReadFile(string path)
    {
        using var reader = Hl7v2Reader.Open(path);
        var results = Hl7v2MessageExtractor.ExtractAll(reader).ToList();
        return (results, reader.Issues);
    }

    public static Hl7v2ExtractionResult Single(string text)
    {
        var (results, fileIssues) = ReadText(text);
        Assert.Empty(fileIssues);
        return Assert.Single(results);
    }

    public static Hl7v2ExtractionResult Shared(string name)
    {
        var (results, fileIssues) = ReadFile(TestData.Shared("hl7v2/" + name));
        Assert.Empty(fileIssues);
        return Assert.Single(results);
    }

    public static Hl7v2ExtractionResult Fixture(string name)
    {
        var (results, fileIssues) = ReadFile(TestData.Fixture(name));
        Assert.Empty(fileIssues);
        return Assert.Single(results);
    }

    public static Hl7v2Message Message(string text)
    {
        using var reader = new Hl7v2Reader(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.hl7");
        var message = reader.ReadMessage();
        Assert.NotNull(message);
        return message;
    }

    public static string Errors(Hl7v2ExtractionResult result)
        => string.Join("\n", result.Issues.Where(i => i.Severity >= IssueSeverity.Error));
}
