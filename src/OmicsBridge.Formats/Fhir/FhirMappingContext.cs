using Hl7.Fhir.Model;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Fhir;

/// <summary>
/// Everything the mapping of one resource needs: where it is (file, line, Bundle entry, field prefix), how to turn
/// references into keys, and where problems go. An error marks the resource rejected; it then yields no record.
/// </summary>
internal sealed class FhirMappingContext
{
    private readonly List<ParseIssue> _issues;

    public FhirMappingContext(
        string file,
        long line,
        int? entryIndex,
        string fieldPrefix,
        IReadOnlyDictionary<string, string>? bundleLocal,
        FhirReferenceResolver resolver,
        List<ParseIssue> issues)
    {
        File = file;
        Line = line;
        EntryIndex = entryIndex;
        FieldPrefix = fieldPrefix;
        BundleLocal = bundleLocal;
        Resolver = resolver;
        _issues = issues;
        Position = new SourcePosition(file, line, entryIndex);
    }

    public string File { get; }

    public long Line { get; }

    public int? EntryIndex { get; }

    /// <summary><c>entry[3].resource.</c> inside a Bundle, empty for a resource on its own.</summary>
    public string FieldPrefix { get; }

    public IReadOnlyDictionary<string, string>? BundleLocal { get; }

    public FhirReferenceResolver Resolver { get; }

    public SourcePosition Position { get; }

    /// <summary>The resource being mapped; used to resolve contained references.</summary>
    public DomainResource? Current { get; set; }

    public bool Rejected { get; private set; }

    public void Error(string code, string field, string message, string? excerpt = null)
    {
        Rejected = true;
        _issues.Add(FhirIssues.Create(code, IssueSeverity.Error, File, Line, FieldPrefix + field, message, excerpt));
    }

    public void Warning(string code, string field, string message, string? excerpt = null)
        => _issues.Add(FhirIssues.Create(code, IssueSeverity.Warning, File, Line, FieldPrefix + field, message, excerpt));

    /// <summary>The normalised key of a reference, tracked with the resolver; <see langword="null"/> for none or a contained one.</summary>
    public string? Reference(ResourceReference? reference, string field, string? targetType = null)
    {
        if (reference is null)
        {
            return null;
        }

        var key = FhirReferences.Normalize(reference.Reference, BundleLocal);
        if (key is not null)
        {
            Resolver.Track(key, File, Line, FieldPrefix + field);
            return key;
        }

        // A logical reference by identifier only (common for specimens and lab orders): kept in search form.
        var identifier = reference.Identifier;
        return identifier?.Value is { Length: > 0 } value
            ? identifier.System is { Length: > 0 } system
                ? $"{reference.Type ?? targetType ?? "Resource"}?identifier={system}|{value}"
                : $"{reference.Type ?? targetType ?? "Resource"}?identifier={value}"
            : null;
    }

    public IReadOnlyList<string> References(IEnumerable<ResourceReference>? references, string field)
    {
        if (references is null)
        {
            return [];
        }

        var keys = new List<string>();
        var index = 0;
        foreach (var reference in references)
        {
            var key = Reference(reference, $"{field}[{index}]");
            if (key is not null)
            {
                keys.Add(key);
            }

            index++;
        }

        return keys;
    }

    /// <summary>Parses a FHIR date/dateTime/instant; an impossible date is an error (FHIR006) that rejects the resource.</summary>
    public PartialDateTime? Date(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (PartialDateTime.TryParse(text, out var value))
        {
            return value;
        }

        Error(FhirIssues.InvalidDate, field, "date is not a valid FHIR date/dateTime (YYYY, YYYY-MM, YYYY-MM-DD or a timestamp with offset) or names a day that does not exist", text);
        return null;
    }

    public PartialDateTime? Date(DateTimeOffset? instant, string field)
        => instant is null ? null : Date(instant.Value.ToString("yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture), field);
}
