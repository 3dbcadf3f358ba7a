namespace OmicsBridge.Core.Clinical;

/// <summary>Administrative sex (FHIR <c>administrative-gender</c>, HL7 v2 table 0001 mapped onto it).</summary>
public enum AdministrativeSex
{
    Unknown,
    Male,
    Female,
    Other,
}
