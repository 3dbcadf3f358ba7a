namespace OmicsBridge.Governance.Consent;

/// <summary>
/// How <see cref="GovernedViewBuilder"/> writes governed views: where the base relations, the governance tables
/// (<c>consent_effective</c>, <c>pseudonym_map</c>) and the views live, and which columns and tables never reach a researcher.
/// </summary>
public sealed record GovernedViewOptions
{
    /// <summary>The schema holding the lake's table views (LakeQueryEngine defines them in <c>main</c>).</summary>
    public string SourceSchema { get; init; } = "main";

    /// <summary>The schema of <c>consent_effective(patient_id, category)</c> and <c>pseudonym_map(patient_id, research_id, shift_days)</c>.</summary>
    public string GovernanceSchema { get; init; } = "governance";

    /// <summary>The schema the governed views are created in; a researcher's connection sees only this one.</summary>
    public string TargetSchema { get; init; } = "governed";

    /// <summary>The date ages are computed at for the "90+" rule (the query date).</summary>
    public DateOnly ReferenceDate { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>
    /// Key columns shown as keyed pseudonyms from <c>key_map</c> (column → kind). Sample barcodes often embed a
    /// participant id; rows whose key has no pseudonym are not shown.
    /// </summary>
    public IReadOnlyDictionary<string, string> PseudonymisedKeys { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["sample_id"] = "sample",
        ["assay_id"] = "assay",
    };

    /// <summary>Tables never exposed, whatever their columns: identifier crosswalk, rejects (raw excerpts), provenance, consent.</summary>
    public IReadOnlySet<string> ExcludedTables { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "patient_identifier", "reject", "source_file", "ingest_run", "consent",
    };

    /// <summary>Tables with no patient link that may be shown as they are (reference data such as the variant catalogue).</summary>
    public IReadOnlySet<string> ReferenceTables { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "variant", "variant_annotation" };

    /// <summary>
    /// Columns dropped wherever they appear: direct identifiers of HIPAA Safe Harbor (names, MRNs and other record
    /// numbers, addresses, phone, fax, e-mail, SSN, URLs, IPs) and free-text carriers that may hold them.
    /// </summary>
    public IReadOnlySet<string> IdentifierColumns { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "name", "full_name", "family_name", "given_name", "given_names", "first_name", "last_name", "middle_name", "prefix", "suffix",
        "mrn", "medical_record_number", "identifier", "identifier_value", "ssn", "social_security_number", "insurance_id",
        "account_number", "license_number", "device_serial",
        "address", "address_line", "line", "street", "city", "district", "postal_code", "zip", "zip_code",
        "phone", "telephone", "fax", "email", "telecom", "url", "ip_address",
        "extra", "excerpt", "note", "notes", "comment", "free_text", "source_file_name",
    };

    /// <summary>
    /// Columns named like an identifier that are not one (<c>table.column</c>): the name of a derived attribute
    /// ("subtype") must reach a researcher, or attributes could not be queried at all.
    /// </summary>
    public IReadOnlySet<string> NotIdentifiers { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "patient_attribute.name" };

    /// <summary>Date columns turned into a birth year (null for ages over 89) plus an <c>age_over_89</c> flag.</summary>
    public IReadOnlySet<string> BirthDateColumns { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "birth_date", "birthdate", "date_of_birth" };

    /// <summary>The consent category of each table's rows when it is not an assay's modality; absent tables are clinical.</summary>
    public IReadOnlyDictionary<string, string> TableCategories { get; init; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["mutation"] = DataCategories.Genomic,
        ["copy_number"] = DataCategories.Genomic,
        ["genotype"] = DataCategories.Genomic,
    };

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    internal string DefaultCategory(string table) => TableCategories.GetValueOrDefault(table, DataCategories.Clinical);
}
