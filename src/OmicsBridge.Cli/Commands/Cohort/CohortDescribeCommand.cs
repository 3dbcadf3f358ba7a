using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

[Description("Characterise a cohort: size, age, sex, vital status, top conditions and medications, modality coverage.")]
public sealed class CohortDescribeCommand(CliConsole console) : Command<CohortSettings>
{
    public override int Execute(CommandContext context, CohortSettings settings, CancellationToken cancellationToken)
    {
        var input = CohortInput.From(settings);
        var rows = input.Service.Describe(input.Definition, input.AsOf);
        ResultWriter.Write(console, console.Resolve(settings.Format), ["section", "item", "value", "percent"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Section, r.Item, r.Suppressed ? "suppressed" : double.IsNaN(r.Value) ? null : r.Value, r.Percent]),
            "Cohort characteristics");
        return ExitCodes.Ok;
    }
}
