using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Repetitions, components, sub-components, explicit nulls and escape sequences.</summary>
public sealed class Hl7v2ValueTests
{
    private static Hl7v2Segment Pid(string fields)
        => Hl7v2Test.Message("MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rPID|" + fields + "\r").Segments[1];

    [Fact]
    public void Repetitions_ThreeWithEmptyMiddle_KeepsPositions()
    {
        var field = Pid("1||A^^^X~~C^^^Z").Field(3);

        var repetitions = field.Repetitions;

        Assert.Equal(3, repetitions.Count);
        Assert.True(repetitions[1].IsEmpty);
        Assert.Equal("Z", repetitions[2].Component(4).Value);
        Assert.Equal("A", field.Component(1).Value);
    }

    [Fact]
    public void SubComponent_AssigningAuthority_ReadsAllThreeParts()
    {
        var cx = Pid("1||ID^^^NS&1.2.840&ISO^MR").Field(3);

        Assert.Equal("NS", cx.Component(4).SubComponent(1).Value);
        Assert.Equal("1.2.840", cx.Component(4, 2).Value);
        Assert.Equal("ISO", cx.Component(4).SubComponent(3).Value);
        Assert.True(cx.Component(4).SubComponent(4).IsEmpty);
    }

    [Fact]
    public void SubComponent_OfAField_ReadsTheFirstComponent()
    {
        var field = Pid("1||A&B^C").Field(3);

        Assert.Equal("B", field.SubComponent(2).Value);
        Assert.Equal(2, field.ComponentCount);
    }

    [Fact]
    public void Field_PastTheEnd_IsEmptyNotAnException()
    {
        var pid = Pid("1");

        Assert.True(pid.Field(40).IsEmpty);
        Assert.Null(pid.Field(40).Component(3).SubComponent(2).Value);
        Assert.Empty(pid.Field(40).Repetitions);
    }

    [Fact]
    public void Value_ExplicitNull_IsNullButNotEmpty()
    {
        var field = Pid("1||\"\"").Field(3);

        Assert.True(field.IsExplicitNull);
        Assert.False(field.IsEmpty);
        Assert.Null(field.Value);
    }

    [Fact]
    public void Value_EscapedDelimiters_DecodeToTheMessageCharacters()
    {
        var field = Pid("1||A\\F\\B\\S\\C\\T\\D\\R\\E\\E\\\\X41C3A9\\").Field(3);

        Assert.Equal(1, field.ComponentCount);
        Assert.Single(field.Repetitions);
        Assert.Equal("A|B^C&D~E\\Aé", field.Value);
    }

    [Theory]
    [InlineData("x\\H\\bold\\N\\y", "xboldy")]
    [InlineData("one\\.br\\two", "one\ntwo")]
    [InlineData("a\\.sp2\\b", "a\nb")]
    [InlineData("a\\.in+4\\b", "ab")]
    [InlineData("a\\X0D0A\\b", "a\r\nb")]
    [InlineData("a\\XE9\\b", "aéb")]
    [InlineData("a\\X0\\b", "a\\X0\\b")]
    [InlineData("a\\Q\\b", "a\\Q\\b")]
    [InlineData("a\\C2842\\b", "ab")]
    [InlineData("a\\Zlocal\\b", "ab")]
    public void Value_FormattingAndHexEscapes_AreDecodedOrStrippedAsDocumented(string raw, string expected)
    {
        Assert.Equal(expected, Pid("1||" + raw).Field(3).Value);
    }

    [Fact]
    public void Extract_EscapesFixture_DecodesStFtAndTxValues()
    {
        var result = Hl7v2Test.Fixture("hl7v2/escapes.hl7");

        Assert.True(result.IsAccepted, Hl7v2Test.Errors(result));
        var observations = Assert.Single(result.Reports).Observations;
        Assert.Equal("A|B^C&D~E\\Aé", observations[0].Values.Single().Text);
        Assert.Equal("line one\nline two bold end", observations[1].Values.Single().Text);
        Assert.Equal(["first", "second"], observations[2].Values.Select(v => v.Text));
        Assert.All(observations.SelectMany(o => o.Values), v => Assert.Equal(Hl7v2ObservationValueKind.Text, v.Kind));
    }

    [Fact]
    public void Repetitions_OfAComponent_IsItself()
    {
        var component = Pid("1||A^B~C").Field(3).Component(2);

        Assert.Equal(Hl7v2ValueLevel.Component, component.Level);
        Assert.Equal("B", Assert.Single(component.Repetitions).Value);
        Assert.Equal("B", component.Component(1).Value);
        Assert.True(component.Component(2).IsEmpty);
    }
}
