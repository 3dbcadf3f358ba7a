using OmicsBridge.Cli;
using OmicsBridge.Cli.Infrastructure;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApplication.Create(CliConsole.ForProcess()).RunAsync(args, cancellation.Token).ConfigureAwait(false);
