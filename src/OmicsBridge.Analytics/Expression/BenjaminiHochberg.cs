namespace OmicsBridge.Analytics.Expression;

/// <summary>Benjamini–Hochberg false discovery rate, as R's <c>p.adjust(p, "BH")</c>.</summary>
/// <remarks>NaN p-values stay NaN and do not count towards the number of tests, as R's <c>NA</c>.</remarks>
public static class BenjaminiHochberg
{
    public static double[] Adjust(ReadOnlySpan<double> pValues)
    {
        var result = new double[pValues.Length];
        var present = new List<int>(pValues.Length);
        for (var i = 0; i < pValues.Length; i++)
        {
            result[i] = double.NaN;
            if (!double.IsNaN(pValues[i]))
            {
                present.Add(i);
            }
        }

        var p = pValues.ToArray();
        var order = present.OrderByDescending(i => p[i]).ToArray();
        var n = order.Length;
        var running = double.PositiveInfinity;
        for (var k = 0; k < n; k++)
        {
            var rank = n - k;
            running = Math.Min(running, (double)n / rank * p[order[k]]);
            result[order[k]] = Math.Min(1, running);
        }

        return result;
    }
}
