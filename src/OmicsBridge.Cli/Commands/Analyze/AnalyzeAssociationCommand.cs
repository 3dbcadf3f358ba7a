using System.ComponentModel;
using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Governance.Suppression;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("Fisher's exact test (2×2 with odds ratio and CI, or r×c) and chi-square with and without Yates' correction.")]
public sealed class AnalyzeAssociationCommand(CliConsole console) : Command<AnalyzeAssociationCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--input <FILE>")]
        [Description("Analyse this CSV/TSV file instead of the workspace.")]
        public string? Input { get; init; }

        [CommandOption("--row <COL>")]
        [Description("Row variable: a column of --input, or on a workspace subtype, attribute:NAME, variant:KEY or sex.")]
        public string Row { get; init; } = "";

        [CommandOption("--col <COL>")]
        [Description("Column variable, as --row.")]
        public string Col { get; init; } = "";

        public override Spectre.Console.ValidationResult Validate() =>
            Row.Length == 0 || Col.Length == 0 ? Spectre.Console.ValidationResult.Error("--row and --col are required.") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<string?> rows;
        IReadOnlyList<string?> cols;
        SuppressionOptions? suppression = null;
        if (settings.Input is not null)
        {
            var file = DelimitedFile.Read(settings.Input);
            rows = file.Column(file.IndexOf(settings.Row));
            cols = file.Column(file.IndexOf(settings.Col));
        }
        else
        {
            var gate = Services.Gate(settings);
            (rows, cols) = LoadFromWorkspace(gate, settings.Row, settings.Col);
            suppression = gate.IsPseudonymised ? gate.Governance.Suppression : null;
        }

        AssociationAnalysis.Run(rows, cols, settings.Row, settings.Col, suppression: suppression).Output.Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }

    internal static (IReadOnlyList<string?> Rows, IReadOnlyList<string?> Cols) LoadFromWorkspace(QueryGate gate, string row, string col)
    {
        var (rowSql, rowCte) = CohortSurvival.GroupExpression(row, "r");
        var (colSql, colCte) = CohortSurvival.GroupExpression(col, "c");
        var ctes = (rowCte + colCte).TrimStart().TrimStart(',');
        var sql = (ctes.Length == 0 ? "" : "WITH " + ctes + "\n") + $"SELECT {rowSql}, {colSql} FROM patient p ORDER BY p.patient_id";
        var rows = new List<string?>();
        var cols = new List<string?>();
        using var result = gate.Query(new QueryRequest(sql));
        foreach (var r in result.ReadRows())
        {
            rows.Add(r[0] is null ? null : Convert.ToString(r[0], CultureInfo.InvariantCulture));
            cols.Add(r[1] is null ? null : Convert.ToString(r[1], CultureInfo.InvariantCulture));
        }

        return (rows, cols);
    }
}
