namespace OmicsBridge.Cohorts.Running;

/// <summary>One row of a characterisation table: section (age, sex, condition, medication, modality), item, value, share.</summary>
public sealed record CohortCharacteristic(string Section, string Item, double Value, double? Percent);
