using System.Text.Json.Nodes;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Encryption;

public sealed class DataKeyRingRotationTests : IDisposable
{
    private readonly TempDirectory _temp = new("ob-keyring");

    private string Keys => _temp.Combine("keys");

    [Fact]
    public void RotateMasterKey_SameRingThenAKeyItHadNotUnwrapped_StillOpens()
    {
        var writer = DataKeyRing.Local(Keys);
        var landing = writer.ForScope("landing");
        var table = writer.ForScope("table/patient");
        var ring = DataKeyRing.Local(Keys);
        Assert.Equal(landing.Key, ring.Get(landing.Id).Key);

        ring.RotateMasterKey();

        Assert.Equal(table.Key, ring.Get(table.Id).Key);
    }

    [Fact]
    public void RotateMasterKey_ByAnotherRing_ThisRingRereadsTheStaleWrapping()
    {
        var writer = DataKeyRing.Local(Keys);
        var landing = writer.ForScope("landing");
        var table = writer.ForScope("table/patient");
        var reader = DataKeyRing.Local(Keys);
        Assert.Equal(landing.Key, reader.Get(landing.Id).Key);

        DataKeyRing.Local(Keys).RotateMasterKey();

        Assert.Equal(table.Key, reader.Get(table.Id).Key);
    }

    [Fact]
    public void Create_KeysSavedOnce_ReadableByAnotherRing()
    {
        var writer = DataKeyRing.Local(Keys);
        var first = writer.Create("table/genotype");
        var second = writer.Create("table/genotype");
        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.Key, second.Key);

        writer.SaveCreated();

        var reader = DataKeyRing.Local(Keys);
        Assert.Equal(first.Key, reader.Get(first.Id).Key);
        Assert.Equal(second.Key, reader.Get(second.Id).Key);
        Assert.Equal(2, reader.List().Count(e => e.Scope == "table/genotype"));
    }

    [Fact]
    public void RotateMasterKey_NoDataKeysYet_StillDestroysTheOldMasterKey()
    {
        var ring = DataKeyRing.Local(Keys);
        var old = ring.MasterKeyId;

        var rotation = ring.RotateMasterKey();

        Assert.Equal(0, rotation.DataKeys);
        Assert.Equal([old], rotation.RetiredMasterKeys);
        var masterKeys = JsonNode.Parse(File.ReadAllText(Path.Combine(Keys, LocalKeyManagementService.FileName)))!;
        Assert.Null(masterKeys["keys"]![old]);
        Assert.Equal(rotation.MasterKeyId, masterKeys["current"]!.GetValue<string>());
    }

    [Fact]
    public void List_ShowsScopesAndWrappingMasterKey_NeverTheWrappedKey()
    {
        var ring = DataKeyRing.Local(Keys);
        var landing = ring.ForScope("landing");
        ring.RotateMasterKey();

        var entry = Assert.Single(ring.List());

        Assert.Equal(new DataKeyEntry(landing.Id, "landing", ring.MasterKeyId, entry.Created), entry);
    }

    public void Dispose() => _temp.Dispose();
}
