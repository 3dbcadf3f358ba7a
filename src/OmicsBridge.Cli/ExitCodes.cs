using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cli;

/// <summary>The CLI's exit codes (ARCHITECTURE: command-line conventions) and the one mapping from errors to them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The input or the data was wrong; the message says where and why.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command was used wrongly.</summary>
    public const int Usage = 2;

    /// <summary>Refused: the role or consent does not allow it.</summary>
    public const int Refused = 3;

    public static int For(ErrorKind kind) => kind switch
    {
        ErrorKind.Usage => Usage,
        ErrorKind.Forbidden or ErrorKind.ConsentRefused => Refused,
        _ => InvalidInput,
    };
}
