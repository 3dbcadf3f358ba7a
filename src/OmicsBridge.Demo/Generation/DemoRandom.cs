namespace OmicsBridge.Demo.Generation;

/// <summary>A seeded random stream with the few distributions the generator needs.</summary>
/// <remarks><see cref="Random(int)"/> with a seed is the stable legacy algorithm, so a seed gives the same cohort on every .NET.</remarks>
internal sealed class DemoRandom(int seed)
{
    private readonly Random _random = new(seed);

    public double Uniform() => _random.NextDouble();

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    public double Normal(double mean, double sd) => mean + (sd * Normal());
}
