using OmicsBridge.Governance.Suppression;

namespace OmicsBridge.Governance.Gate;

/// <summary>What the gate tells a result about the read: the role, consent exclusions, and counts to suppress (researchers).</summary>
internal sealed record GateReadInfo(string Role, int? ConsentExcluded, SuppressionOptions? Suppression, IReadOnlySet<int> CountColumns);
