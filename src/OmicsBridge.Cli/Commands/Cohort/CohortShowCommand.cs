using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Cohorts.Saving;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

[Description("Show a saved cohort's receipt (default: latest version), or with --members its member list.")]
public sealed class CohortShowCommand(CliConsole console) : Command<CohortShowCommand.Settings>
{
    public sealed class Settings : OutputCommandSettings
    {
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandOption("--version <K>")]
        public int? Version { get; init; }

        [CommandOption("--members")]
        [Description("Print the saved member list instead of the receipt.")]
        public bool Members { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var store = new CohortStore(Services.OpenWorkspace(settings).Root);
        var receipt = store.Load(settings.Name, settings.Version);
        var format = console.Resolve(settings.Format);
        if (settings.Members)
        {
            ResultWriter.Write(console, format, ["patient_id"], store.LoadMembers(receipt).Select(id => (IReadOnlyList<object?>)[id]));
            return ExitCodes.Ok;
        }

        WriteReceipt(console, format, receipt);
        return ExitCodes.Ok;
    }

    internal static void WriteReceipt(CliConsole console, OutputFormat format, CohortReceipt receipt)
    {
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "name", receipt.Name },
            new object?[] { "version", receipt.Version },
            new object?[] { "saved_at", receipt.SavedAt },
            new object?[] { "definition", receipt.Definition },
            new object?[] { "definition_sha256", receipt.DefinitionHash },
            new object?[] { "index", receipt.Index },
            new object?[] { "members", receipt.MemberCount },
            new object?[] { "lake_version", receipt.LakeVersion },
            new object?[] { "tables_read", string.Join(", ", receipt.TablesRead.Select(t => $"{t}@{receipt.TableVersions.GetValueOrDefault(t)}")) },
            new object?[] { "rerun", $"omicsbridge cohort list --cohort {receipt.Name} --version {receipt.Version} --as-of receipt" },
        };
        ResultWriter.Write(console, format, ["field", "value"], rows, $"Cohort {receipt.Name} v{receipt.Version}");
    }
}
