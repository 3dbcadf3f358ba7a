namespace OmicsBridge.Cohorts.Running;

/// <summary>
/// One row of a characterisation table: section (age, sex, condition, medication, modality), item, value, share;
/// <see cref="Suppressed"/> when small-cell rules hid the value from the caller.
/// </summary>
public sealed record CohortCharacteristic(string Section, string Item, double Value, double? Percent, bool Suppressed = false);
