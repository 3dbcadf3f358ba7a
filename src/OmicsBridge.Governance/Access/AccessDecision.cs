using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Governance.Access;

/// <summary>The answer to "may this caller do this": allowed or refused, always with a reason fit for the user and the audit log.</summary>
public sealed record AccessDecision(bool Allowed, CallerIdentity Caller, DataAction Action, string Reason)
{
    /// <summary>Throws a <see cref="ErrorKind.Forbidden"/> error (exit code 3) when refused.</summary>
    public AccessDecision EnsureAllowed()
        => Allowed ? this : throw OmicsBridgeException.Forbidden(Reason);
}
