using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Governance.Gate;
using Spectre.Console;

namespace OmicsBridge.Cli.Commands.Sql;

/// <summary>What governance did to a result, said on the UI stream (never in csv/json data): consent exclusions, hidden cells.</summary>
internal static class GovernanceNotes
{
    public static void Write(CliConsole console, QueryResult result)
    {
        if (result.PatientsExcludedByConsent is { } excluded)
        {
            console.Ui.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Governed read as {result.Role}: {excluded} patient(s) excluded by consent for the declared purpose; identifiers removed, dates shifted."));
        }

        if (result.SuppressedCells > 0)
        {
            console.Ui.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.SuppressedCells} count cell(s) hidden (empty): below the small-cell threshold, or able to reveal one that is."));
        }
    }
}
