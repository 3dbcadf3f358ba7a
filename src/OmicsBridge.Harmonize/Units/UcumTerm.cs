using System.Globalization;

namespace OmicsBridge.Harmonize.Units;

/// <summary>
/// A UCUM unit reduced to a factor and exponents of the base units lab values use (mass, substance, equivalents,
/// volume, IU, U, length, time). It covers concentration, count and ratio units exactly, with no decimal
/// arithmetic library, so conversions stay fast and need no culture data; anything else falls to Fhir.Metrics.
/// </summary>
internal readonly record struct UcumTerm(double Factor, int Mass, int Substance, int Equivalents, int Volume, int Iu, int Enzyme, int Length, int Time)
{
    private static readonly Dictionary<string, UcumTerm> s_atoms = new(StringComparer.Ordinal)
    {
        ["g"] = new(1, 1, 0, 0, 0, 0, 0, 0, 0),
        ["mol"] = new(1, 0, 1, 0, 0, 0, 0, 0, 0),
        ["eq"] = new(1, 0, 0, 1, 0, 0, 0, 0, 0),
        ["L"] = new(1, 0, 0, 0, 1, 0, 0, 0, 0),
        ["l"] = new(1, 0, 0, 0, 1, 0, 0, 0, 0),
        ["[IU]"] = new(1, 0, 0, 0, 0, 1, 0, 0, 0),
        ["[iU]"] = new(1, 0, 0, 0, 0, 1, 0, 0, 0),
        ["U"] = new(1, 0, 0, 0, 0, 0, 1, 0, 0),
        ["m"] = new(1, 0, 0, 0, 0, 0, 0, 1, 0),
        ["s"] = new(1, 0, 0, 0, 0, 0, 0, 0, 1),
        ["min"] = new(60, 0, 0, 0, 0, 0, 0, 0, 1),
        ["h"] = new(3600, 0, 0, 0, 0, 0, 0, 0, 1),
        ["d"] = new(86400, 0, 0, 0, 0, 0, 0, 0, 1),
        ["%"] = new(0.01, 0, 0, 0, 0, 0, 0, 0, 0),
        ["[ppm]"] = new(1e-6, 0, 0, 0, 0, 0, 0, 0, 0),
        ["1"] = new(1, 0, 0, 0, 0, 0, 0, 0, 0),
    };

    private static readonly (string Symbol, double Factor)[] s_prefixes =
    [
        ("da", 1e1), ("k", 1e3), ("M", 1e6), ("G", 1e9), ("h", 1e2), ("d", 1e-1), ("c", 1e-2), ("m", 1e-3),
        ("u", 1e-6), ("n", 1e-9), ("p", 1e-12), ("f", 1e-15),
    ];

    private static readonly HashSet<string> s_unprefixable = new(StringComparer.Ordinal) { "%", "[ppm]", "1", "min", "h", "d" };

    /// <summary>Whether the substance exponents (after equivalents) and every other exponent match.</summary>
    public bool SameDimension(UcumTerm other)
        => Mass == other.Mass && Substance == other.Substance && Equivalents == other.Equivalents && Volume == other.Volume
           && Iu == other.Iu && Enzyme == other.Enzyme && Length == other.Length && Time == other.Time;

    /// <summary>Equivalents expressed as moles of an ion of <paramref name="valence"/>.</summary>
    public UcumTerm EquivalentsAsMoles(int valence)
        => Equivalents == 0 ? this : this with { Factor = Factor / Math.Pow(valence, Equivalents), Substance = Substance + Equivalents, Equivalents = 0 };

    /// <summary>Parses terms like <c>mg/dL</c>, <c>10*9/L</c>, <c>umol/L</c>, <c>m[IU]/mL</c>, <c>mL/min/{1.73_m2}</c>.</summary>
    public static bool TryParse(string unit, out UcumTerm term)
    {
        term = new UcumTerm(1, 0, 0, 0, 0, 0, 0, 0, 0);
        if (string.IsNullOrEmpty(unit))
        {
            return false;
        }

        var sign = 1;
        var start = 0;
        for (var i = 0; i <= unit.Length; i++)
        {
            if (i < unit.Length && unit[i] is not ('/' or '.'))
            {
                if (unit[i] == '{')
                {
                    var close = unit.IndexOf('}', i);
                    if (close < 0)
                    {
                        return false;
                    }

                    i = close;
                }

                continue;
            }

            var component = unit[start..i];
            if (component.Length == 0)
            {
                if (i != 0)
                {
                    return false;
                }
            }
            else if (!TryComponent(component, out var part))
            {
                return false;
            }
            else
            {
                term = Combine(term, part, sign);
            }

            if (i < unit.Length)
            {
                sign = unit[i] == '/' ? -1 : 1;
            }

            start = i + 1;
        }

        return true;
    }

    private static bool TryComponent(string component, out UcumTerm part)
    {
        part = default;

        // Annotations ({cells}, {1.73_m2}) carry no dimension.
        var brace = component.IndexOf('{');
        if (brace >= 0)
        {
            component = component[..brace];
            if (component.Length == 0)
            {
                part = s_atoms["1"];
                return true;
            }
        }

        if (component.StartsWith("10*", StringComparison.Ordinal) || component.StartsWith("10^", StringComparison.Ordinal))
        {
            if (!int.TryParse(component.AsSpan(3), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power))
            {
                return false;
            }

            part = new UcumTerm(Math.Pow(10, power), 0, 0, 0, 0, 0, 0, 0, 0);
            return true;
        }

        var exponent = 1;
        var digits = component.Length;
        while (digits > 0 && char.IsAsciiDigit(component[digits - 1]))
        {
            digits--;
        }

        if (digits > 0 && component[digits - 1] == '-' && digits < component.Length)
        {
            digits--;
        }

        if (digits < component.Length && digits > 0 && !component.EndsWith(']'))
        {
            exponent = int.Parse(component.AsSpan(digits), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            component = component[..digits];
        }

        if (!TryAtom(component, out var atom))
        {
            return false;
        }

        part = Power(atom, exponent);
        return true;
    }

    private static bool TryAtom(string symbol, out UcumTerm atom)
    {
        if (s_atoms.TryGetValue(symbol, out atom))
        {
            return true;
        }

        foreach (var (prefix, factor) in s_prefixes)
        {
            if (symbol.Length > prefix.Length && symbol.StartsWith(prefix, StringComparison.Ordinal)
                && s_atoms.TryGetValue(symbol[prefix.Length..], out var unprefixed) && !s_unprefixable.Contains(symbol[prefix.Length..]))
            {
                atom = unprefixed with { Factor = unprefixed.Factor * factor };
                return true;
            }
        }

        return false;
    }

    private static UcumTerm Power(UcumTerm t, int n)
        => new(Math.Pow(t.Factor, n), t.Mass * n, t.Substance * n, t.Equivalents * n, t.Volume * n, t.Iu * n, t.Enzyme * n, t.Length * n, t.Time * n);

    private static UcumTerm Combine(UcumTerm a, UcumTerm b, int sign)
    {
        var p = Power(b, sign);
        return new(a.Factor * p.Factor, a.Mass + p.Mass, a.Substance + p.Substance, a.Equivalents + p.Equivalents, a.Volume + p.Volume,
            a.Iu + p.Iu, a.Enzyme + p.Enzyme, a.Length + p.Length, a.Time + p.Time);
    }
}
