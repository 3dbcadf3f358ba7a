using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Fhir;

/// <summary>
/// Tracks which resources were seen and which references point at them, across Bundles and files. A reference to a
/// resource not seen yet stays pending and is resolved when the resource arrives; <see cref="Complete"/> reports the
/// ones still dangling. The caller drives it: share one instance across every file of an ingest run.
/// </summary>
/// <remarks>
/// Keys are normalised references (<c>Patient/123</c>); Bundle-local references (<c>urn:uuid:…</c>, absolute
/// fullUrls) are rewritten to their target's key while the Bundle is read. Not thread-safe.
/// </remarks>
public sealed class FhirReferenceResolver
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingReference> _pending = new(StringComparer.Ordinal);

    /// <summary>How many distinct resources were registered.</summary>
    public int KnownCount => _known.Count;

    /// <summary>How many distinct targets are referenced but not (yet) seen.</summary>
    public int PendingCount => _pending.Count;

    /// <summary>Records that a resource exists; resolves any pending references to it.</summary>
    /// <returns>False when the same key was registered before (a duplicate resource).</returns>
    public bool Register(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        _pending.Remove(key);
        return _known.Add(key);
    }

    /// <summary>True when <paramref name="key"/> names a registered resource.</summary>
    public bool IsKnown(string key) => _known.Contains(key);

    /// <summary>Notes a reference found at file/line/field; it stays pending until its target is registered.</summary>
    public void Track(string key, string file, long line, string field)
    {
        if (_known.Contains(key))
        {
            return;
        }

        if (_pending.TryGetValue(key, out var pending))
        {
            pending.Count++;
        }
        else
        {
            _pending[key] = new PendingReference(file, line, field);
        }
    }

    /// <summary>Reports every reference still unresolved (FHIR005), one issue per missing target, at its first use.</summary>
    public IReadOnlyList<ParseIssue> Complete()
    {
        var issues = new List<ParseIssue>(_pending.Count);
        foreach (var (key, pending) in _pending.OrderBy(p => p.Value.File, StringComparer.Ordinal).ThenBy(p => p.Value.Line))
        {
            var message = string.Create(
                CultureInfo.InvariantCulture,
                $"reference target was not found in any resource read ({pending.Count} reference(s) to it)");
            issues.Add(FhirIssues.Create(FhirIssues.DanglingReference, IssueSeverity.Warning, pending.File, pending.Line, pending.Field, message, key));
        }

        return issues;
    }

    private sealed class PendingReference(string file, long line, string field)
    {
        public string File { get; } = file;

        public long Line { get; } = line;

        public string Field { get; } = field;

        public int Count { get; set; } = 1;
    }
}
