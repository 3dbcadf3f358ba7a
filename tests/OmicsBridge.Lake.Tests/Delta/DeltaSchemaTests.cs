using System.Text.Json;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Delta;
using static OmicsBridge.Lake.Tests.Delta.DeltaTestSupport;

namespace OmicsBridge.Lake.Tests.Delta;

public sealed class DeltaSchemaTests
{
    [Fact]
    public void Parse_NestedColumnMappingSchema_RoundTripsThroughToJson()
    {
        var log = File.ReadLines(Path.Combine(Golden("table-with-columnmapping-mode-name"), "_delta_log", "00000000000000000000.json"))
            .First(l => l.Contains("\"metaData\"", StringComparison.Ordinal));
        var schemaString = JsonDocument.Parse(log).RootElement.GetProperty("metaData").GetProperty("schemaString").GetString()!;

        var schema = DeltaSchema.Parse(schemaString);
        var again = DeltaSchema.Parse(schema.ToJson());

        Assert.Equal(schema.Fields.Count, again.Fields.Count);
        Assert.Equal(schema.Fields.Select(f => f.Type.ToDuckDbType()), again.Fields.Select(f => f.Type.ToDuckDbType()));
        Assert.Contains(schema.Fields, f => f.Type is DeltaStructType);
        Assert.Contains(schema.Fields, f => f.Type is DeltaArrayType { ElementType: DeltaArrayType });
        Assert.Contains(schema.Fields, f => f.Type is DeltaMapType);
        Assert.Equal(JsonDocument.Parse(schemaString).RootElement.GetRawText().Length, schema.ToJson().Length);
        Assert.Equal("col-33314a5e-7dc1-438a-8f4d-df8c417071d6",
            schema.Fields[0].Metadata!["delta.columnMapping.physicalName"].GetString());
    }

    [Theory]
    [InlineData("\"decimal(38,18)\"", "DECIMAL(38,18)")]
    [InlineData("\"decimal\"", "DECIMAL(10,0)")]
    [InlineData("\"timestamp\"", "TIMESTAMPTZ")]
    [InlineData("\"timestamp_ntz\"", "TIMESTAMP")]
    [InlineData("{\"type\":\"array\",\"elementType\":\"integer\",\"containsNull\":true}", "INTEGER[]")]
    [InlineData("{\"type\":\"map\",\"keyType\":\"string\",\"valueType\":\"long\",\"valueContainsNull\":true}", "MAP(VARCHAR, BIGINT)")]
    [InlineData("{\"type\":\"struct\",\"fields\":[{\"name\":\"a b\",\"type\":\"short\",\"nullable\":true,\"metadata\":{}}]}", "STRUCT(\"a b\" SMALLINT)")]
    public void ToDuckDbType_ProtocolTypes_MapToDuckDbNames(string typeJson, string expected)
    {
        var schema = DeltaSchema.Parse($"{{\"type\":\"struct\",\"fields\":[{{\"name\":\"c\",\"type\":{typeJson},\"nullable\":true,\"metadata\":{{}}}}]}}");

        Assert.Equal(expected, schema.Fields[0].Type.ToDuckDbType());
    }

    [Theory]
    [InlineData("\"decimal(39,0)\"")]
    [InlineData("\"decimal(5,6)\"")]
    [InlineData("\"variant\"")]
    [InlineData("{\"type\":\"udt\"}")]
    public void Parse_UnsupportedOrInvalidType_IsInvalidInput(string typeJson)
    {
        var error = Assert.Throws<OmicsBridgeException>(() =>
            DeltaSchema.Parse($"{{\"type\":\"struct\",\"fields\":[{{\"name\":\"c\",\"type\":{typeJson},\"nullable\":true}}]}}"));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
    }

    [Fact]
    public void Parse_NotJson_IsInvalidInput()
    {
        Assert.Equal(ErrorKind.InvalidInput, Assert.Throws<OmicsBridgeException>(() => DeltaSchema.Parse("{\"type\":")).Kind);
    }

    [Fact]
    public void ToJson_FileStats_UsesProtocolFieldNamesAndFormats()
    {
        var stats = new DeltaFileStats(
            3,
            new Dictionary<string, object?> { ["age"] = 40, ["visit"] = new DateOnly(2024, 1, 31), ["name"] = "a\"b" },
            new Dictionary<string, object?> { ["age"] = 71L, ["score"] = 2.5, ["at"] = new DateTimeOffset(2024, 2, 1, 10, 0, 0, TimeSpan.FromHours(2)) },
            new Dictionary<string, long> { ["age"] = 0, ["name"] = 1 });

        Assert.Equal(
            "{\"numRecords\":3,\"minValues\":{\"age\":40,\"visit\":\"2024-01-31\",\"name\":\"a\\u0022b\"},"
            + "\"maxValues\":{\"age\":71,\"score\":2.5,\"at\":\"2024-02-01T08:00:00.000Z\"},\"nullCount\":{\"age\":0,\"name\":1}}",
            stats.ToJson());
    }

    [Fact]
    public void Parse_SparkStats_ReadsCountsAndBounds()
    {
        var stats = DeltaFileStats.Parse(
            "{\"numRecords\":3,\"minValues\":{\"col1\":0,\"col2\":\"foo0\",\"f\":1.5,\"s\":{\"x\":2}},\"maxValues\":{\"col1\":20},\"nullCount\":{\"col1\":0,\"col2\":1},\"tightBounds\":false}");

        Assert.NotNull(stats);
        Assert.Equal(3, stats.NumRecords);
        Assert.Equal(0L, stats.MinValues["col1"]);
        Assert.Equal("foo0", stats.MinValues["col2"]);
        Assert.Equal(1.5, stats.MinValues["f"]);
        Assert.Equal(2L, ((IReadOnlyDictionary<string, object?>)stats.MinValues["s"]!)["x"]);
        Assert.Equal(20L, stats.MaxValues["col1"]);
        Assert.Equal(1, stats.NullCount["col2"]);
        Assert.Null(DeltaFileStats.Parse("not json"));
        Assert.Null(DeltaFileStats.Parse(null));
    }
}
