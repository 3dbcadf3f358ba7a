namespace OmicsBridge.Analytics.Expression;

/// <summary>Trigamma and tetragamma (R's <c>trigamma</c>, <c>psigamma(x, 2)</c>) for positive arguments, by recurrence
/// up to x ≥ 20 and the asymptotic series there (error below 1e-15 relative).</summary>
internal static class Polygamma
{
    private const double Shift = 20;

    public static double Trigamma(double x)
    {
        var acc = 0.0;
        while (x < Shift)
        {
            acc += 1 / (x * x);
            x += 1;
        }

        var x2 = 1 / (x * x);
        var series = 1 / x + x2 / 2 + 1 / (x * x * x) * (1.0 / 6 - x2 * (1.0 / 30 - x2 * (1.0 / 42 - x2 * (1.0 / 30 - x2 * 5.0 / 66))));
        return acc + series;
    }

    public static double Tetragamma(double x)
    {
        var acc = 0.0;
        while (x < Shift)
        {
            acc -= 2 / (x * x * x);
            x += 1;
        }

        var x2 = 1 / (x * x);
        var series = -x2 - x2 / x - x2 * x2 / 2 + x2 * x2 * x2 * (1.0 / 6 - x2 * (1.0 / 6 - x2 * (3.0 / 10 - x2 * 5.0 / 6)));
        return acc + series;
    }

    /// <summary>limma's <c>trigammaInverse</c>: Newton's method on 1/trigamma, from limma's starting value and stopping rule.</summary>
    public static double TrigammaInverse(double x)
    {
        if (x > 1e7)
        {
            return 1 / Math.Sqrt(x);
        }

        if (x < 1e-6)
        {
            return 1 / x;
        }

        var y = 0.5 + 1 / x;
        for (var iter = 0; iter <= 50; iter++)
        {
            var tri = Trigamma(y);
            var dif = tri * (1 - tri / x) / Tetragamma(y);
            y += dif;
            if (-dif / y < 1e-8)
            {
                break;
            }
        }

        return y;
    }
}
