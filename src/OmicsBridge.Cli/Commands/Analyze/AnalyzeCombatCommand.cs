using System.ComponentModel;
using System.Globalization;
using OmicsBridge.Analytics.BatchCorrection;
using OmicsBridge.Analytics.Clustering;
using OmicsBridge.Analytics.Plots;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("ComBat batch correction (Johnson, Li & Rabinovic 2007) as sva::ComBat, with optional covariates to preserve.")]
public sealed class AnalyzeCombatCommand(CliConsole console) : Command<AnalyzeCombatCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--matrix <FILE>")]
        [Description("Features × samples TSV/CSV, as sva::ComBat takes it.")]
        public string? Matrix { get; init; }

        [CommandOption("--batch <FILE>")]
        [Description("Sample id, then the batch column.")]
        public string? Batch { get; init; }

        [CommandOption("--covariates <FILE>")]
        [Description("Sample id, then covariates to preserve (non-numeric ones dummy-coded, first sorted level = reference).")]
        public string? Covariates { get; init; }

        [CommandOption("--nonparametric")]
        [Description("Non-parametric empirical Bayes priors (par.prior = FALSE).")]
        public bool NonParametric { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Where to write the adjusted matrix (same shape as the input).")]
        public string Out { get; init; } = "";

        [CommandOption("--pca-plot <FILE>")]
        [Description("PCA of the samples after correction (.png/.svg); the plot before correction goes beside it as NAME-before.EXT.")]
        public string? PcaPlot { get; init; }

        [CommandOption("--modality <MODALITY>")]
        [Description("Workspace: which modality of molecular_measurement to correct (batches from assay.batch).")]
        public string Modality { get; init; } = "transcriptomics";

        public override Spectre.Console.ValidationResult Validate()
        {
            if (Out.Length == 0)
            {
                return Spectre.Console.ValidationResult.Error("--out is required.");
            }

            return (Matrix is null) != (Batch is null)
                ? Spectre.Console.ValidationResult.Error("--matrix and --batch go together (or neither, on a workspace).")
                : base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        MatrixFile matrix;
        IReadOnlyList<string> batch;
        var covariates = new List<ComBatCovariate>();
        var droppedFeatures = 0;
        if (settings.Matrix is not null)
        {
            matrix = MatrixFile.Read(settings.Matrix);
            var batchFile = DelimitedFile.Read(settings.Batch!);
            batch = matrix.Align(batchFile, 1, "batch");
            if (settings.Covariates is not null)
            {
                var covariateFile = DelimitedFile.Read(settings.Covariates);
                for (var c = 1; c < covariateFile.Header.Count; c++)
                {
                    var values = matrix.Align(covariateFile, c, covariateFile.Header[c]);
                    var numeric = values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _));
                    covariates.Add(numeric
                        ? ComBatCovariate.Numeric(covariateFile.Header[c], [.. values.Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))])
                        : ComBatCovariate.Categorical(covariateFile.Header[c], values));
                }
            }
        }
        else
        {
            var lake = LakeMatrix.Load(Services.Gate(settings), settings.Modality);
            (matrix, droppedFeatures) = LakeMatrix.CompleteFeatures(lake.Matrix);
            batch = [.. lake.Batches.Select((b, j) => b ?? throw OmicsBridgeException.InvalidInput($"Assay '{matrix.Samples[j]}' has no batch; ComBat needs one per assay."))];
        }

        var output = Correct(matrix, batch, covariates, settings.NonParametric, settings.Out, settings.PcaPlot, droppedFeatures);
        output.Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }

    internal static AnalysisOutput Correct(MatrixFile matrix, IReadOnlyList<string> batch, IReadOnlyList<ComBatCovariate> covariates,
        bool nonParametric, string outPath, string? pcaPlot, int droppedFeatures)
    {
        var result = ComBat.Adjust(matrix.Values, batch, new ComBatOptions { ParametricPrior = !nonParametric, Covariates = covariates });
        var adjusted = matrix with { Values = result.Adjusted };
        adjusted.Write(outPath);
        if (pcaPlot is not null)
        {
            var extension = Path.GetExtension(pcaPlot);
            var before = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(pcaPlot))!, Path.GetFileNameWithoutExtension(pcaPlot) + "-before" + extension);
            var components = Math.Min(2, Math.Min(matrix.Samples.Count, matrix.Features.Count));
            if (components == 2)
            {
                PcaScatterPlot.Save(Pca.Fit(matrix.Transposed(), 2), batch, before, options: new PlotOptions { Title = "PCA before ComBat (colour = batch)" });
                PcaScatterPlot.Save(Pca.Fit(adjusted.Transposed(), 2), batch, pcaPlot, options: new PlotOptions { Title = "PCA after ComBat (colour = batch)" });
            }
        }

        var output = new AnalysisOutput();
        output.Add("combat", ["features", "samples", "batches", "prior", "mean_only", "unadjusted_features", "features_dropped_missing", "out"],
            [[(long)matrix.Features.Count, (long)matrix.Samples.Count, (long)result.BatchLevels.Count, nonParametric ? "non-parametric" : "parametric",
              result.MeanOnly, (long)result.UnadjustedFeatures.Count, (long)droppedFeatures, outPath]]);
        output.Add("batches", ["batch", "samples", "iterations"],
            result.BatchLevels.Select((b, i) => new object?[]
            {
                b, (long)batch.Count(x => x == b), i < result.Iterations.Count ? (long)result.Iterations[i] : null,
            }));
        return output;
    }
}
