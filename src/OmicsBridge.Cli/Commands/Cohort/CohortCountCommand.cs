using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

[Description("Count the patients a cohort definition matches (one DuckDB query).")]
public sealed class CohortCountCommand(CliConsole console) : Command<CohortSettings>
{
    public override int Execute(CommandContext context, CohortSettings settings, CancellationToken cancellationToken)
    {
        var input = CohortInput.From(settings);
        var count = input.Service.Count(input.Definition, input.AsOf);
        CohortInput.Report(console, count.Index, count.Warnings, count.EmptyCriteria);
        ResultWriter.Write(console, console.Resolve(settings.Format), ["patients", "lake_version", "definition"],
            [[count.Count, count.LakeVersion, count.Definition]], "Cohort count");
        return ExitCodes.Ok;
    }
}
