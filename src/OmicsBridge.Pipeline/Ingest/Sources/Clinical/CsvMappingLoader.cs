using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.CsvMapping;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>Loads a CSV mapping YAML (snake_case keys, unknown keys are errors) and the code-map files it names.</summary>
/// <remarks>Lives here rather than in Formats/CsvMapping because only the Lake layer references YamlDotNet.</remarks>
public sealed class CsvMappingLoader
{
    private CsvMappingLoader(CsvMappingSpec spec, IReadOnlyDictionary<string, IReadOnlyDictionary<string, CsvCodeMapping>> codeMaps)
    {
        Spec = spec;
        CodeMaps = codeMaps;
    }

    public CsvMappingSpec Spec { get; }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, CsvCodeMapping>> CodeMaps { get; }

    public static CsvMappingLoader Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw OmicsBridgeException.NotFound($"{path}: mapping file not found.");
        }

        var deserializer = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        CsvMappingSpec spec;
        try
        {
            using var reader = new StreamReader(path);
            spec = deserializer.Deserialize<CsvMappingSpec?>(reader) ?? new CsvMappingSpec();
        }
        catch (YamlException e)
        {
            throw OmicsBridgeException.FromIssue(new ParseIssue("CSVM010", IssueSeverity.Fatal, Path.GetFileName(path), e.Start.Line,
                (int)e.Start.Column, null, $"invalid CSV mapping: {(e.InnerException ?? e).Message}"), e);
        }

        spec.Fields = new Dictionary<string, CsvFieldMapping>(spec.Fields, StringComparer.OrdinalIgnoreCase);
        foreach (var field in spec.Fields.Values)
        {
            field.Values = new Dictionary<string, string>(field.Values, StringComparer.OrdinalIgnoreCase);
        }

        spec.Validate(Path.GetFileName(path));
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var maps = new Dictionary<string, IReadOnlyDictionary<string, CsvCodeMapping>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, map) in spec.CodeMaps)
        {
            var entries = new Dictionary<string, CsvCodeMapping>(map.Entries, StringComparer.OrdinalIgnoreCase);
            if (map.File is { } file)
            {
                var full = Path.Combine(folder, file);
                if (!File.Exists(full))
                {
                    throw OmicsBridgeException.NotFound($"{Path.GetFileName(path)}: code map '{name}' names {file}, which does not exist beside the mapping.");
                }

                foreach (var (local, mapping) in CsvMappingReader.LoadCodeMapFile(full))
                {
                    entries.TryAdd(local, mapping);
                }
            }

            maps[name] = entries;
        }

        return new CsvMappingLoader(spec, maps);
    }
}
