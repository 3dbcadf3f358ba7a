using System.Globalization;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// A number that may be unknown or a range: <c>23</c>, <c>?</c>, <c>(50_60)</c>, <c>(60_?)</c>. Used for repeat
/// copies, lengths of unspecified sequence and frame shift / extension stop positions.
/// </summary>
/// <param name="Min">The number, or the low end of a range; null for <c>?</c>.</param>
/// <param name="Max">The high end of a range (null for <c>?</c> as high end); equal to <paramref name="Min"/> when exact.</param>
/// <param name="IsRange">Written in parentheses: a range, or a single number such as the <c>(15)</c> of <c>del(15)</c>.</param>
public sealed record HgvsCount(long? Min, long? Max, bool IsRange = false)
{
    /// <summary>An exact number.</summary>
    public static HgvsCount Exactly(long value) => new(value, value);

    /// <summary>Written as <c>?</c>.</summary>
    public static HgvsCount Unknown { get; } = new(null, null);

    /// <summary>The exact number (also for a parenthesised single number, <c>(15)</c>), or null for a range or <c>?</c>.</summary>
    public long? Exact => Min is not null && Min == Max ? Min : null;

    /// <summary>Renders the count as written in HGVS (without surrounding brackets).</summary>
    public override string ToString()
    {
        static string Part(long? value) => value is null ? "?" : value.Value.ToString(CultureInfo.InvariantCulture);
        if (!IsRange)
        {
            return Part(Min);
        }

        return Min is not null && Min == Max ? $"({Part(Min)})" : $"({Part(Min)}_{Part(Max)})";
    }
}
