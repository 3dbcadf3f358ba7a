using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Cohorts.Saving;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

[Description("Explain what changed between two saved versions of a cohort: the definition, the data, or both.")]
public sealed class CohortDiffCommand(CliConsole console) : Command<CohortDiffCommand.Settings>
{
    public sealed class Settings : OutputCommandSettings
    {
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandOption("--from <K>")]
        [Description("The older version (default: the one before --to).")]
        public int? From { get; init; }

        [CommandOption("--to <K>")]
        [Description("The newer version (default: the latest).")]
        public int? To { get; init; }

        [CommandOption("--genes <FILE>")]
        public string? Genes { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var store = new CohortStore(Services.OpenWorkspace(settings).Root);
        var history = new CohortHistory(CohortInput.ServiceFor(settings, settings.Genes), store);
        var diff = history.Diff(settings.Name, settings.From, settings.To);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "versions", $"v{diff.From.Version} → v{diff.To.Version}", null },
            new object?[] { "members", $"{diff.From.MemberCount} → {diff.To.MemberCount}", null },
            new object?[] { "definition", diff.DefinitionChanged ? $"changed: {diff.From.Definition}  →  {diff.To.Definition}" : "unchanged", null },
            new object?[] { "lake_version", $"{diff.From.LakeVersion} → {diff.To.LakeVersion}", null },
        };
        foreach (var (table, from, to) in diff.ChangedTables)
        {
            rows.Add(new object?[] { "table changed", $"{table}: {from?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"} → {to?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent"}", null });
        }

        Add(rows, "added by definition change", diff.DefinitionAdded);
        Add(rows, "removed by definition change", diff.DefinitionRemoved);
        Add(rows, "added by new data", diff.DataAdded);
        Add(rows, "removed by new data", diff.DataRemoved);
        ResultWriter.Write(console, console.Resolve(settings.Format), ["change", "detail", "patients"], rows, $"Cohort {settings.Name}: what changed and why");
        return ExitCodes.Ok;
    }

    private static void Add(List<IReadOnlyList<object?>> rows, string label, IReadOnlyList<string> ids)
    {
        if (ids.Count > 0)
        {
            rows.Add(new object?[] { label, string.Join(' ', ids.Take(50)) + (ids.Count > 50 ? " …" : ""), ids.Count });
        }
    }
}
