using OmicsBridge.Cohorts.Genes;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Cohorts.Tests.Support;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Testing;

namespace OmicsBridge.Cohorts.Tests;

public sealed class CohortServiceTests : IClassFixture<CohortServiceTests.Lake>
{
    private readonly Lake _lake;

    public CohortServiceTests(Lake lake) => _lake = lake;

    [Theory]
    [InlineData("sex female", "p1 p2 p4")]
    [InlineData("age >= 60", "p1 p3")]
    [InlineData("deceased", "p3")]
    [InlineData("alive and sex male", "p5")]
    [InlineData("condition ICD10CM:C50*", "p1 p2")]
    [InlineData("condition ICD10CM:C50.9*", "p1")]
    [InlineData("condition ICD10CM:C50.412", "p2")]
    [InlineData("observation LOINC:4548-4 > 7", "p3")]
    [InlineData("observation LOINC:4548-4 > 7 '%'", "p3")]
    [InlineData("observation LOINC:4548-4 > 7 'mmol/mol'", "")]
    [InlineData("observation LOINC:4548-4 at least 2 times", "p3")]
    [InlineData("medication RxNorm:1597582", "p1 p2")]
    [InlineData("procedure SNOMED:69031006", "p4")]
    [InlineData("has transcriptomics and not has genomics", "")]
    [InlineData("has proteomics", "p5")]
    public void Members_ClinicalAndDemographicCriteria_MatchExpectedPatients(string where, string expected) =>
        AssertMembers(where, expected);

    [Theory]
    [InlineData("variant gene=BRCA2", "p1 p2")]
    [InlineData("variant key=GRCh38:7-140753336-A-T", "p5")]
    [InlineData("variant 'NC_000007.14:g.140753336A>T'", "p5")]
    [InlineData("variant hgvs='NM_000059.4:c.8167G>C'", "p1 p2")]
    [InlineData("variant hgvs='p.V600E'", "p5")]
    [InlineData("variant hgvs='p.Val600Glu'", "p5")]
    [InlineData("variant gene=BRAF zygosity=hom_alt vaf >= 0.9", "p5")]
    [InlineData("variant gene=BRCA2 vaf > 0.5", "p2")]
    [InlineData("variant consequence=missense_variant significance=uncertain_significance", "p1 p2")]
    [InlineData("variant significance=pathogenic", "p5")]
    [InlineData("expression ERBB2 > 2.6", "p1 p4")]
    [InlineData("expression ERBB2 z > 1.5", "p1")]
    [InlineData("protein EGFR > 2", "p5")]
    public void Members_MolecularCriteria_MatchExpectedPatients(string where, string expected) =>
        AssertMembers(where, expected);

    [Theory]
    [InlineData("TP53: MUT", "p2 p3")]
    [InlineData("TP53: MISSENSE", "p2")]
    [InlineData("TP53: TRUNC", "p3")]
    [InlineData("TP53: MUT = R175H", "p2")]
    [InlineData("TP53: MUT = R175", "p2")]
    [InlineData("KRAS: MUT = G12C", "p4")]
    [InlineData("BRAF: MUT = V600E", "p5")]
    [InlineData("BRAF: V600E_SOMATIC", "")]
    [InlineData("BRCA2: GERMLINE", "p1 p2")]
    [InlineData("BRCA2: MUT HOMDEL", "p1 p2")]
    [InlineData("ERBB2: AMP", "p4")]
    [InlineData("ERBB2: AMP EXP > 1.5", "p1 p4")]
    [InlineData("ERBB2: CNA >= GAIN", "p4")]
    [InlineData("EGFR: PROT > 1.5", "")]
    public void Members_OqlTerms_MatchExpectedPatients(string oql, string expected) =>
        AssertMembers($"gene '{oql}'", expected);

