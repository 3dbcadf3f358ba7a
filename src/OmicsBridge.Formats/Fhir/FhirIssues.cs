using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Fhir;

/// <summary>The FHIR reader's issue codes (listed in docs/formats/fhir.md). Messages name the field and rule, never the value.</summary>
internal static class FhirIssues
{
    public const string InvalidJson = "FHIR001";
    public const string UnknownResourceType = "FHIR002";
    public const string EntryWithoutResource = "FHIR003";
    public const string MissingSubject = "FHIR004";
    public const string DanglingReference = "FHIR005";
    public const string InvalidDate = "FHIR006";
    public const string StructureIssue = "FHIR007";
    public const string UnreadableFile = "FHIR008";
    public const string MissingId = "FHIR009";
    public const string UnexpectedBundleType = "FHIR010";

    public static ParseIssue Create(string code, IssueSeverity severity, string file, long line, string? field, string message, string? excerpt = null)
        => new(code, severity, file, line, null, field, message, excerpt);
}
