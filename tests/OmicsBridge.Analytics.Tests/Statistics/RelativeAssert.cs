using System.Globalization;

namespace OmicsBridge.Analytics.Tests.Statistics;

internal static class RelativeAssert
{
    public static void Close(double expected, double actual, double tolerance)
    {
        if (double.IsInfinity(expected) || expected == 0)
        {
            Assert.True(expected == actual || Math.Abs(actual) < tolerance, string.Create(CultureInfo.InvariantCulture, $"expected {expected:R}, got {actual:R}"));
            return;
        }

        Assert.True(Math.Abs(expected - actual) / Math.Abs(expected) <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"expected {expected:R}, got {actual:R} (relative tolerance {tolerance})"));
    }
}
