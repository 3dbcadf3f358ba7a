namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// The INFO and FORMAT keys the VCF specification reserves (4.3 §1.6.1 and §1.6.2). A file may use them without a
/// declaration; we still warn (VCF015/VCF017) but type and count them as the specification says.
/// </summary>
internal static class VcfReservedFields
{
    public static readonly IReadOnlyDictionary<string, VcfFieldDefinition> Info = Build(
    [
        ("AA", "1", "String"), ("AC", "A", "Integer"), ("AD", "R", "Integer"), ("ADF", "R", "Integer"), ("ADR", "R", "Integer"),
        ("AF", "A", "Float"), ("AN", "1", "Integer"), ("BQ", "1", "Float"), ("CIGAR", "A", "String"), ("DB", "0", "Flag"),
        ("DP", "1", "Integer"), ("END", "1", "Integer"), ("H2", "0", "Flag"), ("H3", "0", "Flag"), ("MQ", "1", "Float"),
        ("MQ0", "1", "Integer"), ("NS", "1", "Integer"), ("SB", "4", "Integer"), ("SOMATIC", "0", "Flag"),
        ("VALIDATED", "0", "Flag"), ("1000G", "0", "Flag"), ("SVLEN", ".", "Integer"), ("SVTYPE", "1", "String"),
        ("IMPRECISE", "0", "Flag"), ("CIPOS", ".", "Integer"), ("CIEND", ".", "Integer"), ("MATEID", ".", "String"),
        ("EVENT", "1", "String"),
    ]);

    public static readonly IReadOnlyDictionary<string, VcfFieldDefinition> Format = Build(
    [
        ("AD", "R", "Integer"), ("ADF", "R", "Integer"), ("ADR", "R", "Integer"), ("DP", "1", "Integer"), ("EC", "A", "Integer"),
        ("FT", "1", "String"), ("GL", "G", "Float"), ("GP", "G", "Float"), ("GQ", "1", "Integer"), ("GT", "1", "String"),
        ("HQ", "2", "Integer"), ("MQ", "1", "Integer"), ("PL", "G", "Integer"), ("PQ", "1", "Integer"), ("PS", "1", "Integer"),
    ]);

    public static VcfFieldDefinition Undeclared(IReadOnlyDictionary<string, VcfFieldDefinition> reserved, string key) =>
        reserved.TryGetValue(key, out var d) ? d : VcfFieldDefinition.Undeclared(key);

    private static Dictionary<string, VcfFieldDefinition> Build((string Id, string Number, string Type)[] entries)
    {
        var result = new Dictionary<string, VcfFieldDefinition>(StringComparer.Ordinal);
        foreach (var (id, number, type) in entries)
        {
            var (kind, count) = VcfHeaderParser.ParseNumber(number) ?? (VcfNumberKind.Unbounded, -1);
            result[id] = new VcfFieldDefinition(id, kind, count, Enum.Parse<VcfValueType>(type), "reserved by the VCF specification", Declared: false);
        }

        return result;
    }
}
