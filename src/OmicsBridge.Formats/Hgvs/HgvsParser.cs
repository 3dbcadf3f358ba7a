using System.Diagnostics.CodeAnalysis;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// Parses HGVS sequence variant descriptions (<c>NM_004006.2:c.76A&gt;C</c>, <c>NP_003997.1:p.(Arg97Cys)</c>,
/// <c>NC_000023.11:g.(31060227_31100351)_(33274278_33417151)del</c>, ...) into <see cref="HgvsVariant"/>.
/// </summary>
/// <remarks>
/// The accepted grammar and the error codes are in docs/formats/hgvs.md. Bad input is never an exception from
/// <see cref="TryParse"/>: the error says at which character (0-based) what was expected. The parser keeps what was
/// written (1- or 3-letter amino acids, stated deleted bases, letter case), so <see cref="HgvsFormatter.Format(HgvsVariant)"/>
/// gives back the input; <see cref="HgvsNormalizer"/> rewrites to the recommended form.
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class HgvsParser
{
    /// <summary>Parses <paramref name="text"/>; on failure returns false and says where and what was expected.</summary>
    public static bool TryParse(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out HgvsVariant? variant,
        [NotNullWhen(false)] out HgvsParseError? error)
    {
        var ok = HgvsReader.TryRead(text, out variant, out error);
        return ok;
    }

    /// <summary>Parses <paramref name="text"/>, or throws an <see cref="OmicsBridgeException"/> (invalid input) saying why.</summary>
    public static HgvsVariant Parse(string text)
    {
        if (TryParse(text, out var variant, out var error))
        {
            return variant;
        }

        throw OmicsBridgeException.FromIssue(error.ToIssue("<hgvs>", 1, 1, field: null));
    }
}
