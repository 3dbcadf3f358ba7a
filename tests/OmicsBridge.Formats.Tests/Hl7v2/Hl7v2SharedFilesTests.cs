using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hl7v2.Records;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Every real message in shared/testdata/hl7v2 reads and extracts without an error.</summary>
public sealed class Hl7v2SharedFilesTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(TestData.Shared("hl7v2"), "*", SearchOption.AllDirectories)
                     .Where(p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestData.Shared("hl7v2"), path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extract_SharedFile_AcceptsOneMessageWithoutErrors(string name)
    {
        var result = Hl7v2Test.Shared(name);

        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
        Assert.NotNull(result.Header);
        Assert.True(result.Message.Segments.Count >= 3);
        Assert.Equal(1, result.Message.Segments[0].Line);
        Assert.DoesNotContain(result.Issues, i => i.Severity >= IssueSeverity.Error);
        if (result.Kind != Hl7v2MessageKind.Generic)
        {
            Assert.NotEmpty(result.Patients);
        }
    }

    [Fact]
    public void SharedFolder_HoldsTheFilesSourcesMdDescribes()
    {
        Assert.Equal(14, Files().Count);
    }
}
