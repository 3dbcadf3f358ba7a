namespace OmicsBridge.Harmonize.Identity;

/// <summary>An identifier of a person in one system (an MRN in a hospital's namespace, a study subject id).</summary>
public readonly record struct PatientIdentifier(string System, string Value);
