using System.ComponentModel;
using OmicsBridge.Analytics.Expression;
using OmicsBridge.Analytics.Plots;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("Differential expression between two groups: Welch t, Wilcoxon rank-sum or limma-trend moderated t, with BH FDR.")]
public sealed class AnalyzeDeCommand(CliConsole console) : Command<AnalyzeDeCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--matrix <FILE>")]
        [Description("Features × samples TSV/CSV (first column feature id, header sample ids).")]
        public string Matrix { get; init; } = "";

        [CommandOption("--groups <FILE>")]
        [Description("Sample id, then the group column (two levels; the first sorted level is the reference).")]
        public string Groups { get; init; } = "";

        [CommandOption("--method <METHOD>")]
        [Description("welch (default), wilcoxon or limma-trend.")]
        public string Method { get; init; } = "welch";

        [CommandOption("--counts")]
        [Description("The matrix holds raw counts: analyse log2-CPM (edgeR's prior count 2).")]
        public bool Counts { get; init; }

        [CommandOption("--volcano <FILE>")]
        [Description("Write a volcano plot (.png or .svg).")]
        public string? Volcano { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            Matrix.Length == 0 || Groups.Length == 0 ? Spectre.Console.ValidationResult.Error("--matrix and --groups are required.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var matrix = MatrixFile.Read(settings.Matrix);
        var groupFile = DelimitedFile.Read(settings.Groups);
        var groups = matrix.Align(groupFile, 1, groupFile.Header[1]);
        var levels = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (levels.Length != 2)
        {
            throw OmicsBridgeException.InvalidInput($"Differential expression compares two groups; '{groupFile.Header[1]}' has {levels.Length}: {string.Join(", ", levels.Take(10))}.");
        }

        var isCase = groups.Select(g => g == levels[1]).ToArray();
        var data = settings.Counts ? LogCpm.Compute(matrix.Values) : matrix.Values;
        double[] lfc, statistic, p, adjusted;
        switch (settings.Method)
        {
            case "welch" or "wilcoxon":
                var result = DifferentialExpression.Compare(data, isCase, settings.Method == "welch" ? TwoGroupTest.Welch : TwoGroupTest.Wilcoxon);
                (lfc, statistic, p, adjusted) = (result.Difference, result.Statistic, result.PValue, result.AdjustedPValue);
                break;
            case "limma-trend":
                var design = new double[isCase.Length, 2];
                for (var j = 0; j < isCase.Length; j++)
                {
                    design[j, 0] = 1;
                    design[j, 1] = isCase[j] ? 1 : 0;
                }

                var moderated = ModeratedTTest.Fit(data, design, coefficient: 1, trend: true);
                (lfc, statistic, p, adjusted) = (moderated.LogFoldChange, moderated.ModeratedT, moderated.PValue, moderated.AdjustedPValue);
                break;
            default:
                throw OmicsBridgeException.Usage($"--method must be welch, wilcoxon or limma-trend; got '{settings.Method}'.");
        }

        var output = new AnalysisOutput();
        output.Add("comparison", ["case", "reference", "case_samples", "reference_samples", "features", "method", "scale"],
            [[levels[1], levels[0], (long)isCase.Count(c => c), (long)isCase.Count(c => !c), (long)matrix.Features.Count, settings.Method, settings.Counts ? "log2-cpm" : "as given"]]);
        output.Add("de", ["feature", "log_fc", "statistic", "p_value", "adj_p_value"],
            Enumerable.Range(0, matrix.Features.Count).OrderBy(i => double.IsNaN(p[i]) ? double.MaxValue : p[i])
                .Select(i => new object?[] { matrix.Features[i], lfc[i], statistic[i], p[i], adjusted[i] }));
        if (settings.Volcano is not null)
        {
            VolcanoPlot.Save(lfc, p, settings.Volcano, adjusted, matrix.Features);
        }

        output.Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }
}
