using System.ComponentModel;
using OmicsBridge.Analytics.Clustering;
using OmicsBridge.Analytics.Plots;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("Principal components of the samples (exact SVD, or randomized truncated SVD for large matrices), as prcomp.")]
public sealed class AnalyzePcaCommand(CliConsole console) : Command<AnalyzePcaCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--matrix <FILE>")]
        [Description("Features × samples TSV/CSV; without it, the workspace's --modality.")]
        public string? Matrix { get; init; }

        [CommandOption("--modality <MODALITY>")]
        public string Modality { get; init; } = "transcriptomics";

        [CommandOption("--groups <FILE>")]
        [Description("Sample id, then a label to colour the plot by.")]
        public string? Groups { get; init; }

        [CommandOption("--components <N>")]
        public int Components { get; init; } = 2;

        [CommandOption("--scale")]
        [Description("Scale features to unit variance (prcomp(scale. = TRUE)).")]
        public bool Scale { get; init; }

        [CommandOption("--plot <FILE>")]
        [Description("Scatter of PC1 against PC2 (.png or .svg).")]
        public string? Plot { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        MatrixFile matrix;
        IReadOnlyList<string> labels;
        if (settings.Matrix is not null)
        {
            matrix = MatrixFile.Read(settings.Matrix);
            labels = settings.Groups is null ? [.. matrix.Samples.Select(_ => "all")] : matrix.Align(DelimitedFile.Read(settings.Groups), 1, "group");
        }
        else
        {
            var lake = LakeMatrix.Load(Services.Gate(settings), settings.Modality);
            (matrix, _) = LakeMatrix.CompleteFeatures(lake.Matrix);
            labels = [.. lake.Batches.Select(b => b ?? "no batch")];
        }

        if (matrix.Features.Count == 0)
        {
            throw OmicsBridgeException.InvalidInput("No feature without missing values: PCA needs complete data.");
        }

        var pca = Pca.Fit(matrix.Transposed(), settings.Components, new PcaOptions { Scale = settings.Scale });
        var output = new AnalysisOutput();
        output.Add("variance", ["component", "std_dev", "proportion"],
            pca.StandardDeviations.Select((sd, c) => new object?[] { "PC" + (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), sd, pca.VarianceExplained[c] }));
        output.Add("scores", ["sample", "label", .. Enumerable.Range(1, settings.Components).Select(c => "PC" + c.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            matrix.Samples.Select((s, i) => new object?[] { s, labels[i] }.Concat(Enumerable.Range(0, settings.Components).Select(c => (object?)pca.Scores[i, c])).ToArray()));
        if (settings.Plot is not null && settings.Components >= 2)
        {
            PcaScatterPlot.Save(pca, labels, settings.Plot);
        }

        output.Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }
}
