using OmicsBridge.Cli;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Testing;
using Spectre.Console;

namespace OmicsBridge.EndToEnd.Tests;

/// <summary>Runs <c>omicsbridge</c> in-process with captured output (as a pipe: csv by default, no progress bars).</summary>
internal static class Cli
{
    public static CliRun Run(params string[] args)
    {
        using var data = new StringWriter();
        using var ui = new StringWriter();
        using var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ui),
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var exit = CliApplication.Create(new CliConsole(console, data, errors, dataIsTerminal: false)).Run(args);
        return new CliRun(exit, data.ToString(), ui.ToString(), errors.ToString());
    }

    /// <summary>The rows of a csv result, header excluded.</summary>
    public static string[][] CsvRows(CliRun run) =>
        [.. run.Data.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(','))];
}
