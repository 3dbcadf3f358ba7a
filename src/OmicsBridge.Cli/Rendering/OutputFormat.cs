namespace OmicsBridge.Cli;

/// <summary>How a command prints data.</summary>
public enum OutputFormat
{
    Table,
    Csv,
    Json,
}
