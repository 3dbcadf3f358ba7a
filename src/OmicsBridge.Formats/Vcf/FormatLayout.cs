using System.Text;

namespace OmicsBridge.Formats.Vcf;

/// <summary>A parsed FORMAT column: which sub-field is GT, DP, GQ, AD, and each key's definition. Cached per distinct FORMAT.</summary>
internal sealed class FormatLayout
{
    public const byte RoleOther = 0;
    public const byte RoleGenotype = 1;
    public const byte RoleDepth = 2;
    public const byte RoleQuality = 3;
    public const byte RoleAlleleDepth = 4;

    private FormatLayout(byte[] raw, string[] keys, byte[] roles, VcfFieldDefinition[] definitions)
    {
        Raw = raw;
        Keys = keys;
        Roles = roles;
        Definitions = definitions;
        GenotypeIndex = Array.IndexOf(roles, RoleGenotype);
        AlleleDepthIndex = Array.IndexOf(roles, RoleAlleleDepth);
        for (var i = 0; i < definitions.Length; i++)
        {
            var kind = definitions[i].NumberKind;
            if (roles[i] == RoleOther && kind is VcfNumberKind.PerAltAllele or VcfNumberKind.PerAllele or VcfNumberKind.PerGenotype)
            {
                NeedsCardinalityCheck = true;
            }
        }
    }

    public byte[] Raw { get; }

    public string[] Keys { get; }

    public byte[] Roles { get; }

    public VcfFieldDefinition[] Definitions { get; }

    public int GenotypeIndex { get; }

    public int AlleleDepthIndex { get; }

    public bool NeedsCardinalityCheck { get; }

    /// <summary>The first key that breaks the FORMAT key rule, or null.</summary>
    public string? InvalidKey { get; private init; }

    /// <summary>The first key given twice, or null.</summary>
    public string? DuplicateKey { get; private init; }

    public int IndexOf(string key) => Array.IndexOf(Keys, key);

    public static FormatLayout Parse(ReadOnlySpan<byte> format, VcfHeader header)
    {
        // FORMAT '.' (htslib formatmissing.vcf) means no sub-fields at all.
        var keys = format.SequenceEqual("."u8) ? [] : Encoding.ASCII.GetString(format).Split(':');
        var roles = new byte[keys.Length];
        var definitions = new VcfFieldDefinition[keys.Length];
        string? invalid = null, duplicate = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var key = keys[i];
            roles[i] = key switch
            {
                "GT" => RoleGenotype,
                "DP" => RoleDepth,
                "GQ" => RoleQuality,
                "AD" => RoleAlleleDepth,
                _ => RoleOther,
            };
            definitions[i] = header.Format.TryGetValue(key, out var d) ? d : VcfReservedFields.Undeclared(VcfReservedFields.Format, key);
            if (invalid is null && !VcfHeaderParser.IsValidKey(key))
            {
                invalid = key;
            }

            if (!seen.Add(key))
            {
                duplicate ??= key;
                roles[i] = RoleOther;
            }
        }

        return new FormatLayout(format.ToArray(), keys, roles, definitions) { InvalidKey = invalid, DuplicateKey = duplicate };
    }
}
