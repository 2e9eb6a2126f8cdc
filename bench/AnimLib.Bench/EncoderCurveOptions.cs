using System.Globalization;

namespace AnimLib.Bench;

/// <summary>
/// The <c>encoders</c> command line: <c>[--scenes A,B] [--qualities 480p15,1080p60] [--presets ultrafast,...]
/// [--crfs 16,18,20,23] [--tune-crfs 18,20|none] [--ssim-tolerance 0.001] [--out DIR] [--markdown FILE]</c>.
/// </summary>
/// <param name="SsimTolerance">How far below the default's SSIM a cheaper setting still counts as as good (choice (a)).</param>
internal sealed record EncoderCurveOptions(IReadOnlyList<string> Scenes, IReadOnlyList<BenchQuality> Qualities,
    IReadOnlyList<string> Presets, IReadOnlyList<int> Crfs, IReadOnlyList<int> TuneCrfs, double SsimTolerance, string OutDir, string? MarkdownPath)
{
    /// <summary>x264's presets from fastest to slowest: the order tables list them in, and the names accepted.</summary>
    public static readonly string[] X264Presets =
        ["ultrafast", "superfast", "veryfast", "faster", "fast", "medium", "slow", "slower", "veryslow", "placebo"];

    /// <summary>The tune tried beside the plain rows: flat areas and sharp edges, which is what these scenes draw.</summary>
    public const string Tune = "animation";

    /// <summary>Reads the flags; <paramref name="defaultScenes"/> are used without <c>--scenes</c>.</summary>
    /// <exception cref="ArgumentException">An unknown preset, quality or scene, or a crf outside x264's 0..51.</exception>
    public static EncoderCurveOptions FromFlags(Func<string, string?> flag, IReadOnlyList<string> defaultScenes)
    {
        string[] scenes = flag("--scenes")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [.. defaultScenes];
        var qualities = (flag("--qualities") ?? "480p15,1080p60").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(BenchQuality.Parse).ToList();
        string[] presets = (flag("--presets") ?? "ultrafast,superfast,veryfast,faster,fast,medium,slow")
            .Split(',', StringSplitOptions.RemoveEmptyEntries);
        foreach (string preset in presets)
            if (!X264Presets.Contains(preset))
                throw new ArgumentException($"Unknown x264 preset '{preset}': use {string.Join(", ", X264Presets)}.");
        var crfs = ParseCrfs(flag("--crfs") ?? "16,18,20,23", "--crfs");
        string tuneCrfs = flag("--tune-crfs") ?? "18,20";
        double tolerance = ParseSsimTolerance(flag("--ssim-tolerance"));
        // A typo in a scene name would otherwise surface only after the first scenes' encodes, possibly an hour in.
        foreach (string scene in scenes) Measure.CreateScene(scene);
        if (MarkedSection.MissingTarget(flag("--markdown")) is { } missing) throw new ArgumentException(missing);
        return new EncoderCurveOptions(scenes, qualities, presets, crfs,
            tuneCrfs == "none" ? [] : ParseCrfs(tuneCrfs, "--tune-crfs"), tolerance, flag("--out") ?? "bench/results", flag("--markdown"));
    }

    /// <summary><c>--ssim-tolerance</c> (0.001 without it).</summary>
    /// <exception cref="ArgumentException">Not a number from 0 to 1.</exception>
    public static double ParseSsimTolerance(string? text)
    {
        text ??= "0.001";
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double tolerance) || tolerance is < 0 or >= 1)
            throw new ArgumentException($"--ssim-tolerance: '{text}' is not a number from 0 to 1 (an SSIM difference, e.g. 0.001).");
        return tolerance;
    }

    /// <summary>
    /// Every preset at every crf without a tune, then every preset with <see cref="Tune"/> at each of
    /// <see cref="TuneCrfs"/>; the renderer's default is added when the lists leave it out, since every choice is
    /// measured against it.
    /// </summary>
    public IReadOnlyList<EncoderSetting> Grid(EncoderSetting defaultSetting)
    {
        var grid = new List<EncoderSetting>();
        foreach (string preset in Presets)
        {
            grid.AddRange(Crfs.Select(crf => new EncoderSetting(preset, crf, null)));
            grid.AddRange(TuneCrfs.Select(crf => new EncoderSetting(preset, crf, Tune)));
        }
        if (!grid.Contains(defaultSetting)) grid.Add(defaultSetting);
        return grid.Distinct().ToList();
    }

    private static int[] ParseCrfs(string text, string name)
    {
        var values = text.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int crf) && crf is >= 0 and <= 51
                ? crf
                : throw new ArgumentException($"{name}: '{v}' is not a crf (a whole number from 0 to 51)."))
            .ToArray();
        return values.Length > 0 ? values : throw new ArgumentException($"{name} lists no crf.");
    }
}
