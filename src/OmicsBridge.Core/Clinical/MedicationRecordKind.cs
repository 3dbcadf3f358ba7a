namespace OmicsBridge.Core.Clinical;

/// <summary>Which kind of medication fact a <see cref="MedicationRecord"/> is.</summary>
public enum MedicationRecordKind
{
    /// <summary>An order or prescription (FHIR MedicationRequest, HL7 v2 RXO/RXE).</summary>
    Request,

    /// <summary>A statement that the patient takes or took it (FHIR MedicationStatement).</summary>
    Statement,

    /// <summary>A recorded administration (FHIR MedicationAdministration, HL7 v2 RXA).</summary>
    Administration,
}
