using System.Text.Json;
using OmicsBridge.Cli.Commands.Analyze;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Testing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Tests.Analyze;

/// <summary>Runs the analyze/report commands in-process, with the same error-to-exit-code mapping as the CLI.</summary>
internal static class AnalyzeCli
{
    public static CliRun Run(params string[] args)
    {
        using var data = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var ui = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using var errors = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ui),
            Ansi = AnsiSupport.No,
            Interactive = InteractionSupport.No,
        });
        var cli = new CliConsole(console, data, errors, dataIsTerminal: false);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("omicsbridge");
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(cli);
            config.Settings.Console = console;
            config.SetExceptionHandler((exception, _) =>
            {
                errors.WriteLine(exception.Message);
                return exception switch
                {
                    OmicsBridgeException known => ExitCodes.For(known.Kind),
                    CommandParseException or CommandRuntimeException => ExitCodes.Usage,
                    _ => 70,
                };
            });
            AnalyzeCommandTree.Register(config);
        });
        var exit = app.Run(args);
        return new CliRun(exit, data.ToString(), ui.ToString(), errors.ToString());
    }

    public static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Data).RootElement.Clone();
    }

    public static void Close(double expected, double actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"expected {expected:R}, got {actual:R}");
}
