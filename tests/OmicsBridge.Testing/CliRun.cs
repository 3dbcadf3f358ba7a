namespace OmicsBridge.Testing;

/// <summary>What one in-process CLI invocation printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Data, string Ui, string Errors)
{
    public override string ToString() => $"exit {ExitCode}\n--- data\n{Data}\n--- ui\n{Ui}\n--- errors\n{Errors}";
}
