using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Cohorts.Saving;
using OmicsBridge.Cohorts.Tests.Support;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cohorts.Tests;

public sealed class CohortReceiptTests
{
    private const string Where = "condition ICD10CM:C50* and gene 'BRCA2: MUT'";

    [Fact]
    public void Save_Cohort_WritesReceiptWithHashVersionsAndMembers()
    {
        using var lake = BreastCancerLake.Build();
        var store = new CohortStore(lake.Workspace.Root);
        var members = lake.Service().Members(WhereParser.Parse(Where));

        var receipt = store.Save("brca", members, document: null);

        Assert.Equal(1, receipt.Version);
        Assert.Equal(0, receipt.LakeVersion);
        Assert.Equal(CohortStore.Hash(receipt.Definition), receipt.DefinitionHash);
        Assert.Equal(64, receipt.DefinitionHash.Length);
        Assert.Contains("genotype", receipt.TablesRead);
        Assert.Contains("condition", receipt.TablesRead);
        Assert.Equal(0, receipt.TableVersions["condition"]);
        Assert.True(File.Exists(Path.Combine(lake.Workspace.Root, "cohorts", "brca", "v1.json")));
        var loaded = store.Load("brca");
        Assert.Equal(["p1", "p2"], store.LoadMembers(loaded));
        Assert.Equal(receipt.DefinitionHash, loaded.DefinitionHash);
    }

    [Fact]
    public void Rerun_AfterNewData_AsOfReceiptGivesOldMembers()
    {
        using var lake = BreastCancerLake.Build();
        var store = new CohortStore(lake.Workspace.Root);
        var history = new CohortHistory(lake.Service(), store);
        var saved = store.Save("brca", lake.Service().Members(WhereParser.Parse(Where)), document: null);

        lake.Patient("p6", "female", 1985)
            .Condition("p6", "ICD10CM", "C50.1", 2022, 1, 1)
            .Genotype("p6", BreastCancerLake.Brca2Vus);
        lake.Commit();

        Assert.Equal(["p1", "p2", "p6"], lake.Service().Members(WhereParser.Parse(Where)).PatientIds);
        var rerun = history.Rerun(store.Load("brca", saved.Version));
        Assert.Equal(store.LoadMembers(saved), rerun.PatientIds);
        Assert.Equal(saved.LakeVersion, rerun.LakeVersion);
    }

    [Fact]
    public void Diff_NewDataOnly_AttributesChangeToData()
    {
        using var lake = BreastCancerLake.Build();
        var store = new CohortStore(lake.Workspace.Root);
        var history = new CohortHistory(lake.Service(), store);
        store.Save("brca", lake.Service().Members(WhereParser.Parse(Where)), null);
        lake.Patient("p6", "female", 1985).Condition("p6", "ICD10CM", "C50.1", 2022).Genotype("p6", BreastCancerLake.Brca2Vus);
        lake.Commit();
        store.Save("brca", lake.Service().Members(WhereParser.Parse(Where)), null);

        var diff = history.Diff("brca");

        Assert.False(diff.DefinitionChanged);
        Assert.Equal(["p6"], diff.DataAdded);
        Assert.Empty(diff.DefinitionAdded);
        Assert.Contains(diff.ChangedTables, t => t is { Table: "condition", From: 0, To: 1 });
    }

    [Fact]
    public void Diff_DefinitionAndData_SeparatesTheCauses()
    {
        using var lake = BreastCancerLake.Build();
        var store = new CohortStore(lake.Workspace.Root);
        var history = new CohortHistory(lake.Service(), store);
        store.Save("brca", lake.Service().Members(WhereParser.Parse(Where)), null);
        lake.Patient("p6", "female", 1985).Condition("p6", "ICD10CM", "C50.1", 2022).Genotype("p6", BreastCancerLake.Brca2Vus);
        lake.Commit();
        const string narrower = Where + " and medication RxNorm:1597582 within 365d after index";
        store.Save("brca", lake.Service().Members(WhereParser.Parse(narrower)), null);

        var diff = history.Diff("brca", 1, 2);

        Assert.True(diff.DefinitionChanged);
        Assert.Equal(["p2"], diff.DefinitionRemoved);
        Assert.Empty(diff.DataAdded);
        Assert.Empty(diff.DataRemoved);
    }

    [Fact]
    public void Load_UnknownCohort_NotFoundListsSaved()
    {
        using var lake = BreastCancerLake.Build();
        var store = new CohortStore(lake.Workspace.Root);
        store.Save("brca", lake.Service().Members(WhereParser.Parse("sex female")), null);

        var error = Assert.Throws<OmicsBridgeException>(() => store.Load("nope"));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Contains("No saved cohort named 'nope'", error.Message, StringComparison.Ordinal);
        Assert.Contains("brca", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownVersion_ListsVersions()
    {
        using var lake = BreastCancerLake.Build();
        var store = new CohortStore(lake.Workspace.Root);
        store.Save("brca", lake.Service().Members(WhereParser.Parse("sex female")), null);

        var error = Assert.Throws<OmicsBridgeException>(() => store.Load("brca", 3));

        Assert.Contains("has no version 3; it has v1", error.Message, StringComparison.Ordinal);
    }
}
