using System.Globalization;
using System.Text.Json;
using AnimLib.Bench;

// AnimLib.Bench run [--quick] [--runs N] [--scenes A,B] [--qualities 480p15,1080p60] [--jobs N] [--preset P] [--crf N]
//                   [--no-floor] [--results DIR] [--readme FILE] [--label TEXT]
// AnimLib.Bench render <Scene> <quality> [--jobs N] [--preset P] [--crf N]   (one child measurement, JSON on stdout)
// AnimLib.Bench floor <Scene> <quality> [--preset P] [--crf N]

string[] defaultScenes = ["TransformBench", "ManyDotsBench", "MatrixBench", "TextBench", "TexBench"];
string mode = args.Length > 0 ? args[0] : "run";
var flags = new Dictionary<string, string>();
var positional = new List<string>();
for (int i = 1; i < args.Length; i++)
{
    if (args[i] is "--quick" or "--no-floor") flags[args[i]] = "1";
    else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) flags[args[i]] = args[++i];
    else positional.Add(args[i]);
}
string? Flag(string name) => flags.GetValueOrDefault(name);
int? IntFlag(string name) => Flag(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : null;
var encoder = new EncoderOptions(Flag("--preset"), IntFlag("--crf"));

switch (mode)
{
    case "render":
        Console.WriteLine(JsonSerializer.Serialize(
            Measure.Render(positional[0], BenchQuality.Parse(positional[1]), IntFlag("--jobs") ?? 0, encoder), Driver.Json));
        return 0;
    case "floor":
        Console.WriteLine(JsonSerializer.Serialize(Measure.Floor(positional[0], BenchQuality.Parse(positional[1]), encoder), Driver.Json));
        return 0;
    case "run":
        bool quick = Flag("--quick") is not null;
        var available = defaultScenes.Where(Exists).ToList();
        var skipped = defaultScenes.Except(available).ToList();
        if (skipped.Count > 0) Console.WriteLine($"Not yet available here (needs Text/Tex/DecimalNumber): {string.Join(", ", skipped)}");
        var options = new DriverOptions(
            (IReadOnlyList<string>?)Flag("--scenes")?.Split(',') ?? available,
            (Flag("--qualities") ?? "480p15,1080p60").Split(',').Select(BenchQuality.Parse).ToList(),
            IntFlag("--runs") ?? (quick ? 1 : 3),
            IntFlag("--jobs") ?? 0,
            encoder,
            Flag("--no-floor") is not null,
            Flag("--results") ?? "bench/results",
            Flag("--readme") ?? "bench/README.md",
            Flag("--label") ?? (quick ? "quick" : null));
        return Driver.Run(options);
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': use run, render or floor.");
        return 2;
}

static bool Exists(string scene)
{
    try
    {
        Measure.CreateScene(scene);
        return true;
    }
    catch (ArgumentException)
    {
        return false;
    }
}
