using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Harmonize.Units;

/// <summary>The outcome of <see cref="UnitNormalizer.Convert"/>: the stored value and unit, and what was received.</summary>
public sealed record UnitConversion
{
    public required double OriginalValue { get; init; }

    public required string OriginalUnit { get; init; }

    /// <summary>The value to store: converted when <see cref="Converted"/>, else <see cref="OriginalValue"/>.</summary>
    public required double Value { get; init; }

    /// <summary>The UCUM unit of <see cref="Value"/>; the original text when the unit is unknown.</summary>
    public required string Unit { get; init; }

    /// <summary>Whether <see cref="Value"/> was multiplied or mapped to reach <see cref="Unit"/>.</summary>
    public bool Converted { get; init; }

    /// <summary><see cref="UnitIssueCodes.UnknownUnit"/> or <see cref="UnitIssueCodes.NoConversion"/>, else <see langword="null"/>.</summary>
    public string? IssueCode { get; init; }

    /// <summary>Why the value was not converted.</summary>
    public string? IssueMessage { get; init; }

    /// <summary>The issue as a positioned warning for the caller's file, or <see langword="null"/>.</summary>
    public ParseIssue? ToIssue(string file, long line, string? field)
        => IssueCode is null ? null : new ParseIssue(IssueCode, IssueSeverity.Warning, file, line, null, field, IssueMessage ?? string.Empty, OriginalUnit);
}
