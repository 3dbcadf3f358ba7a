using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Formats.Hgvs;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Hgvs;

[Description("Rewrite HGVS descriptions to the recommended form (3-letter amino acids, Ter, del/dup/delins without stated bases, …; rules in docs/formats/hgvs.md).")]
public sealed class HgvsNormalizeCommand(CliConsole console) : Command<HgvsSettings>
{
    public override int Execute(CommandContext context, HgvsSettings settings, CancellationToken cancellationToken)
    {
        var rows = settings.Texts.Select(text => HgvsParser.TryParse(text, out var variant, out var error)
            ? (IReadOnlyList<object?>)[text, HgvsFormatter.Format(HgvsNormalizer.Normalize(variant)), null]
            : [text, null, error.ToString()]).ToList();
        ResultWriter.Write(console, console.Resolve(settings.Format), ["input", "normalized", "error"], rows);
        return rows.All(r => r[2] is null) ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
