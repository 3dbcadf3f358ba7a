using System.ComponentModel;
using System.Globalization;
using System.Text;
using OmicsBridge.Cli.Commands.Sql;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Export;

[Description("Write what your role may read to a file other tools open: Parquet (Spark, Trino, pandas, R), CSV or JSON, "
    + "by the file's extension. A table or one SELECT, read through the same governed gate as sql (researchers: "
    + "consent-filtered, pseudonymised, small counts hidden). The read and the export (destination, rows) are audited.")]
public sealed class ExportCommand(CliConsole console) : Command<ExportCommand.Settings>
{
    public sealed class Settings : OutputCommandSettings
    {
        [CommandArgument(0, "<TABLE_OR_SQL>")]
        [Description("A table name (every column) or one SELECT statement. Tables: see `omicsbridge tables`.")]
        public string Source { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("The file to write: .parquet, .csv or .json. An existing file is kept unless --force.")]
        public string Out { get; init; } = "";

        [CommandOption("--force")]
        [Description("Replace the file when it exists.")]
        public bool Force { get; init; }

        [CommandOption("--as-of <VERSION>")]
        [Description("Read the lake as it was at this lake version; see `omicsbridge tables --history`.")]
        public long? AsOf { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Out) ? Spectre.Console.ValidationResult.Error("--out FILE is required (.parquet, .csv or .json).") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(settings.Out);
        var format = Path.GetExtension(path).ToLowerInvariant();
        if (format is not (".parquet" or ".csv" or ".json"))
        {
            throw OmicsBridgeException.Usage($"{settings.Out}: export writes .parquet, .csv or .json files.");
        }

        if (File.Exists(path) && !settings.Force)
        {
            throw OmicsBridgeException.Conflict($"{settings.Out} exists; pass --force to replace it.");
        }

        var sql = IsTableName(settings.Source) ? $"SELECT * FROM \"{settings.Source}\"" : settings.Source;
        var gate = Services.Gate(settings);
        // Written beside the destination, then moved: a failed export leaves no half-written file.
        var temp = path + ".part";
        long rows;
        int columns;
        try
        {
            using var result = gate.Query(new QueryRequest(sql, settings.AsOf));
            columns = result.Columns.Count;
            rows = format == ".parquet" ? ParquetExport.Write(result, temp) : WriteText(result, temp, format);
            GovernanceNotes.Write(console, result);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        File.Move(temp, path, overwrite: true);
        gate.Governance.Record(gate.Caller, "export", $"{sql} → {path}", [], null, "ok",
            string.Create(CultureInfo.InvariantCulture, $"{rows} rows, {columns} columns, {format[1..]}"));
        ResultWriter.Write(console, console.Resolve(settings.Format), ["file", "rows", "columns", "format"],
            [[path, rows, columns, format[1..]]], "Export");
        return ExitCodes.Ok;
    }

    private static bool IsTableName(string source) =>
        source.Length > 0 && (char.IsAsciiLetter(source[0]) || source[0] == '_') && source.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static long WriteText(QueryResult result, string path, string format)
    {
        using var output = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var names = result.Columns.Select(c => c.Name).ToList();
        return format == ".csv" ? ResultWriter.WriteCsv(output, names, result.ReadRows()) : ResultWriter.WriteJson(output, names, result.ReadRows());
    }
}
