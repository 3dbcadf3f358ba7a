using System.Collections.Frozen;
using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Harmonize.Terminology;

/// <summary>
/// Maps code-system identifiers to vocabulary ids: FHIR system URIs and OIDs (<c>http://loinc.org</c> → <c>LOINC</c>),
/// HL7 v2 coding-system names (<c>LN</c> → <c>LOINC</c>), and site overrides from the workspace settings
/// (a lab's local URI that is really LOINC). Unknown systems become <c>LOCAL:&lt;system&gt;</c>.
/// </summary>
/// <remarks>
/// The built-in table lives in <see cref="CodeSystems"/> (Core) so readers tag codes while streaming; this type adds
/// the overrides, which are a harmonisation decision and must not change what a reader reports as received.
/// </remarks>
public sealed class TerminologyMapper
{
    private readonly FrozenDictionary<string, VocabularyId> _overrides;

    /// <param name="overrides">Extra system → vocabulary pairs (URI, OID or v2 name, case-insensitive); they win over the built-in table.</param>
    public TerminologyMapper(IEnumerable<KeyValuePair<string, VocabularyId>>? overrides = null)
    {
        _overrides = (overrides ?? [])
            .Where(pair => !string.IsNullOrWhiteSpace(pair.Key))
            .ToFrozenDictionary(pair => pair.Key.Trim(), pair => pair.Value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The mapper with no overrides.</summary>
    public static TerminologyMapper Default { get; } = new();

    /// <summary>The vocabulary of a FHIR system URI or OID; <see langword="null"/> when the system is empty.</summary>
    public VocabularyId? FromSystemUri(string? systemUri)
        => TryOverride(systemUri, out var id) ? id : CodeSystems.FromSystemUri(systemUri);

    /// <summary>The vocabulary of an HL7 v2 coding-system name (CWE.3 / CE.3); <see langword="null"/> when empty.</summary>
    public VocabularyId? FromHl7v2Name(string? name)
        => TryOverride(name, out var id) ? id : CodeSystems.FromHl7v2Name(name);

    private bool TryOverride(string? system, out VocabularyId id)
    {
        id = default;
        return !string.IsNullOrWhiteSpace(system) && _overrides.TryGetValue(system.Trim(), out id);
    }
}
