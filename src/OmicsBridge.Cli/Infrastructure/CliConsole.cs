using Spectre.Console;

namespace OmicsBridge.Cli.Infrastructure;

/// <summary>
/// Where a command writes: <see cref="Data"/> for results (csv/json go there byte-exact), <see cref="Ui"/> for tables,
/// progress and messages (ANSI when it is a terminal), <see cref="Errors"/> for problems.
/// </summary>
public sealed class CliConsole(IAnsiConsole ui, TextWriter data, TextWriter errors, bool dataIsTerminal)
{
    public IAnsiConsole Ui { get; } = ui;

    public TextWriter Data { get; } = data;

    public TextWriter Errors { get; } = errors;

    /// <summary>Whether a person watches (progress bars, tables by default) rather than a pipe.</summary>
    public bool Interactive { get; } = dataIsTerminal;

    public OutputFormat Resolve(OutputFormat? requested) => requested ?? (Interactive ? OutputFormat.Table : OutputFormat.Csv);

    public static CliConsole ForProcess()
    {
        var terminal = !Console.IsOutputRedirected;
        var ui = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Console.Out),
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        return new CliConsole(ui, Console.Out, Console.Error, terminal);
    }
}
