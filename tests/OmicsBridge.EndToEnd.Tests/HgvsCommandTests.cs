using System.Text.Json;

namespace OmicsBridge.EndToEnd.Tests;

/// <summary>`omicsbridge hgvs parse|normalize` (issue 4, item 5): documented examples parse, malformed text names its position.</summary>
public sealed class HgvsCommandTests
{
    [Fact]
    public void Parse_DocumentedExamples_AreValidAndJsonCarriesTheStructure()
    {
        var run = Cli.Run("hgvs", "parse", "NM_004006.2:c.76A>C", "NC_000023.10:g.33038255C>A", "NP_003997.1:p.(Arg97Cys)",
            "NM_004006.2:c.123+4A>G", "LRG_199t1:c.79_80delinsTT", "--format", "json");

        Assert.True(run.ExitCode == 0, run.ToString());
        var results = JsonDocument.Parse(run.Data).RootElement;
        Assert.Equal(5, results.GetArrayLength());
        Assert.All(results.EnumerateArray(), r => Assert.True(r.GetProperty("valid").GetBoolean()));
        Assert.Equal("protein", results[2].GetProperty("parsed").GetProperty("type").GetString());
    }

    [Fact]
    public void Parse_Malformed_GivesCodePositionAndExpectationAndExitsOne()
    {
        var run = Cli.Run("hgvs", "parse", "c.76A>", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        var error = JsonDocument.Parse(run.Data).RootElement[0].GetProperty("error");
        Assert.Equal(6, error.GetProperty("position").GetInt32());
        Assert.StartsWith("HGVS", error.GetProperty("code").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_OneLetterProteinAndStatedDeletion_RewritesToRecommendedForm()
    {
        var run = Cli.Run("hgvs", "normalize", "p.W24C", "NM_004006.2:c.76delA", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("p.W24C,p.Trp24Cys,", run.Data, StringComparison.Ordinal);
        Assert.Contains("NM_004006.2:c.76delA,NM_004006.2:c.76del,", run.Data, StringComparison.Ordinal);
    }
}
