using System.Globalization;

namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// When an event must happen relative to the index date: <see cref="FromDays"/>..<see cref="ToDays"/> days after
/// (negative = before) the index, both inclusive, either open.
/// </summary>
public sealed record TemporalWindow(int? FromDays, int? ToDays)
{
    /// <summary>"within 0..365d after index" as the one-line grammar writes it.</summary>
    public override string ToString()
    {
        var ci = CultureInfo.InvariantCulture;
        return (FromDays, ToDays) switch
        {
            (null, null) => "any time",
            ({ } f, null) when f == 0 => "after index",
            ({ } f, null) => string.Create(ci, $"from {f}d after index"),
            (null, { } t) when t == 0 => "before index",
            (null, { } t) => string.Create(ci, $"until {t}d after index"),
            ({ } f, { } t) when f >= 0 => string.Create(ci, $"within {f}..{t}d after index"),
            ({ } f, { } t) when t <= 0 => string.Create(ci, $"within {-t}..{-f}d before index"),
            ({ } f, { } t) => string.Create(ci, $"within {f}..{t}d of index"),
        };
    }
}
