using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Delta;

/// <summary>Which protocol versions and table features this reader and writer handle; everything else is refused by name.</summary>
internal static class DeltaFeatures
{
    // typeWidening only changes how old files are cast (we always cast to the table type); vacuumProtocolCheck and
    // timestampNtz need nothing beyond what the reader already does.
    private static readonly HashSet<string> s_readerFeatures = new(StringComparer.Ordinal)
    {
        "deletionVectors", "timestampNtz", "typeWidening", "typeWidening-preview", "vacuumProtocolCheck",
    };

    private static readonly HashSet<string> s_writerFeatures = new(StringComparer.Ordinal)
    {
        "appendOnly", "invariants", "timestampNtz",
    };

    public static void EnsureReadable(string table, DeltaProtocol protocol, DeltaMetadata metadata)
    {
        if (protocol.MinReaderVersion > 3)
        {
            throw Unsupported(string.Create(CultureInfo.InvariantCulture,
                $"Table {table} needs Delta reader version {protocol.MinReaderVersion}; OmicsBridge reads up to 3."));
        }

        var columnMapping = metadata.Configuration.TryGetValue("delta.columnMapping.mode", out var mode)
            && !string.Equals(mode, "none", StringComparison.OrdinalIgnoreCase);
        if (protocol.MinReaderVersion >= 2 && columnMapping)
        {
            throw UnsupportedFeature(table, "columnMapping");
        }

        if (protocol.MinReaderVersion == 3)
        {
            foreach (var feature in protocol.ReaderFeatures ?? [])
            {
                if (!s_readerFeatures.Contains(feature) && !(feature == "columnMapping" && !columnMapping))
                {
                    throw UnsupportedFeature(table, feature);
                }
            }
        }

        if (!string.Equals(metadata.FormatProvider, "parquet", StringComparison.OrdinalIgnoreCase))
        {
            throw Unsupported($"Table {table} stores '{metadata.FormatProvider}' files; Delta tables hold parquet.");
        }
    }

    public static void EnsureWritable(string table, DeltaProtocol protocol)
    {
        if (protocol.MinWriterVersion is > 2 and < 7 || protocol.MinWriterVersion > 7)
        {
            throw Unsupported(string.Create(CultureInfo.InvariantCulture,
                $"Table {table} needs Delta writer version {protocol.MinWriterVersion}; OmicsBridge writes versions 1, 2 and 7 (with features {string.Join(", ", s_writerFeatures)})."));
        }

        foreach (var feature in protocol.WriterFeatures ?? [])
        {
            if (!s_writerFeatures.Contains(feature))
            {
                throw Unsupported($"Table {table} needs writer feature '{feature}', which OmicsBridge does not support.");
            }
        }
    }

    private static OmicsBridgeException UnsupportedFeature(string table, string feature) =>
        Unsupported($"Table {table} needs reader feature '{feature}', which OmicsBridge does not support.");

    private static OmicsBridgeException Unsupported(string message) => OmicsBridgeException.InvalidInput(message);
}