    [Theory]
    [InlineData("condition ICD10CM:C50* and gene 'BRCA2: MUT' and medication RxNorm:1597582 within 365d after index", "p1")]
    [InlineData("condition ICD10CM:C50* and medication RxNorm:1597582 within 366..1000d after index", "p2")]
    [InlineData("index first condition ICD10CM:C50*; medication RxNorm:1597582 before index", "")]
    [InlineData("index first condition ICD10CM:E11*; observation LOINC:4548-4 within 0..45d after index", "p3 p4")]
    [InlineData("index first condition ICD10CM:E11*; observation LOINC:4548-4 from 60d after index", "p3")]
    [InlineData("index first sample; condition ICD10CM:E11* within 2000d before index", "p3")]
    [InlineData("index first condition ICD10CM:C50*; age >= 55", "p1")]
    [InlineData("index first condition ICD10CM:E11*; condition ICD10CM:E11*", "p3 p4")]
    [InlineData("index first condition ICD10CM:E11*; condition ICD10CM:E11* at least 2 times", "")]
    [InlineData("index first condition ICD10CM:E11*; not condition ICD10CM:E11*", "")]
    [InlineData("index first condition ICD10CM:E11*; condition ICD10CM:E11* or sex male", "p3 p4")]
    public void Members_TemporalWindows_MeasuredFromIndex(string where, string expected) =>
        AssertMembers(where, expected);

    [Theory]
    [InlineData("condition ICD10CM:E11* and observation LOINC:4548-4 > 7 and not gene 'TP53: MUT'", "")]
    [InlineData("condition ICD10CM:E11* and observation LOINC:4548-4 > 7 or gene 'KRAS: MUT'", "p3 p4")]
    [InlineData("not (condition ICD10CM:C50* or condition ICD10CM:E11*)", "p5")]
    [InlineData("sex female and (gene 'TP53: MUT' or gene 'ERBB2: AMP')", "p2 p4")]
    public void Members_Composition_AllAnyNoneNested(string where, string expected) =>
        AssertMembers(where, expected);

    [Fact]
    public void Members_YamlDocument_SameAsOneLine()
    {
        var yaml = DefinitionReader.Read("""
            index: { condition: "ICD10CM:C50*" }
            criteria:
              all:
                - sex: female
                - gene: "BRCA2: MUT"
                - medication: { code: "RxNorm:1597582", window: { after: [0, 365] } }
                - any:
                    - expression: { gene: ERBB2, zscore: "> 1.5" }
                    - copy_number: { gene: ERBB2, call: AMP }
            """);

        Assert.Equal(["p1"], _lake.Data.Service().Members(yaml).PatientIds);
    }

    [Fact]
    public void Count_NothingMatches_SaysWhichCriterionMatchedNothing()
    {
        var count = _lake.Data.Service().Count(WhereParser.Parse("condition ICD10CM:C50* and procedure SNOMED:387713003"));

        Assert.Equal(0, count.Count);
        Assert.Equal(["procedure SNOMED:387713003"], count.EmptyCriteria);
    }

