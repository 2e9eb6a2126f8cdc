using System.Globalization;
using System.Text;

namespace AnimLib.Bench;

/// <summary>
/// The <c>encoders</c> report as markdown: a table per scene and quality, and per quality two candidate settings picked
/// by simple rules (stated in <see cref="Choices"/>); the reasoning about which default to take is left to the reader.
/// </summary>
internal static class EncoderCurveTables
{
    public const string BeginMarker = "<!-- encoder-curve:begin -->";
    public const string EndMarker = "<!-- encoder-curve:end -->";

    /// <summary>How much larger than the default's files both rules accept: a setting that buys SSIM with far bigger files is no candidate for a default.</summary>
    private const double SizeTolerance = 1.25;

    /// <summary>Every table and choice line, with a line saying where and with what they were measured.</summary>
    /// <param name="ssimTolerance">How far below the default's mean SSIM rule (a) still counts as "as good" (<c>--ssim-tolerance</c>).</param>
    public static string Render(EncoderCurveReport report, string jsonFile, double ssimTolerance)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"_{report.When:yyyy-MM-dd HH:mm} UTC, {report.Cores} cores, {report.Ffmpeg ?? "ffmpeg"}; {report.Codec} {report.PixelFormat}, " +
            $"input: the renderer's own yuv420p frames; SSIM against them; default {report.DefaultPreset} crf {report.DefaultCrf}; `{jsonFile}`_");
        foreach (var quality in report.Rows.GroupBy(r => r.Quality))
        {
            foreach (var scene in quality.GroupBy(r => r.Scene))
                AppendTable(sb, scene.ToList());
            sb.AppendLine();
            sb.AppendLine(Choices(quality.Key, quality.ToList(), ssimTolerance));
        }
        return sb.ToString();
    }

    /// <summary>
    /// Puts <paramref name="tables"/> between <see cref="BeginMarker"/> and <see cref="EndMarker"/> in the markdown file (which
    /// must exist), replacing what was there, or appends them under a new "## Encoder settings" section when the markers are
    /// absent.
    /// </summary>
    public static void WriteInto(string path, string tables) =>
        MarkedSection.Write(path, BeginMarker, EndMarker, "## Encoder settings", tables);

    private static void AppendTable(StringBuilder sb, List<EncoderCurveRow> rows)
    {
        var first = rows[0];
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"### {first.Scene} {first.Quality} ({first.Width}x{first.Height}, {first.Frames} frames)");
        sb.AppendLine();
        sb.AppendLine("| preset | crf | tune | CPU s | wall s | size KiB | kbit/s | SSIM (All) | SSIM dB |");
        sb.AppendLine("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in Ordered(rows))
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Preset}{(r.IsDefault ? " (default)" : "")} | {r.Crf} | {r.Tune ?? "–"} | {r.CpuSeconds:0.00} | {r.WallSeconds:0.00} | " +
                $"{r.Bytes / 1024.0:0.0} | {r.Kbps:0} | {r.SsimAll:0.00000} | {Db(r.SsimDb)} |");
    }

    /// <summary>Fastest preset first (x264's order, not the alphabet), then crf, the untuned row before the tuned one.</summary>
    private static IEnumerable<EncoderCurveRow> Ordered(IEnumerable<EncoderCurveRow> rows) => rows
        .OrderBy(r => Array.IndexOf(EncoderCurveOptions.X264Presets, r.Preset))
        .ThenBy(r => r.Crf)
        .ThenBy(r => r.Tune is null ? 0 : 1);

    /// <summary>
    /// One line for a quality level. Each setting is first summed over the scenes measured at that quality (CPU seconds and
    /// bytes added up, SSIM averaged), then two settings are picked, both measured against the default's sums:
    /// (a) the cheapest (least CPU) whose SSIM is at least the default's minus <paramref name="ssimTolerance"/> and whose
    /// size is at most <see cref="SizeTolerance"/> times the default's: "as good and not much larger, for less work";
    /// (b) the highest SSIM whose CPU is at most the default's and whose size is at most <see cref="SizeTolerance"/> times
    /// the default's: "better for the same work". Without that size bound (b) is always the fastest preset at the lowest
    /// crf, whose SSIM comes from spending several times the bits.
    /// The default always qualifies for both, so each rule has an answer; CPU differences of a few percent are within the
    /// noise of one run and should not decide alone.
    /// </summary>
    private static string Choices(string quality, List<EncoderCurveRow> rows, double ssimTolerance)
    {
        var sums = rows.GroupBy(r => r.Setting)
            .Select(g => new Sum(g.Key, g.Count(), g.Sum(r => r.CpuSeconds), g.Sum(r => r.Bytes), g.Average(r => r.SsimAll), g.Any(r => r.IsDefault)))
            .ToList();
        var standard = sums.FirstOrDefault(s => s.IsDefault);
        if (standard is null) return $"**{quality}**: the default setting was not measured, so nothing is compared with it.";
        var cheapest = sums
            .Where(s => s.Ssim >= standard.Ssim - ssimTolerance && s.Bytes <= SizeTolerance * standard.Bytes)
            .OrderBy(s => s.Cpu).ThenByDescending(s => s.Ssim).First();
        var best = sums
            .Where(s => s.Cpu <= standard.Cpu && s.Bytes <= SizeTolerance * standard.Bytes)
            .OrderByDescending(s => s.Ssim).ThenBy(s => s.Cpu).First();
        return string.Create(CultureInfo.InvariantCulture,
            $"**{quality}** ({standard.Scenes} scene(s); default {standard.Setting}: {Describe(standard, null)}): " +
            $"(a) cheapest with SSIM >= default - {ssimTolerance} and size <= {SizeTolerance}x: {cheapest.Setting}, {Describe(cheapest, standard)}; " +
            $"(b) best SSIM with CPU <= default and size <= {SizeTolerance}x: {best.Setting}, {Describe(best, standard)}.");
    }

    private static string Describe(Sum s, Sum? relativeTo) => relativeTo is null
        ? string.Create(CultureInfo.InvariantCulture, $"CPU {s.Cpu:0.00} s, {s.Bytes / 1024.0:0} KiB, SSIM {s.Ssim:0.00000}")
        : string.Create(CultureInfo.InvariantCulture,
            $"CPU {s.Cpu:0.00} s ({s.Cpu / relativeTo.Cpu:0.00}x), {s.Bytes / 1024.0:0} KiB ({(double)s.Bytes / relativeTo.Bytes:0.00}x), " +
            $"SSIM {s.Ssim:0.00000} ({s.Ssim - relativeTo.Ssim:+0.00000;-0.00000;0})");

    private static string Db(double db) => double.IsFinite(db) ? db.ToString("0.00", CultureInfo.InvariantCulture) : "inf";

    /// <summary>One setting summed over the scenes of a quality level.</summary>
    private sealed record Sum(EncoderSetting Setting, int Scenes, double Cpu, long Bytes, double Ssim, bool IsDefault);
}
