using System.Globalization;
using OmicsBridge.Cli.Commands.Analyze;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Cohorts.Running;
using OmicsBridge.Cohorts.Saving;
using OmicsBridge.Demo.Generation;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Workspace;
using Spectre.Console;

namespace OmicsBridge.Cli.Commands.Demo;

/// <summary>
/// The demo's showcase after ingest: saved cohorts mixing clinical, temporal and molecular criteria (counts, overlap,
/// receipts), then the translational analyses and the HTML report, whose path is printed last.
/// </summary>
internal sealed class DemoShowcase(CliConsole console, Workspace workspace)
{
    /// <summary>Showcase cohorts: name and one-line definition (docs/cohorts.md grammar).</summary>
    private static readonly (string Name, string Where)[] s_cohorts =
    [
        ("breast-cancer", "condition ICD10CM:C50*"),
        ("planted-vus-carriers", $"variant key={DemoVcfWriter.PlantedVusKey}"),
        ("vus-carriers-on-olaparib",
            $"condition ICD10CM:C50* and variant key={DemoVcfWriter.PlantedVusKey} and medication RxNorm:{DemoFhirWriter.OlaparibRxNorm} within 365d after index"),
        ("diabetes-poor-control", "condition ICD10CM:E11* and observation LOINC:4548-4 > 7"),
        ("her2-high-expression", "condition ICD10CM:C50* and gene 'ERBB2: EXP > 2'"),
    ];

    public string Run()
    {
        var lake = new LakeStore(workspace);
        var gate = new QueryGate(lake);
        PrintCohorts(new CohortService(gate), new CohortStore(workspace.Root));

        Section("Translational analyses (ComBat → subtypes → survival; variant carriers vs response)");
        var result = ShowcaseAnalyses.Run(workspace, Path.Combine(workspace.Root, "report"), new ShowcaseOptions
        {
            VariantKey = DemoVcfWriter.PlantedVusKey,
            DrugCode = DemoFhirWriter.OlaparibRxNorm,
            ResponseCode = DemoFhirWriter.ResponseCode,
        });
        ResultWriter.Write(console, OutputFormat.Table, ["result", "value"],
        [
            ["expression batches corrected (ComBat)", result.Batches],
            ["transcriptomic subtypes found", result.Subtypes],
            ["saved as patient attribute 'subtype', version", result.SubtypeVersion],
            ["log-rank p across subtypes", Format(result.LogRankP)],
            ["olaparib response, VUS carriers vs others: Fisher p", Format(result.FisherP)],
            ["conditional MLE odds ratio of responding", Format(result.OddsRatio)],
        ]);
        return result.ReportPath;
    }

    private void PrintCohorts(CohortService service, CohortStore store)
    {
        Section("Showcase cohorts (saved with receipts: definition hash, lake version, table versions)");
        var rows = new List<IReadOnlyList<object?>>();
        CohortOverlap? carriersOverlap = null;
        foreach (var (name, where) in s_cohorts)
        {
            var definition = WhereParser.Parse(where);
            var members = service.Members(definition);
            var receipt = store.Save(name, members, where);
            rows.Add([name, receipt.MemberCount, receipt.Version, receipt.LakeVersion, receipt.DefinitionHash[..12], where]);
            if (name == "planted-vus-carriers")
            {
                carriersOverlap = service.Overlap(definition);
            }
        }

        ResultWriter.Write(console, OutputFormat.Table, ["cohort", "patients", "version", "lake_version", "definition_sha256", "definition"], rows);
        if (carriersOverlap is not null)
        {
            Section("Modality overlap of the planted-VUS carriers (UpSet data)");
            ResultWriter.Write(console, OutputFormat.Table, ["modalities", "patients"],
                carriersOverlap.Combinations.Select(c => (IReadOnlyList<object?>)[string.Join(" + ", c.Modalities), c.Patients]));
        }
    }

    private void Section(string title) => console.Ui.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());

    private static string Format(double value) =>
        double.IsNaN(value) ? "not computed" : value.ToString("G4", CultureInfo.InvariantCulture);
}
