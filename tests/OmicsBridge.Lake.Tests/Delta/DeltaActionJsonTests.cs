using System.Text;
using System.Text.Json;
using OmicsBridge.Lake.Delta;

namespace OmicsBridge.Lake.Tests.Delta;

public sealed class DeltaActionJsonTests
{
    [Fact]
    public void Write_EveryActionType_ParsesBackToTheSameAction()
    {
        var dv = new DeltaDeletionVector("u", "ab^-aqEH.-t@S}K{vb[*k^", 1, 36, 2, 9);
        var partitions = new Dictionary<string, string?> { ["part"] = "3", ["other"] = null };
        var schema = new DeltaSchema([new DeltaField("id", DeltaPrimitiveType.LongType, Nullable: true)]);
        DeltaAction[] actions =
        [
            DeltaCommitInfo.Create(1_700_000_000_000, "WRITE"),
            new DeltaProtocol(3, 7, ["deletionVectors"], ["deletionVectors", "appendOnly"]),
            new DeltaMetadata("table-id", schema.ToJson(), ["part"], new Dictionary<string, string> { ["k"] = "v" }, 42, "name", "about"),
            new DeltaAddFile("part=3/a%20b.parquet", partitions, 10, 11, true, "{\"numRecords\":1}", dv,
                new Dictionary<string, string?> { ["t"] = "x" }, 5, 6),
            new DeltaRemoveFile("part=3/a%20b.parquet", 12, false, true, partitions, 10, dv),
            new DeltaTransaction("app", 3, 13),
        ];

        using var stream = new MemoryStream();
        DeltaTable.WriteActions(stream, actions);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var parsed = lines.Select(l => DeltaActionJson.Parse(JsonDocument.Parse(l).RootElement)).ToList();

        Assert.Equal(actions.Length, lines.Length);
        Assert.Contains("\"pathOrInlineDv\":\"ab^-aqEH.-t@S}K{vb[*k^\"", lines[3], StringComparison.Ordinal);
        var info = Assert.IsType<DeltaCommitInfo>(parsed[0]);
        Assert.Equal(1_700_000_000_000, info.Timestamp);
        var protocol = Assert.IsType<DeltaProtocol>(parsed[1]);
        Assert.Equal((3, 7), (protocol.MinReaderVersion, protocol.MinWriterVersion));
        Assert.Equal(["deletionVectors", "appendOnly"], protocol.WriterFeatures!);
        var metadata = Assert.IsType<DeltaMetadata>(parsed[2]);
        Assert.Equal(("table-id", "name", "about", 42L), (metadata.Id, metadata.Name, metadata.Description, metadata.CreatedTime));
        Assert.Equal(schema.ToJson(), metadata.SchemaString);
        Assert.Equal("v", metadata.Configuration["k"]);
        var add = Assert.IsType<DeltaAddFile>(parsed[3]);
        var expectedAdd = (DeltaAddFile)actions[3];
        Assert.Equal(expectedAdd with { PartitionValues = add.PartitionValues, Tags = add.Tags }, add);
        Assert.Equal(partitions, add.PartitionValues);
        Assert.Equal(dv, add.DeletionVector);
        var remove = Assert.IsType<DeltaRemoveFile>(parsed[4]);
        Assert.Equal(((DeltaRemoveFile)actions[4]) with { PartitionValues = remove.PartitionValues }, remove);
        Assert.Equal(actions[5], parsed[5]);
    }

    [Fact]
    public void Parse_UnknownOrNullActions_AreSkipped()
    {
        Assert.Null(DeltaActionJson.Parse(JsonDocument.Parse("{\"cdc\":{\"path\":\"x\"}}").RootElement));
        Assert.Null(DeltaActionJson.Parse(JsonDocument.Parse("{\"add\":null,\"remove\":null}").RootElement));
        Assert.IsType<DeltaTransaction>(DeltaActionJson.Parse(
            JsonDocument.Parse("{\"add\":null,\"txn\":{\"appId\":\"a\",\"version\":1}}").RootElement));
    }

    [Theory]
    [InlineData("{\"add\":{\"partitionValues\":{},\"size\":1}}")]
    [InlineData("{\"add\":{\"path\":\"x\",\"partitionValues\":{}}}")]
    [InlineData("{\"protocol\":{\"minReaderVersion\":1}}")]
    [InlineData("[1]")]
    public void Parse_MalformedAction_Throws(string json)
    {
        Assert.Throws<FormatException>(() => DeltaActionJson.Parse(JsonDocument.Parse(json).RootElement));
    }
}
