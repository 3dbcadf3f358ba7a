using OmicsBridge.Formats.Hl7v2;
using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>NM, SN, CE/CWE, CX, XPN, XAD, XTN, EI and reference ranges.</summary>
public sealed class Hl7v2DataTypeTests
{
    private static Hl7v2Value Field(string value)
        => Hl7v2Test.Message("MSH|^~\\&|A|B|||20240101||ADT^A08|C1|P|2.5\rZZZ|" + value + "\r").Segments[1].Field(1);

    [Theory]
    [InlineData("4.41", "4.41")]
    [InlineData("+3.25", "3.25")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("0010", "10")]
    [InlineData(".5", "0.5")]
    [InlineData("4.40", "4.40")]
    [InlineData("105600", "105600")]
    public void Numeric_TryParse_ValidNm_KeepsScale(string text, string expected)
    {
        Assert.True(Hl7v2Numeric.TryParse(text, out var value));

        Assert.Equal(expected, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1e5")]
    [InlineData("1,000")]
    [InlineData("1.2.3")]
    [InlineData(" 12")]
    [InlineData("<5")]
    public void Numeric_TryParse_NotNm_Fails(string text)
    {
        Assert.False(Hl7v2Numeric.TryParse(text, out _));
    }

    [Fact]
    public void StructuredNumeric_Ratio_ReadsAllFourComponents()
    {
        Assert.True(Hl7v2StructuredNumeric.TryParse(Field("^1^:^128"), out var sn, out _));

        Assert.Equal(new Hl7v2StructuredNumeric(null, 1m, ":", 128m), sn);
    }

    [Theory]
    [InlineData("~^100", "comparator")]
    [InlineData(">^abc", "component 2")]
    [InlineData("^1^x^2", "separator")]
    [InlineData(">", "no number")]
    public void StructuredNumeric_Invalid_NamesTheComponent(string text, string reason)
    {
        Assert.False(Hl7v2StructuredNumeric.TryParse(Field(text.Replace("~", "<>x", StringComparison.Ordinal)), out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void CodedElement_Cwe_ReadsAlternateAndOriginalText()
    {
        var coded = Hl7v2CodedElement.From(Field("3092008^Staphylococcus aureus^SCT^SA^Staph^L^^^S. aureus"));

        Assert.Equal(new Hl7v2CodedElement("3092008", "Staphylococcus aureus", "SCT", "SA", "Staph", "L", "S. aureus"), coded);
    }

    [Fact]
    public void CodedElement_Empty_IsNull()
    {
        Assert.Null(Hl7v2CodedElement.From(Field(string.Empty)));
        Assert.Null(Hl7v2CodedElement.From(Field("^^^")));
    }

    [Fact]
    public void ExtendedId_WithAuthorityAndFacility_ReadsAllParts()
    {
        var cx = Hl7v2ExtendedId.From(Field("PATID1234^5^M11^test1&2.16.1&HCD^MR^GOOD HEALTH HOSPITAL"));

        Assert.NotNull(cx);
        Assert.Equal("PATID1234", cx.Id);
        Assert.Equal("5", cx.CheckDigit);
        Assert.Equal(new Hl7v2HierarchicDesignator("test1", "2.16.1", "HCD"), cx.AssigningAuthority);
        Assert.Equal("MR", cx.IdentifierTypeCode);
        Assert.Equal("GOOD HEALTH HOSPITAL", cx.AssigningFacility!.NamespaceId);
    }

    [Fact]
    public void ExtendedId_WithoutId_IsNull()
    {
        Assert.Null(Hl7v2ExtendedId.From(Field("^^^AUTH^MR")));
    }

    [Fact]
    public void PersonName_WithOwnSurnamePrefix_ReadsSurnameOnly()
    {
        var name = Hl7v2PersonName.From(Field("EVERYMAN&&&&Aniston^ADAM^A^III^Dr.^MD^D"));

        Assert.Equal(new Hl7v2PersonName("EVERYMAN", "ADAM", "A", "III", "Dr.", "MD", "D"), name);
    }

    [Fact]
    public void Address_Street_ReadsStreetLineFromSad()
    {
        var address = Hl7v2Address.From(Field("1000&Hospital Lane^Ste. 123^Ann Arbor ^MI^99999^USA^M^^W"));

        Assert.Equal(new Hl7v2Address("1000", "Ste. 123", "Ann Arbor ", "MI", "99999", "USA", "M", "W"), address);
    }

    [Fact]
    public void Telecom_StructuredNumber_ReadsParts()
    {
        var telecom = Hl7v2Telecom.From(Field("(130) 724-0433^PRN^PH^^^431^2780404"));

        Assert.Equal(new Hl7v2Telecom("(130) 724-0433", "PRN", "PH", null, null, "431", "2780404", null), telecom);
    }

    [Fact]
    public void EntityIdentifier_WithUniversalId_ReadsAllParts()
    {
        var ei = Hl7v2EntityIdentifier.From(Field("986^IA PHIMS Stage^2.16.840.1.114222.4.3.3.5.1.2^ISO"));

        Assert.Equal(new Hl7v2EntityIdentifier("986", "IA PHIMS Stage", "2.16.840.1.114222.4.3.3.5.1.2", "ISO"), ei);
    }

    [Theory]
    [InlineData("4.3 to 6.2", "4.3", "6.2")]
    [InlineData("70-80", "70", "80")]
    [InlineData("-5-5", "-5", "5")]
    [InlineData(">5", "5", null)]
    [InlineData("<=10", null, "10")]
    [InlineData("negative", null, null)]
    [InlineData("10-", null, null)]
    public void ReferenceRange_Parse_ReadsNumericBounds(string text, string? low, string? high)
    {
        var range = Hl7v2ReferenceRange.Parse(text);

        Assert.Equal(text, range.Text);
        Assert.Equal(low is null ? null : decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), range.Low);
        Assert.Equal(high is null ? null : decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), range.High);
    }
}
