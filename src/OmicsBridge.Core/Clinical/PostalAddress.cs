namespace OmicsBridge.Core.Clinical;

/// <summary>A postal address. PHI: held only in <see cref="PatientContact"/>.</summary>
public sealed record PostalAddress(
    string? Use,
    IReadOnlyList<string> Lines,
    string? City,
    string? District,
    string? State,
    string? PostalCode,
    string? Country);
