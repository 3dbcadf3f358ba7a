using System.Globalization;
using OmicsBridge.Formats.Hl7v2;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>The code blocks of docs/formats/hl7v2.md, kept compiling and true.</summary>
public sealed class Hl7v2DocsExampleTests
{
    [Fact]
    public void DocsExample_WriteThenReadAsDocumented_YieldsTheObservation()
    {
        using var textWriter = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new Hl7v2MessageWriter(textWriter, leaveOpen: true))
        {
            writer.Segment("MSH").Set(3, "LAB").SetComponents(9, "ORU", "R01", "ORU_R01").Set(10, "M1").Set(12, "2.5.1").End();
            writer.Segment("PID").SetRepetition(3, 1, "MRN1", null, null, "HOSP", "MR").Set(7, "19700101").End();
            writer.Segment("OBR").SetComponents(4, "718-7", "Hemoglobin", "LN").End();
            writer.Segment("OBX").Set(2, "NM").SetComponents(3, "718-7", "Hemoglobin", "LN").Set(5, "13.2")
                  .SetComponents(6, "g/dL", null, "UCUM").End();
            writer.EndMessage();
        }

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(textWriter.ToString()));
        using var reader = new Hl7v2Reader(stream, "feed.hl7");
        var seen = new List<string>();
        foreach (var result in Hl7v2MessageExtractor.ExtractAll(reader))
        {
            Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
            foreach (var observation in result.AllObservations)
            {
                seen.Add($"{observation.Patient!.Identifiers[0].Id} {observation.Code.Code} {observation.Values[0].Number} {observation.Units!.Code}");
            }
        }

        Assert.Empty(reader.Issues);
        Assert.Equal(["MRN1 718-7 13.2 g/dL"], seen);
    }
}
