using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Core.Clinical;

/// <summary>One code from one code system, tagged with its vocabulary id while reading.</summary>
/// <param name="Vocabulary">The vocabulary id, <c>LOCAL:&lt;system&gt;</c> for unknown systems, or <see langword="null"/> when the source gave no system.</param>
/// <param name="Code">The code as received (not normalised).</param>
/// <param name="Display">The display text the source sent, if any.</param>
/// <param name="SystemUri">The system as received (a FHIR URI, an OID, an HL7 v2 name).</param>
public sealed record Coding(VocabularyId? Vocabulary, string Code, string? Display = null, string? SystemUri = null);
