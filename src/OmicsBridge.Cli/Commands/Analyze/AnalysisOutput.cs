using System.Globalization;
using System.Text;
using System.Text.Json;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>
/// The named result tables of one analysis, printed together: JSON as one object of arrays keyed by table name,
/// terminal tables with their names as titles, CSV as blocks each headed by a <c># name</c> line.
/// </summary>
internal sealed class AnalysisOutput
{
    private readonly List<(string Name, string[] Columns, List<object?[]> Rows)> _tables = [];

    public IReadOnlyList<string> Names => [.. _tables.Select(t => t.Name)];

    public AnalysisOutput Add(string name, string[] columns, IEnumerable<object?[]> rows)
    {
        _tables.Add((name, columns, [.. rows]));
        return this;
    }

    public (string[] Columns, IReadOnlyList<object?[]> Rows) this[string name]
    {
        get
        {
            var table = _tables.First(t => t.Name == name);
            return (table.Columns, table.Rows);
        }
    }

    public void Write(CliConsole console, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Json:
                console.Data.Write(ToJson());
                console.Data.Write('\n');
                console.Data.Flush();
                break;
            case OutputFormat.Csv:
                for (var t = 0; t < _tables.Count; t++)
                {
                    if (t > 0)
                    {
                        console.Data.Write('\n');
                    }

                    console.Data.Write("# " + _tables[t].Name + "\n");
                    ResultWriter.Write(console, OutputFormat.Csv, _tables[t].Columns, _tables[t].Rows);
                }

                break;
            default:
                foreach (var (name, columns, rows) in _tables)
                {
                    ResultWriter.Write(console, OutputFormat.Table, columns, rows, name);
                }

                break;
        }
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var (name, columns, rows) in _tables)
            {
                json.WriteStartArray(name);
                foreach (var row in rows)
                {
                    json.WriteStartObject();
                    for (var i = 0; i < columns.Length; i++)
                    {
                        json.WritePropertyName(columns[i]);
                        WriteValue(json, row[i]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Non-finite numbers have no JSON form: NaN becomes null, infinities the strings R prints ("Inf", "-Inf").
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case double d when double.IsNaN(d):
                json.WriteNullValue();
                break;
            case double d when double.IsInfinity(d):
                json.WriteStringValue(d > 0 ? "Inf" : "-Inf");
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case IFormattable f:
                json.WriteStringValue(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(value.ToString());
                break;
        }
    }
}
