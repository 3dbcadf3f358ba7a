using System.Diagnostics;
using System.Globalization;
using System.Text;
using OmicsBridge.Analytics.BatchCorrection;
using OmicsBridge.Analytics.Survival;

// Usage: generate DIR | time DIR REPEATS
// "generate" writes survival.csv (1,000,000 rows: time, status, x1..x3, group) and combat.tsv + combat_batch.tsv
// (20,000 features × 500 samples, 5 batches) with a fixed seed, so .NET and R time the same numbers.
// "time" reads them once, then prints one "name<TAB>seconds" line per run of each step (reading is not timed).
var mode = args.Length > 0 ? args[0] : "";
var dir = args.Length > 1 ? args[1] : "/tmp/ob-bench-analytics";
var inv = CultureInfo.InvariantCulture;
if (mode == "generate")
{
    Directory.CreateDirectory(dir);
    var random = new Random(20240611);
    double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
    using (var writer = new StreamWriter(Path.Combine(dir, "survival.csv")))
    {
        writer.Write("time,status,x1,x2,x3,group\n");
        for (var i = 0; i < 1_000_000; i++)
        {
            double x1 = Normal(), x2 = Normal(), x3 = random.Next(2);
            var hazard = 0.01 * Math.Exp((0.5 * x1) - (0.3 * x2) + (0.4 * x3));
            var t = -Math.Log(1 - random.NextDouble()) / hazard;
            var c = random.NextDouble() * 200;

            // Whole days, as follow-up usually is: many ties, which is where Efron's correction costs.
            var time = Math.Max(1, Math.Ceiling(Math.Min(t, c)));
            writer.Write(string.Create(inv, $"{time},{(t <= c ? 1 : 0)},{x1:R},{x2:R},{x3},{(char)('A' + random.Next(3))}\n"));
        }
    }

    using (var writer = new StreamWriter(Path.Combine(dir, "combat.tsv")))
    using (var batches = new StreamWriter(Path.Combine(dir, "combat_batch.tsv")))
    {
        const int features = 20_000, samples = 500;
        writer.Write("feature");
        batches.Write("sample\tbatch\n");
        for (var j = 0; j < samples; j++)
        {
            writer.Write(string.Create(inv, $"\ts{j:D3}"));
            batches.Write(string.Create(inv, $"s{j:D3}\tb{j % 5}\n"));
        }

        writer.Write('\n');
        var line = new StringBuilder();
        for (var g = 0; g < features; g++)
        {
            line.Clear().Append(inv, $"g{g:D5}");
            var baseline = 6 + (2 * Normal());
            for (var j = 0; j < samples; j++)
            {
                var b = j % 5;
                line.Append('\t').Append((baseline + (0.3 * b) + ((1 + (0.1 * b)) * Normal())).ToString("R", inv));
            }

            writer.Write(line.Append('\n'));
        }
    }

    return 0;
}

if (mode != "time")
{
    Console.Error.WriteLine("usage: generate DIR | time DIR REPEATS");
    return 2;
}

var repeats = args.Length > 2 ? int.Parse(args[2], inv) : 5;
var survivalLines = File.ReadAllLines(Path.Combine(dir, "survival.csv"));
var header = survivalLines[0].Split(',');
var columns = header.Select(_ => new List<string?>(survivalLines.Length)).ToArray();
foreach (var line in survivalLines.Skip(1))
{
    var fields = line.Split(',');
    for (var c = 0; c < fields.Length; c++)
    {
        columns[c].Add(fields[c]);
    }
}

var table = new SurvivalTable(header, columns);
var kmData = table.Prepare(new SurvivalSpec("time", "status") { Group = "group" });
var coxData = table.Prepare(new SurvivalSpec("time", "status") { Covariates = ["x1", "x2", "x3"] });

var matrixLines = File.ReadAllLines(Path.Combine(dir, "combat.tsv"));
var samplesCount = matrixLines[0].Split('\t').Length - 1;
var matrix = new double[matrixLines.Length - 1, samplesCount];
for (var i = 1; i < matrixLines.Length; i++)
{
    var fields = matrixLines[i].Split('\t');
    for (var j = 0; j < samplesCount; j++)
    {
        matrix[i - 1, j] = double.Parse(fields[j + 1], inv);
    }
}

var batch = File.ReadAllLines(Path.Combine(dir, "combat_batch.tsv")).Skip(1).Select(l => l.Split('\t')[1]).ToArray();

void Time(string name, Action action)
{
    action(); // warm-up: JIT and first-touch allocation are not what the comparison is about
    for (var r = 0; r < repeats; r++)
    {
        var watch = Stopwatch.StartNew();
        action();
        Console.WriteLine(string.Create(inv, $"{name}\t{watch.Elapsed.TotalSeconds:F4}"));
    }
}

Time("km_logrank", () =>
{
    KaplanMeier.Fit(kmData);
    LogRankTest.Compute(kmData);
});
Time("cox", () => CoxRegression.Fit(coxData));
Time("survival_total", () =>
{
    KaplanMeier.Fit(kmData);
    LogRankTest.Compute(kmData);
    CoxRegression.Fit(coxData);
});
Time("combat", () => ComBat.Adjust(matrix, batch));
return 0;
