namespace OmicsBridge.Core.Diagnostics;

/// <summary>What kind of failure an <see cref="OmicsBridgeException"/> is; the CLI maps it to an exit code and the API to a status.</summary>
public enum ErrorKind
{
    /// <summary>The input or the data was wrong (exit code 1).</summary>
    InvalidInput,

    /// <summary>A named thing (workspace, table, cohort, file) does not exist (exit code 1).</summary>
    NotFound,

    /// <summary>The command was used wrongly (exit code 2).</summary>
    Usage,

    /// <summary>The caller's role does not allow this (exit code 3).</summary>
    Forbidden,

    /// <summary>Consent does not allow this use (exit code 3).</summary>
    ConsentRefused,

    /// <summary>Another writer won the race, or the state changed underneath (exit code 1).</summary>
    Conflict,
}
