using OmicsBridge.Core.Access;

namespace OmicsBridge.Governance.Access;

/// <summary>
/// Who is asking, in which role, for which purpose. <paramref name="Attestations"/> are the DUO modifier codes the caller
/// declares it satisfies (e.g. <c>DUO:0000046</c> non-commercial use, <c>DUO:0000021</c> ethics approval), which
/// consents carrying those modifiers require.
/// </summary>
public sealed record CallerIdentity(
    string User,
    string Role,
    Purpose? Purpose,
    CallerSource Source = CallerSource.Flags,
    IReadOnlySet<string>? Attestations = null)
{
    public IReadOnlySet<string> Attested => Attestations ?? new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
