using OmicsBridge.Lake.Delta;
using static OmicsBridge.Lake.Tests.Delta.DeltaTestSupport;

namespace OmicsBridge.Lake.Tests.Delta;

public sealed class DeltaSqlTests
{
    [Theory]
    [InlineData("integer", "42", "42")]
    [InlineData("long", "-9000000000", "-9000000000")]
    [InlineData("double", "2.5", "2.5")]
    [InlineData("boolean", "true", "True")]
    [InlineData("date", "2024-02-29", "2024-02-29")]
    [InlineData("timestamp_ntz", "2024-02-29 13:45:01.123456", "2024-02-29T13:45:01.123456")]
    [InlineData("timestamp", "2024-02-29T13:45:01.5Z", "2024-02-29T13:45:01.5")]
    [InlineData("decimal(5,2)", "-12.30", "-12.30")]
    [InlineData("string", "it's", "it's")]
    [InlineData("binary", "ab", "0x6162")]
    [InlineData("integer", "", "null")]
    public void PartitionLiteral_ProtocolSerialisation_ReadsAsTypedValue(string type, string value, string expected)
    {
        var deltaType = DeltaSchema.Parse($"{{\"type\":\"struct\",\"fields\":[{{\"name\":\"p\",\"type\":\"{type}\",\"nullable\":true}}]}}").Fields[0].Type;

        var literal = DeltaSql.PartitionLiteral("p", value, deltaType);

        Assert.Equal(["p=" + expected], Rows($"SELECT {literal} AS p"));
    }

    [Theory]
    [InlineData("integer", "1; DROP TABLE x")]
    [InlineData("date", "2024-13-01")]
    [InlineData("boolean", "yes")]
    [InlineData("timestamp", "__HIVE_DEFAULT_PARTITION__")]
    public void PartitionLiteral_MalformedValue_IsRefused(string type, string value)
    {
        var deltaType = DeltaSchema.Parse($"{{\"type\":\"struct\",\"fields\":[{{\"name\":\"p\",\"type\":\"{type}\",\"nullable\":true}}]}}").Fields[0].Type;

        Assert.Throws<FormatException>(() => DeltaSql.PartitionLiteral("p", value, deltaType));
    }

    [Fact]
    public void Identifier_EmbeddedQuote_IsDoubled()
    {
        Assert.Equal("\"a\"\"b\"", DeltaSql.Identifier("a\"b"));
    }
}
