namespace OmicsBridge.Core.Clinical;

/// <summary>An identifier of a patient (MRN, national id…): the <c>patient_identifier</c> table's rows.</summary>
/// <param name="System">The namespace of the value (a URI or OID); <see langword="null"/> if the source gave none.</param>
/// <param name="Value">The identifier value.</param>
/// <param name="TypeCode">The identifier type (v2 table 0203: <c>MR</c>, <c>SS</c>…), when given.</param>
public sealed record PatientIdentifier(string? System, string Value, string? TypeCode = null);
