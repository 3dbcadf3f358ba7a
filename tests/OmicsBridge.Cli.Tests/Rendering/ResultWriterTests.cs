using OmicsBridge.Cli;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using Spectre.Console;

namespace OmicsBridge.Cli.Tests.Rendering;

public sealed class ResultWriterTests
{
    [Fact]
    public void Write_Csv_QuotesPerRfc4180AndFormatsInvariantly()
    {
        var (console, data) = Console();
        ResultWriter.Write(console, OutputFormat.Csv, ["id", "text", "value", "day"],
            [["a", "x,y \"q\"", 1234.5, new DateOnly(2024, 2, 29)], ["b", null, double.NaN, null]]);

        Assert.Equal("id,text,value,day\na,\"x,y \"\"q\"\"\",1234.5,2024-02-29\nb,,NaN,\n", data.ToString());
    }

    [Fact]
    public void Write_Json_KeepsNumbersNumericAndNullsNull()
    {
        var (console, data) = Console();
        ResultWriter.Write(console, OutputFormat.Json, ["n", "d", "s", "missing"], [[42L, 0.25, "t", null]]);

        var json = System.Text.Json.JsonDocument.Parse(data.ToString()).RootElement[0];
        Assert.Equal(42, json.GetProperty("n").GetInt64());
        Assert.Equal(0.25, json.GetProperty("d").GetDouble());
        Assert.Equal("t", json.GetProperty("s").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("missing").ValueKind);
    }

    [Fact]
    public void Resolve_NoFormatGiven_IsCsvWhenPipedAndTableOnATerminal()
    {
        var ui = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
        Assert.Equal(OutputFormat.Csv, new CliConsole(ui, TextWriter.Null, TextWriter.Null, dataIsTerminal: false).Resolve(null));
        Assert.Equal(OutputFormat.Table, new CliConsole(ui, TextWriter.Null, TextWriter.Null, dataIsTerminal: true).Resolve(null));
        Assert.Equal(OutputFormat.Json, new CliConsole(ui, TextWriter.Null, TextWriter.Null, dataIsTerminal: true).Resolve(OutputFormat.Json));
    }

    private static (CliConsole Console, StringWriter Data) Console()
    {
        var data = new StringWriter();
        var ui = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()), Ansi = AnsiSupport.No });
        return (new CliConsole(ui, data, TextWriter.Null, dataIsTerminal: false), data);
    }
}
