using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console;

namespace OmicsBridge.Cli.Rendering;

/// <summary>Prints rows as a terminal table, RFC 4180 CSV or a JSON array of objects.</summary>
internal static class ResultWriter
{
    public static long Write(CliConsole console, OutputFormat format, IReadOnlyList<string> columns,
        IEnumerable<IReadOnlyList<object?>> rows, string? title = null) => format switch
        {
            OutputFormat.Csv => WriteCsv(console.Data, columns, rows),
            OutputFormat.Json => WriteJson(console.Data, columns, rows),
            _ => WriteTable(console.Ui, columns, rows, title),
        };

    private static long WriteTable(IAnsiConsole ui, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, string? title)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title(Markup.Escape(title));
        }

        foreach (var column in columns)
        {
            table.AddColumn(new TableColumn(Markup.Escape(column)));
        }

        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                if (IsNumber(row[i]))
                {
                    table.Columns[i].RightAligned();
                }
            }

            table.AddRow([.. row.Select(v => CellText.Format(v) is { } text ? Markup.Escape(text) : "[dim]∅[/]")]);
            count++;
        }

        ui.Write(table);
        ui.MarkupLine(string.Create(CultureInfo.InvariantCulture, $"[dim]{count} row{(count == 1 ? "" : "s")}[/]"));
        return count;
    }

    internal static long WriteCsv(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        output.Write(string.Join(',', columns.Select(Quote)));
        output.Write('\n');
        long count = 0;
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            for (var i = 0; i < row.Count; i++)
            {
                if (i > 0)
                {
                    line.Append(',');
                }

                line.Append(Quote(CellText.Format(row[i]) ?? ""));
            }

            output.Write(line.Append('\n'));
            count++;
        }

        output.Flush();
        return count;
    }

    internal static long WriteJson(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var buffer = new MemoryStream();
        long count = 0;
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var row in rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < columns.Count; i++)
                {
                    json.WritePropertyName(columns[i]);
                    WriteJsonValue(json, row[i]);
                }

                json.WriteEndObject();
                count++;
                if (buffer.Length > 1 << 20)
                {
                    json.Flush();
                    output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                    buffer.SetLength(0);
                }
            }

            json.WriteEndArray();
        }

        output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        output.Write('\n');
        output.Flush();
        return count;
    }

    private static void WriteJsonValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case double d when double.IsFinite(d):
                json.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                json.WriteNumberValue(f);
                break;
            case long or int or short or sbyte or byte or ushort or uint or ulong or decimal:
                json.WriteRawValue(CellText.Format(value)!);
                break;
            case BigInteger big:
                json.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                break;
            default:
                json.WriteStringValue(CellText.Format(value));
                break;
        }
    }

    private static bool IsNumber(object? value) =>
        value is long or int or short or sbyte or byte or ushort or uint or ulong or decimal or double or float or BigInteger;

    private static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
