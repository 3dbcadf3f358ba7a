using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Governance.Gate;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Variants;

[Description("List the carriers of variants (germline genotypes and somatic mutations) with sample and patient, by gene, HGVS, consequence or VAF.")]
public sealed class VariantsCommand(CliConsole console) : Command<VariantsSettings>
{
    public override int Execute(CommandContext context, VariantsSettings settings, CancellationToken cancellationToken)
    {
        var gate = Services.Gate(settings);
        var sql = VariantQuery.Build(gate, settings);
        using var result = gate.Query(new QueryRequest(sql));
        ResultWriter.Write(console, console.Resolve(settings.Format), VariantQuery.Columns, result.ReadRows(), "Variant carriers");
        return ExitCodes.Ok;
    }
}