    [Fact]
    public void Count_ContradictoryCriteria_Warns()
    {
        var count = _lake.Data.Service().Count(WhereParser.Parse("sex female and sex male and age > 70 and age < 30"));

        Assert.Equal(0, count.Count);
        Assert.Contains(count.Warnings, w => w.Contains("sex female and sex male", StringComparison.Ordinal));
        Assert.Contains(count.Warnings, w => w.Contains("age > 70 and age < 30", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_RequiredAndExcluded_Warns()
    {
        var count = _lake.Data.Service().Count(WhereParser.Parse("condition ICD10CM:C50* and not condition ICD10CM:C50*"));

        Assert.Contains(count.Warnings, w => w.Contains("both required and excluded", StringComparison.Ordinal));
    }

    [Fact]
    public void Count_WindowWithoutIndex_ClearError()
    {
        var error = Assert.Throws<OmicsBridgeException>(() =>
            _lake.Data.Service().Count(WhereParser.Parse("medication RxNorm:1597582 within 365d after index")));

        Assert.Equal("COH006", error.Issues[0].Code);
        Assert.Contains("needs an index event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_AliasGeneWithNoData_SuggestsCurrentSymbol()
    {
        var hgnc = GeneCatalog.Load(TestData.Shared("hgnc/scout/hgnc_reduced_set.txt"));

        var error = Assert.Throws<OmicsBridgeException>(() => _lake.Data.Service(hgnc).Count(WhereParser.Parse("gene 'LFS1: MUT'")));

        Assert.Contains("it is an alias of TP53: use TP53", error.Message, StringComparison.Ordinal);
        Assert.Equal("COH004", error.Issues[0].Code);
    }

    [Fact]
    public void Count_PreviousSymbol_SuggestsCurrentSymbol()
    {
        var hgnc = GeneCatalog.Load(TestData.Shared("hgnc/scout/hgnc_reduced_set.txt"));

        var error = Assert.Throws<OmicsBridgeException>(() => _lake.Data.Service(hgnc).Count(WhereParser.Parse("gene 'ARAF1: AMP'")));

        Assert.Contains("a previous symbol of ARAF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UnknownGeneWithoutList_ErrorNamesIt()
    {
        var error = Assert.Throws<OmicsBridgeException>(() => _lake.Data.Service().Count(WhereParser.Parse("gene 'NOTAGENE1: MUT'")));

        Assert.Contains("'NOTAGENE1' is found in no data", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_ApprovedGeneWithoutData_IsZeroNotError()
    {
        var hgnc = GeneCatalog.Load(TestData.Shared("hgnc/scout/hgnc_reduced_set.txt"));

        var count = _lake.Data.Service(hgnc).Count(WhereParser.Parse("gene 'AAGAB: MUT'"));

        Assert.Equal(0, count.Count);
        Assert.Equal(["gene 'AAGAB: MUT'"], count.EmptyCriteria);
    }

    [Fact]
    public void Count_ConditionWithSnomedDescendants_WarnsNoHierarchy()
    {
        var count = _lake.Data.Service().Count(WhereParser.Parse("condition SNOMED:254837009 descendants"));

        Assert.Contains(count.Warnings, w => w.Contains("No SNOMED hierarchy is loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void Describe_Cohort_CountsSexConditionsAndModalities()
    {
        var rows = _lake.Data.Service().Describe(WhereParser.Parse("sex female"));

        Assert.Contains(rows, r => r is { Section: "members", Value: 3 });
        Assert.Contains(rows, r => r is { Section: "sex", Item: "female", Value: 3, Percent: 100 });
        Assert.Contains(rows, r => r.Section == "condition" && r.Item.StartsWith("ICD10CM:E11.9", StringComparison.Ordinal) && r.Value == 1);
        Assert.Contains(rows, r => r.Section == "medication" && r.Item.StartsWith("RxNorm:1597582", StringComparison.Ordinal) && r.Value == 2);
        Assert.Contains(rows, r => r is { Section: "modality", Item: "transcriptomics", Value: 3 });
        Assert.Contains(rows, r => r is { Section: "age", Item: "max" });
    }

    [Fact]
    public void Overlap_Cohort_CombinationsAndLacking()
    {
        var overlap = _lake.Data.Service().Overlap(WhereParser.Parse("alive"));

        Assert.Equal(4, overlap.Members);
        var both = Assert.Single(overlap.Combinations, c => c.Modalities.SequenceEqual(["genomics", "transcriptomics"]));
        Assert.Equal(3, both.Patients);
        Assert.Single(overlap.Combinations, c => c.Modalities.SequenceEqual(["genomics", "proteomics", "transcriptomics"]));
        Assert.Equal(1, overlap.PerModality["proteomics"]);
        Assert.Equal(3, overlap.Lacking.Count);
        Assert.All(overlap.Lacking, l => Assert.Equal(["proteomics"], l.Missing));
    }

    private void AssertMembers(string where, string expected)
    {
        var members = _lake.Data.Service().Members(WhereParser.Parse(where));

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), members.PatientIds);
    }

    public sealed class Lake : IDisposable
    {
        public TestLake Data { get; } = BreastCancerLake.Build();

        public void Dispose() => Data.Dispose();
    }
}
