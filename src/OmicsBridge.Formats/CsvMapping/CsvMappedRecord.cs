using OmicsBridge.Core.Clinical;

namespace OmicsBridge.Formats.CsvMapping;

/// <summary>One extract row as a Core clinical record, with the patient identifier it names.</summary>
/// <param name="Record">The row as a Core record (its Source names file and line).</param>
/// <param name="PatientSystem">The identifier system from the mapping (null: the workspace default).</param>
/// <param name="PatientValue">The patient identifier cell.</param>
/// <param name="LastContactDate">A patient extract's last follow-up date (no Core record field holds it).</param>
public sealed record CsvMappedRecord(ClinicalRecord Record, string? PatientSystem, string PatientValue, DateOnly? LastContactDate = null);
