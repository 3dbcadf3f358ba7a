using System.Collections.Frozen;
using Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

/// <summary>Normalises FHIR reference strings to the <c>Type/id</c> keys the resolver and the lake use.</summary>
internal static class FhirReferences
{
    // ModelInfo.IsKnownResource costs ~0.5 µs a call; references are normalised several times per resource.
    private static readonly FrozenSet<string> s_resourceTypes = Enum.GetValues<ResourceType>()
        .Select(ModelInfo.ResourceTypeToFhirTypeName)
        .OfType<string>()
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// <c>Type/id</c> for a relative or absolute reference (history suffix dropped); a Bundle-local fullUrl
    /// (<c>urn:uuid:…</c> or absolute) is first looked up in <paramref name="bundleLocal"/>. Contained references
    /// (<c>#id</c>) and empty ones give <see langword="null"/>.
    /// </summary>
    public static string? Normalize(string? reference, IReadOnlyDictionary<string, string>? bundleLocal)
    {
        if (string.IsNullOrWhiteSpace(reference) || reference[0] == '#')
        {
            return null;
        }

        if (bundleLocal is not null && bundleLocal.TryGetValue(reference, out var local))
        {
            return local;
        }

        if (reference.StartsWith("urn:", StringComparison.OrdinalIgnoreCase))
        {
            return reference;
        }

        var text = reference;
        var history = text.IndexOf("/_history/", StringComparison.Ordinal);
        if (history > 0)
        {
            text = text[..history];
            if (bundleLocal is not null && bundleLocal.TryGetValue(text, out local))
            {
                return local;
            }
        }

        var lastSlash = text.LastIndexOf('/');
        if (lastSlash <= 0 || lastSlash == text.Length - 1)
        {
            return text;
        }

        var typeStart = text.LastIndexOf('/', lastSlash - 1) + 1;
        var type = text.AsSpan(typeStart, lastSlash - typeStart);
        return s_resourceTypes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(type)
            ? string.Concat(type, "/", text.AsSpan(lastSlash + 1))
            : text;
    }

    /// <summary>The key a resource is known by: <c>Type/id</c>, or <c>Type/&lt;uuid&gt;</c> from a <c>urn:uuid</c> fullUrl when it has no id.</summary>
    public static string? KeyOf(string resourceType, string? id, string? fullUrl)
    {
        var effectiveId = IdOf(id, fullUrl);
        return effectiveId is null ? null : string.Concat(resourceType, "/", effectiveId);
    }

    /// <summary>The resource's id, or the id a server would be given through its fullUrl (<c>urn:uuid:X</c> → <c>X</c>).</summary>
    public static string? IdOf(string? id, string? fullUrl)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            return id;
        }

        if (string.IsNullOrWhiteSpace(fullUrl))
        {
            return null;
        }

        if (fullUrl.StartsWith("urn:uuid:", StringComparison.OrdinalIgnoreCase))
        {
            return fullUrl["urn:uuid:".Length..];
        }

        if (fullUrl.StartsWith("urn:oid:", StringComparison.OrdinalIgnoreCase))
        {
            return fullUrl["urn:oid:".Length..];
        }

        var slash = fullUrl.TrimEnd('/').LastIndexOf('/');
        return slash >= 0 && slash < fullUrl.Length - 1 ? fullUrl[(slash + 1)..] : null;
    }
}
