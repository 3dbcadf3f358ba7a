using System.Globalization;
using System.Text;
using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Tests.Hl7v2;

public sealed class Hl7v2MessageWriterTests
{
    private static void WriteOru(Hl7v2MessageWriter writer, int n, string observationText)
    {
        writer.Segment("MSH").Set(3, "GEN").Set(4, "LAB").Set(7, "20240101120000")
            .SetComponents(9, "ORU", "R01", "ORU_R01").Set(10, "M" + n.ToString(CultureInfo.InvariantCulture)).Set(11, "P").Set(12, "2.5.1").End();
        writer.Segment("PID").Set(1, "1").SetRepetition(3, 1, "MRN" + n.ToString(CultureInfo.InvariantCulture), null, null, null, "MR")
            .Set(3, 4, 1, 1, "HOSP").Set(3, 4, 2, 1, "1.2.3").Set(3, 4, 3, 1, "ISO")
            .SetRepetition(3, 2, "SSN1", null, null, "SSA", "SS")
            .SetComponents(5, "O'Brien|Smith", "Ann^Marie").Set(7, "19700101").Set(8, "F").End();
        writer.Segment("OBR").Set(1, "1").SetComponents(4, "718-7", "Hemoglobin", "LN").Set(7, "20240101110000").Set(25, "F").End();
        writer.Segment("OBX").Set(1, "1").Set(2, "NM").SetComponents(3, "718-7", "Hemoglobin", "LN").Set(5, "13.2")
            .SetComponents(6, "g/dL", "grams per deciliter", "UCUM").Set(7, "12-16").Set(8, "N").Set(11, "F").End();
        writer.Segment("OBX").Set(1, "2").Set(2, "TX").SetComponents(3, "NOTE", "Note", "L").Set(5, observationText).Set(11, "F").End();
    }

    [Fact]
    public void Write_ThenRead_RoundTripsEscapedValuesAndStructure()
    {
        const string tricky = "a|b^c&d~e\\f\r\nline";
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new Hl7v2MessageWriter(text, leaveOpen: true))
        {
            WriteOru(writer, 1, tricky);
        }

        var result = Hl7v2Test.Single(text.ToString());

        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
        var patient = Assert.Single(result.Patients);
        Assert.Equal("O'Brien|Smith", patient.Names[0].FamilyName);
        Assert.Equal("Ann^Marie", patient.Names[0].GivenName);
        Assert.Equal(new Hl7v2HierarchicDesignator("HOSP", "1.2.3", "ISO"), patient.Identifiers[0].AssigningAuthority);
        Assert.Equal("SSA", patient.Identifiers[1].AssigningAuthority!.NamespaceId);
        var observations = Assert.Single(result.Reports).Observations;
        Assert.Equal(13.2m, observations[0].Values[0].Number);
        Assert.Equal("UCUM", observations[0].Units!.CodingSystem);
        Assert.Equal(tricky, observations[1].Values[0].Text);
    }

    [Fact]
    public void Write_Msh_WritesSeparatorAndEncodingCharactersAsFieldsOneAndTwo()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new Hl7v2MessageWriter(text, leaveOpen: true))
        {
            writer.Segment("MSH").Set(3, "APP").SetComponents(9, "ADT", "A01").Set(10, "1").Set(12, "2.5").End();
            writer.Segment("PID").Set(3, "ID1").Set(3, 4, 2, "OID").End();
        }

        Assert.Equal("MSH|^~\\&|APP||||||ADT^A01|1||2.5\rPID|||ID1^^^&OID\r", text.ToString());
    }

    [Fact]
    public void Write_MllpCustomDelimitersCrlf_ReadsBackAsManyMessages()
    {
        var encoding = new Hl7v2Encoding('!', '@', '%', '*', '$');
        using var bytes = new MemoryStream();
        using (var writer = new Hl7v2MessageWriter(new StreamWriter(bytes, new UTF8Encoding(false), leaveOpen: true), encoding, "\r\n", mllp: true))
        {
            for (var i = 0; i < 3; i++)
            {
                WriteOru(writer, i, "x!y@z");
            }
        }

        var (results, fileIssues) = Hl7v2Test.ReadBytes(bytes.ToArray());

        Assert.Empty(fileIssues);
        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.IsAccepted, Hl7v2Test.Errors(r)));
        Assert.All(results, r => Assert.Empty(r.Issues));
        Assert.Equal(encoding, results[2].Message.Encoding);
        Assert.Equal("x!y@z", results[2].Reports[0].Observations[1].Values[0].Text);
        Assert.Equal(["M0", "M1", "M2"], results.Select(r => r.Header!.ControlId));
        Assert.Equal(0x0B, bytes.ToArray()[0]);
    }

    [Fact]
    public void Segment_BeforeMsh_Throws()
    {
        using var writer = new Hl7v2MessageWriter(new StringWriter(CultureInfo.InvariantCulture));

        Assert.Throws<InvalidOperationException>(() => writer.Segment("PID"));
        Assert.Throws<ArgumentException>(() => writer.Segment("pid"));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Segment("MSH").Set(2, "x"));
    }

    [Fact]
    public void Write_ManyMessages_ProducesReadableStream()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new Hl7v2MessageWriter(text, leaveOpen: true))
        {
            for (var i = 0; i < 1000; i++)
            {
                WriteOru(writer, i, "note " + i.ToString(CultureInfo.InvariantCulture));
            }
        }

        var (results, _) = Hl7v2Test.ReadText(text.ToString());

        Assert.Equal(1000, results.Count);
        Assert.All(results, r => Assert.Equal(Hl7v2MessageKind.ObservationResult, r.Kind));
        Assert.Equal("MRN999", results[^1].Patients[0].Identifiers[0].Id);
        Assert.Equal(5000, results[^1].Reports[0].Observations[1].Line);
    }
}
