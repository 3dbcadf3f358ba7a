using OmicsBridge.Cli.Commands.Report;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>The <c>analyze</c> branch and the <c>report</c> command, added to the CLI's tree in one call.</summary>
public static class AnalyzeCommandTree
{
    public static void Register(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.AddBranch<OutputCommandSettings>("analyze", analyze =>
        {
            analyze.SetDescription("Translational analyses on a file or on the workspace cohort; each prints tables (--format table|csv|json).");
            analyze.AddCommand<AnalyzeSurvivalCommand>("survival")
                .WithExample("analyze", "survival", "--input", "lung.csv", "--time", "time", "--event", "status", "--group", "sex", "--covariates", "age,sex", "--plot", "km.png")
                .WithExample("analyze", "survival", "-w", "./my-study", "--group-by", "subtype", "--format", "json");
            analyze.AddCommand<AnalyzeAssociationCommand>("association")
                .WithExample("analyze", "association", "--input", "response.csv", "--row", "carrier", "--col", "response")
                .WithExample("analyze", "association", "-w", "./my-study", "--row", "variant:17-7674220-C-T", "--col", "attribute:response");
            analyze.AddCommand<AnalyzeDeCommand>("de")
                .WithExample("analyze", "de", "--matrix", "counts.tsv", "--groups", "groups.tsv", "--counts", "--method", "limma-trend", "--volcano", "volcano.png");
            analyze.AddCommand<AnalyzeCombatCommand>("combat")
                .WithExample("analyze", "combat", "--matrix", "expr.tsv", "--batch", "batch.tsv", "--out", "adjusted.tsv", "--pca-plot", "pca.png")
                .WithExample("analyze", "combat", "-w", "./my-study", "--modality", "transcriptomics", "--out", "adjusted.tsv");
            analyze.AddCommand<AnalyzePcaCommand>("pca")
                .WithExample("analyze", "pca", "--matrix", "expr.tsv", "--groups", "batch.tsv", "--plot", "pca.png");
            analyze.AddCommand<AnalyzeSubtypesCommand>("subtypes")
                .WithExample("analyze", "subtypes", "-w", "./my-study", "--method", "consensus", "--max-k", "6");
            analyze.AddCommand<AnalyzeOverlapCommand>("overlap")
                .WithExample("analyze", "overlap", "-w", "./my-study", "--plot", "upset.png");
            analyze.AddCommand<AnalyzeIntegrateCommand>("integrate")
                .WithExample("analyze", "integrate", "-w", "./my-study", "--strategy", "early", "--out", "integrated.parquet")
                .WithExample("analyze", "integrate", "--matrices", "rna=rna.tsv,protein=protein.tsv", "--strategy", "intermediate", "-k", "3");
        });
        config.AddCommand<ReportCommand>("report")
            .WithExample("report", "-w", "./my-study", "--out", "./report");
    }
}
