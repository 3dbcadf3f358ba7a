using System.Globalization;
using System.Net;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Reporting;

/// <summary>
/// A self-contained HTML report: one file with inline CSS, PNG plots embedded as base64 data URIs and SVG plots
/// inlined, so it opens anywhere offline and can be mailed or archived as is.
/// </summary>
/// <remarks>All text is HTML-encoded; numbers are formatted with the invariant culture (4 significant digits for
/// doubles, p-values below 1e-4 in scientific notation). Nothing in it points outside the file.</remarks>
public sealed class HtmlReport(string title)
{
    private const string Style =
        "body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}" +
        "h1{border-bottom:2px solid #345}h2{margin-top:2em;color:#345}table{border-collapse:collapse;margin:1em 0}" +
        "th,td{border:1px solid #ccc;padding:4px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}" +
        "th{background:#eef2f5}figure{margin:1em 0}figcaption{color:#555;font-size:.9em}img,svg{max-width:100%;height:auto}" +
        "ul.toc{columns:2}p.note{color:#555;font-size:.9em}";

    private readonly StringBuilder _body = new();
    private readonly List<(string Id, string Title)> _sections = [];

    public string Title { get; } = title ?? throw new ArgumentNullException(nameof(title));

    /// <summary>Number of images embedded so far.</summary>
    public int ImageCount { get; private set; }

    /// <summary>Starts a new section with a heading listed in the table of contents.</summary>
    public HtmlReport Section(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var id = "s" + (_sections.Count + 1).ToString(CultureInfo.InvariantCulture);
        _sections.Add((id, heading));
        _body.Append("<h2 id=\"").Append(id).Append("\">").Append(Encode(heading)).Append("</h2>\n");
        return this;
    }

    public HtmlReport Paragraph(string text, bool note = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        _body.Append(note ? "<p class=\"note\">" : "<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    public HtmlReport Bullets(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _body.Append("<ul>");
        foreach (var item in items)
        {
            _body.Append("<li>").Append(Encode(item)).Append("</li>");
        }

        _body.Append("</ul>\n");
        return this;
    }

    /// <summary>A table; numbers are right-aligned, null shows as an em dash.</summary>
    public HtmlReport Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<object?>> rows, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        _body.Append("<table>");
        if (caption is not null)
        {
            _body.Append("<caption>").Append(Encode(caption)).Append("</caption>");
        }

        _body.Append("<tr>");
        foreach (var column in columns)
        {
            _body.Append("<th>").Append(Encode(column)).Append("</th>");
        }

        _body.Append("</tr>\n");
        foreach (var row in rows)
        {
            _body.Append("<tr>");
            foreach (var value in row)
            {
                var numeric = value is double or float or int or long or decimal;
                _body.Append(numeric ? "<td class=\"n\">" : "<td>").Append(Encode(FormatValue(value))).Append("</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</table>\n");
        return this;
    }

    /// <summary>Embeds a plot file: PNG as a data URI, SVG inline.</summary>
    /// <exception cref="OmicsBridgeException">The file is missing or neither PNG nor SVG.</exception>
    public HtmlReport Image(string path, string caption)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(caption);
        if (!File.Exists(path))
        {
            throw OmicsBridgeException.NotFound($"HtmlReport.Image: '{path}' does not exist.");
        }

        _body.Append("<figure>");
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension == ".PNG")
        {
            _body.Append("<img alt=\"").Append(Encode(caption)).Append("\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(File.ReadAllBytes(path))).Append("\">");
        }
        else if (extension == ".SVG")
        {
            var svg = File.ReadAllText(path);
            var start = svg.IndexOf("<svg", StringComparison.Ordinal);
            if (start < 0)
            {
                throw OmicsBridgeException.InvalidInput($"HtmlReport.Image: '{path}' has no <svg> element.");
            }

            _body.Append(svg, start, svg.Length - start);
        }
        else
        {
            throw OmicsBridgeException.InvalidInput($"HtmlReport.Image takes .png or .svg; got '{Path.GetFileName(path)}'.");
        }

        _body.Append("<figcaption>").Append(Encode(caption)).Append("</figcaption></figure>\n");
        ImageCount++;
        return this;
    }

    public string Render(DateTimeOffset? generated = null)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(Encode(Title))
            .Append("</title><style>").Append(Style).Append("</style></head><body>\n<h1>").Append(Encode(Title)).Append("</h1>\n");
        if (generated is { } at)
        {
            html.Append("<p class=\"note\">Generated ").Append(at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Append("</p>\n");
        }

        if (_sections.Count > 1)
        {
            html.Append("<ul class=\"toc\">");
            foreach (var (id, heading) in _sections)
            {
                html.Append("<li><a href=\"#").Append(id).Append("\">").Append(Encode(heading)).Append("</a></li>");
            }

            html.Append("</ul>\n");
        }

        html.Append(_body).Append("</body></html>\n");
        return html.ToString();
    }

    public void Save(string path, DateTimeOffset? generated = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, Render(generated), new UTF8Encoding(false));
    }

    /// <summary>Formats a cell as the report shows it.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "—",
        double d when double.IsNaN(d) => "NA",
        double d when double.IsPositiveInfinity(d) => "Inf",
        double d when double.IsNegativeInfinity(d) => "-Inf",
        double d when d != 0 && Math.Abs(d) < 1e-4 => d.ToString("0.###e+0", CultureInfo.InvariantCulture),
        double d => d.ToString("G4", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
