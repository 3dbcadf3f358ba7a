namespace OmicsBridge.Analytics.Statistics;

/// <summary>Brent's root finder as R's <c>uniroot</c> (<c>R_zeroin2</c>), so estimates that R finds with its default
/// tolerance (<c>.Machine$double.eps^0.25</c>) come out the same here, not merely close.</summary>
internal static class RootFinder
{
    public static readonly double DefaultTolerance = Math.Pow(2.220446049250313e-16, 0.25);

    public static double Uniroot(Func<double, double> f, double lower, double upper, double? tolerance = null, int maxIterations = 1000)
    {
        var tol = tolerance ?? DefaultTolerance;
        double a = lower, b = upper;
        double fa = f(a), fb = f(b);
        double c = a, fc = fa;
        if (fa == 0)
        {
            return a;
        }

        if (fb == 0)
        {
            return b;
        }

        for (var iter = maxIterations + 1; iter-- > 0;)
        {
            var prevStep = b - a;
            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            var tolAct = 2 * 2.220446049250313e-16 * Math.Abs(b) + tol / 2;
            var newStep = (c - b) / 2;
            if (Math.Abs(newStep) <= tolAct || fb == 0)
            {
                return b;
            }

            if (Math.Abs(prevStep) >= tolAct && Math.Abs(fa) > Math.Abs(fb))
            {
                double p, q;
                var cb = c - b;
                if (a == c)
                {
                    var t1 = fb / fa;
                    p = cb * t1;
                    q = 1.0 - t1;
                }
                else
                {
                    q = fa / fc;
                    var t1 = fb / fc;
                    var t2 = fb / fa;
                    p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
                    q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
                }

                if (p > 0)
                {
                    q = -q;
                }
                else
                {
                    p = -p;
                }

                if (p < 0.75 * cb * q - Math.Abs(tolAct * q) / 2 && p < Math.Abs(prevStep * q / 2))
                {
                    newStep = p / q;
                }
            }

            if (Math.Abs(newStep) < tolAct)
            {
                newStep = newStep > 0 ? tolAct : -tolAct;
            }

            a = b;
            fa = fb;
            b += newStep;
            fb = f(b);
            if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0))
            {
                c = a;
                fc = fa;
            }
        }

        return b;
    }
}
