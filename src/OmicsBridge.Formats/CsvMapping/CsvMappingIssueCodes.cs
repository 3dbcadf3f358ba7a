namespace OmicsBridge.Formats.CsvMapping;

/// <summary>The <c>CSVM0xx</c> issue codes of mapped CSV extracts (docs/formats/csv-mapping.md); never reused.</summary>
public static class CsvMappingIssueCodes
{
    /// <summary>A row has fewer fields than the header: rejected.</summary>
    public const string TooFewColumns = "CSVM001";

    /// <summary>A row has more fields than the header: rejected.</summary>
    public const string TooManyColumns = "CSVM002";

    /// <summary>A date is not in any of the mapping's formats, or names a day that does not exist (2023-02-30): rejected.</summary>
    public const string InvalidDate = "CSVM003";

    /// <summary>The patient identifier cell is empty: rejected.</summary>
    public const string MissingPatient = "CSVM004";

    /// <summary>A local code is not in the field's code map: loaded as <c>LOCAL:&lt;map&gt;</c>, warned.</summary>
    public const string UnmappedCode = "CSVM005";

    /// <summary>The code cell is empty: rejected.</summary>
    public const string MissingCode = "CSVM006";
}
