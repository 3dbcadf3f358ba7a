namespace OmicsBridge.Core.Clinical;

/// <summary>A person's name. PHI: held only in <see cref="PatientContact"/>, never in analysis tables.</summary>
public sealed record PersonName(string? Use, string? Family, IReadOnlyList<string> Given, string? Text = null);
