using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

[Description("Save a cohort as a new version: definition, its hash, members, and the lake and table versions it read.")]
public sealed class CohortSaveCommand(CliConsole console) : Command<CohortSaveCommand.Settings>
{
    public sealed class Settings : CohortOptions
    {
        [CommandArgument(0, "<NAME>")]
        [Description("The cohort's name (letters, digits, '-', '_', '.'). Saving again under a name adds a version.")]
        public string Name { get; init; } = "";

        [CommandArgument(1, "[DEFINITION]")]
        [Description("A definition file (YAML or JSON). Or give --where, or --cohort NAME to re-save a saved definition on newer data.")]
        public string? Definition { get; init; }

        public override string? DefinitionFile => Definition;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Name))
        {
            throw Core.Diagnostics.OmicsBridgeException.Usage("Name the cohort: omicsbridge cohort save NAME DEFINITION");
        }

        var input = CohortInput.From(settings);
        var members = input.Service.Members(input.Definition, input.AsOf);
        CohortInput.Report(console, members.Index, members.Warnings, members.EmptyCriteria);
        var receipt = input.Store.Save(settings.Name, members, input.Document);
        CohortShowCommand.WriteReceipt(console, console.Resolve(settings.Format), receipt);
        return ExitCodes.Ok;
    }
}
