namespace OmicsBridge.Core.Clinical;

/// <summary>A phone number, e-mail or other contact point. PHI: held only in <see cref="PatientContact"/>.</summary>
public sealed record ContactPoint(string? System, string? Value, string? Use);
