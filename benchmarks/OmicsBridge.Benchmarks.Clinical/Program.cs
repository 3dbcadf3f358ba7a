using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OmicsBridge.Demo.Generation;
using OmicsBridge.Formats.Hl7v2;

// generate-fhir DIR [RESOURCES]: a FHIR R4 NDJSON export (one file, each Patient followed by its resources) of the demo's clinical generator,
//   with as many patients as it takes to reach RESOURCES (default 1,000,000); prints the exact resource count.
// generate-hl7 FILE [MESSAGES]: MESSAGES ORU^R01 messages (default 100,000), each PID + OBR + 3 OBX (NM, NM, ST).
// scan DIR|FILE…: the raw ceiling, every token of every NDJSON line read by Utf8JsonReader; prints resources and seconds.
if (args.Length >= 2 && args[0] == "generate-fhir")
{
    var target = args.Length > 2 ? long.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000;
    var probe = DemoClinicalTruth.Create(DemoCohort.Create(new DemoOptions(2_000, 42, 200)));
    var perPatient = DemoFhirWriter.CountResources(probe) / 2_000.0;
    var patients = (int)Math.Ceiling(target / perPatient);
    var truth = DemoClinicalTruth.Create(DemoCohort.Create(new DemoOptions(patients, 42, 200)));
    var paths = DemoFhirWriter.Write(truth, args[1]);
    var bytes = paths.Sum(p => new FileInfo(p).Length);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{DemoFhirWriter.CountResources(truth)} resources of {patients} patients in {paths.Count} NDJSON files, {bytes / 1e6:F1} MB"));
    return 0;
}

if (args.Length >= 2 && args[0] == "generate-hl7")
{
    var messages = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000;
    using var output = new StreamWriter(args[1], append: false, new System.Text.UTF8Encoding(false), 1 << 16);
    using var writer = new Hl7v2MessageWriter(output, segmentTerminator: "\r\n");
    var random = new Random(42);
    for (var i = 0; i < messages; i++)
    {
        var mrn = "MRN" + (100_000 + (i % 50_000)).ToString("D6", CultureInfo.InvariantCulture);
        var when = new DateTime(2020, 1, 1, 8, 0, 0, DateTimeKind.Unspecified).AddMinutes(i * 7L).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        var id = i.ToString("D7", CultureInfo.InvariantCulture);
        writer.Segment("MSH").Set(3, "BENCH-LIS").Set(4, "DEMOHOSP").Set(5, "OMICSBRIDGE").Set(7, when)
            .Set(9, 1, "ORU").Set(9, 2, "R01").Set(10, "ORU" + id).Set(11, "P").Set(12, "2.5.1").End();
        writer.Segment("PID").Set(1, "1").SetComponents(3, mrn, null, null, "DEMOHOSP", "MR").Set(7, "19600101").Set(8, "F").End();
        writer.Segment("OBR").Set(1, "1").Set(3, "LAB" + id).SetComponents(4, "24323-8", "Comprehensive metabolic panel", "LN").Set(7, when).End();
        Obx(writer, 1, "NM", "2345-7", "Glucose [Mass/volume] in Serum or Plasma", (70 + random.Next(200)).ToString(CultureInfo.InvariantCulture), "mg/dL", "70-99", when);
        Obx(writer, 2, "NM", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", (4.5 + (random.Next(100) / 10.0)).ToString("0.0", CultureInfo.InvariantCulture), "%", "4.0-5.6", when);
        Obx(writer, 3, "ST", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", random.Next(10) == 0 ? "<0.3" : (0.5 + (random.Next(100) / 100.0)).ToString("0.00", CultureInfo.InvariantCulture), "mg/dL", "0.6-1.2", when);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{messages} ORU^R01 messages, {new FileInfo(args[1]).Length / 1e6:F1} MB"));
    return 0;
}

if (args.Length >= 2 && args[0] == "scan")
{
    var files = args.Skip(1).SelectMany(a => Directory.Exists(a) ? Directory.EnumerateFiles(a, "*.ndjson").Order(StringComparer.Ordinal) : (IEnumerable<string>)[a]).ToArray();
    var stopwatch = Stopwatch.StartNew();
    long resources = 0, tokens = 0;
    foreach (var file in files)
    {
        (var r, var t) = Scan(file);
        resources += r;
        tokens += t;
    }

    var seconds = stopwatch.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{resources} {seconds:F3} scan: {resources} resources, {tokens} tokens in {seconds:F2} s = {resources / seconds:F0} resources/s"));
    return 0;
}

Console.Error.WriteLine("usage: generate-fhir DIR [RESOURCES] | generate-hl7 FILE [MESSAGES] | scan DIR|FILE…");
return 2;

static void Obx(Hl7v2MessageWriter writer, int set, string type, string loinc, string name, string value, string unit, string range, string when) =>
    writer.Segment("OBX").Set(1, set.ToString(CultureInfo.InvariantCulture)).Set(2, type).SetComponents(3, loinc, name, "LN")
        .Set(5, value).Set(6, unit).Set(7, range).Set(11, "F").Set(14, when).End();

// Reads the file in 1 MiB blocks and runs Utf8JsonReader over each complete line: the fastest a .NET JSON reader
// can visit every token of the same bytes, with no object model and no allocation per resource.
static (long Resources, long Tokens) Scan(string path)
{
    using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
    var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
    try
    {
        long resources = 0, tokens = 0;
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, filled).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            var end = filled + read;
            var span = buffer.AsSpan(0, end);
            var start = 0;
            while (true)
            {
                var newline = span[start..].IndexOf((byte)'\n');
                if (newline < 0)
                {
                    break;
                }

                tokens += Tokens(span.Slice(start, newline));
                resources++;
                start += newline + 1;
            }

            if (read == 0)
            {
                if (start < end && !span[start..].Trim((byte)' ').IsEmpty)
                {
                    tokens += Tokens(span[start..end]);
                    resources++;
                }

                return (resources, tokens);
            }

            span[start..end].CopyTo(buffer);
            filled = end - start;
        }
    }
    finally
    {
        ArrayPool<byte>.Shared.Return(buffer);
    }
}

static long Tokens(ReadOnlySpan<byte> line)
{
    var reader = new Utf8JsonReader(line);
    long n = 0;
    while (reader.Read())
    {
        n++;
    }

    return n;
}
