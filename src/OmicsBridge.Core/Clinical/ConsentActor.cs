namespace OmicsBridge.Core.Clinical;

/// <summary>Who a consent provision is about or granted to (a role plus a reference).</summary>
public sealed record ConsentActor(Coding? Role, string? Reference);
