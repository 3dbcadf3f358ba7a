using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Formats.Hgvs;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Hgvs;

[Description("Parse HGVS descriptions (g. c. n. p. m. r. o.): the parsed structure, or the character position of the error and what was expected there.")]
public sealed class HgvsParseCommand(CliConsole console) : Command<HgvsSettings>
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        IgnoreReadOnlyProperties = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public override int Execute(CommandContext context, HgvsSettings settings, CancellationToken cancellationToken)
    {
        var results = settings.Texts.Select(text => (Text: text, Ok: HgvsParser.TryParse(text, out var variant, out var error), Variant: variant, Error: error)).ToList();
        var format = console.Resolve(settings.Format);
        if (format == OutputFormat.Json)
        {
            // Dictionaries for the envelope: the options skip get-only members, which would drop anonymous types' properties.
            var documents = results.Select(r => r.Ok
                ? new Dictionary<string, object?>
                {
                    ["input"] = r.Text, ["valid"] = true,
                    ["normalized"] = HgvsFormatter.Format(HgvsNormalizer.Normalize(r.Variant!)),
                    ["parsed"] = JsonSerializer.SerializeToElement(r.Variant, s_json),
                }
                : new Dictionary<string, object?>
                {
                    ["input"] = r.Text, ["valid"] = false,
                    ["error"] = new Dictionary<string, object?>
                    {
                        ["code"] = r.Error!.Code, ["position"] = r.Error.Position, ["expected"] = r.Error.Expected, ["message"] = r.Error.Message,
                    },
                }).ToList();
            console.Data.WriteLine(JsonSerializer.Serialize(documents, s_json));
        }
        else
        {
            ResultWriter.Write(console, format, ["input", "valid", "type", "reference", "normalized", "error"], results.Select(r => (IReadOnlyList<object?>)
                [r.Text, r.Ok, r.Variant?.Type.ToString(), r.Variant?.Reference is { } reference ? HgvsFormatter.Format(r.Variant!).Split(':')[0] : null,
                 r.Ok ? HgvsFormatter.Format(HgvsNormalizer.Normalize(r.Variant!)) : null, r.Error?.ToString()]));
        }

        return results.All(r => r.Ok) ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }
}
