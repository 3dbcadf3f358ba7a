using OmicsBridge.Cohorts.Definition;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cohorts.Tests;

public sealed class ParsingTests
{
    [Fact]
    public void WhereParse_IssueExample_BuildsConditionGeneAndWindowedMedication()
    {
        var definition = WhereParser.Parse("condition ICD10CM:C50* and gene 'BRCA2: MUT' and medication RxNorm:1597582 within 365d after index");

        var all = Assert.IsType<AllOf>(definition.Criteria);
        Assert.Equal(3, all.Items.Count);
        var condition = Assert.IsType<ClinicalEventCriterion>(all.Items[0]);
        Assert.Equal(new CodeMatch("ICD10CM", "C50", Prefix: true), condition.Code);
        var gene = Assert.IsType<GeneQueryCriterion>(all.Items[1]);
        Assert.Equal(new MutationCriterion("BRCA2"), gene.Expansion);
        var medication = Assert.IsType<ClinicalEventCriterion>(all.Items[2]);
        Assert.Equal(new TemporalWindow(0, 365), medication.Window);
    }

    [Fact]
    public void WhereParse_ObservationValueAndNot_MatchesYamlDocument()
    {
        var where = WhereParser.Parse("condition ICD10CM:E11* and observation LOINC:4548-4 > 7 and not gene 'TP53: MUT'");
        var yaml = DefinitionReader.Read("""
            criteria:
              all:
                - condition: ICD10CM:E11*
                - observation: { code: LOINC:4548-4, value: "> 7" }
                - none: [ { gene: "TP53: MUT" } ]
            """);

        Assert.Equal(CriterionText.Format(where), CriterionText.Format(yaml));
    }

    [Fact]
    public void WhereParse_JsonDocument_SameTreeAsYaml()
    {
        var json = DefinitionReader.Read("""{"name": "x", "criteria": {"any": [{"sex": "female"}, {"age": ">= 65"}]}}""");
        var where = WhereParser.Parse("sex female or age >= 65");

        Assert.Equal(CriterionText.Format(where), CriterionText.Format(json));
        Assert.Equal("x", json.Name);
    }

    [Fact]
    public void WhereParse_PrecedenceAndParentheses_AndBindsTighterThanOr()
    {
        var flat = WhereParser.Parse("sex female and age > 50 or deceased");
        var grouped = WhereParser.Parse("sex female and (age > 50 or deceased)");

        Assert.IsType<AnyOf>(flat.Criteria);
        var all = Assert.IsType<AllOf>(grouped.Criteria);
        Assert.IsType<AnyOf>(all.Items[1]);
    }

    [Fact]
    public void WhereParse_WindowsAndOccurrences_ReadEveryForm()
    {
        var definition = WhereParser.Parse(
            "index first sample; observation LOINC:4548-4 >= 6.5 '%' within 30..90d before index at least 2 times and procedure SNOMED:69031006 after index");

        Assert.True(definition.Index!.IsFirstSample);
        var all = Assert.IsType<AllOf>(definition.Criteria);
        var observation = Assert.IsType<ClinicalEventCriterion>(all.Items[0]);
        Assert.Equal(new TemporalWindow(-90, -30), observation.Window);
        Assert.Equal(2, observation.MinOccurrences);
        Assert.Equal("%", observation.Unit);
        Assert.Equal(new TemporalWindow(0, null), Assert.IsType<ClinicalEventCriterion>(all.Items[1]).Window);
    }

    [Fact]
    public void WhereParse_AsIndex_MarksTheIndexEvent()
    {
        var definition = WhereParser.Parse("condition ICD10CM:C50* as index and medication RxNorm:1597582 within 0..365d after index");

        Assert.Equal(new IndexEvent(ClinicalDomain.Condition, new CodeMatch("ICD10CM", "C50", true)), definition.Index);
    }

    [Fact]
    public void WhereParse_CanonicalText_RoundTrips()
    {
        const string text = "sex female and condition ICD10CM:C50* and not (gene 'TP53: MUT' or has proteomics) and expression ERBB2 z > 2";

        var once = CriterionText.Format(WhereParser.Parse(text));
        Assert.Equal(once, CriterionText.Format(WhereParser.Parse(once)));
    }

    [Fact]
    public void WhereParse_MissingOperand_SaysColumnAndExpectation()
    {
        var error = Assert.Throws<OmicsBridgeException>(() => WhereParser.Parse("condition ICD10CM:C50* and"));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("column 27", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected a criterion", error.Message, StringComparison.Ordinal);
        Assert.Equal("COH001", error.Issues[0].Code);
    }

    [Fact]
    public void WhereParse_ValueOnCondition_IsRejected()
    {
        var error = Assert.Throws<OmicsBridgeException>(() => WhereParser.Parse("condition ICD10CM:E11 > 7"));

        Assert.Contains("only observations take a value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CodeParse_UnknownVocabulary_NamesItAndListsKnown()
    {
        var error = Assert.Throws<OmicsBridgeException>(() => WhereParser.Parse("condition ICD11:2C60"));

        Assert.Contains("Unknown vocabulary 'ICD11'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ICD10CM", error.Message, StringComparison.Ordinal);
        Assert.Contains("LOINC", error.Message, StringComparison.Ordinal);
        Assert.Equal("COH002", error.Issues[0].Code);
    }

    [Theory]
    [InlineData("observation LOINC:4548")]
    [InlineData("condition ICD10CM:50.9")]
    [InlineData("medication RxNorm:abc")]
    public void CodeParse_MalformedCode_Rejected(string where)
    {
        var error = Assert.Throws<OmicsBridgeException>(() => WhereParser.Parse(where));

        Assert.Equal("COH003", error.Issues[0].Code);
    }

    [Fact]
    public void CodeParse_VocabularyCaseAndPrefix_Canonicalised()
    {
        Assert.Equal(new CodeMatch("RxNorm", "1597582"), CodeParser.Parse("rxnorm:1597582"));
        Assert.Equal(new CodeMatch("ICD10CM", "C5", true), CodeParser.Parse("icd10cm:C5*"));
    }

    [Fact]
    public void DefinitionRead_BadKey_SaysLineAndExpectation()
    {
        var error = Assert.Throws<OmicsBridgeException>(() => DefinitionReader.Read("criteria:\n  all:\n    - diagnosis: ICD10CM:C50\n", "bad.yaml"));

        Assert.StartsWith("bad.yaml:3:", error.Message, StringComparison.Ordinal);
        Assert.Contains("a criterion key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefinitionRead_Samples_AllParse()
    {
        var folder = Path.Combine(Testing.TestData.RepositoryRoot, "samples", "cohorts");
        var files = Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.json")).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var definition = DefinitionReader.ReadFile(file);
            Assert.False(string.IsNullOrEmpty(definition.Name), file);
        }
    }
}
