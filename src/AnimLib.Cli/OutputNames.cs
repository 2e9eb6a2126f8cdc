using System.Globalization;
using AnimLib.Encoding;

namespace AnimLib.Cli;

/// <summary>
/// The default paths under <c>--media-dir</c>. A render of part of a scene (<c>--from-animation</c>) or of one frame
/// (<c>--frame-at</c>) carries what it holds in its name, so it never replaces the scene's full video or last frame.
/// </summary>
internal static class OutputNames
{
    /// <summary>Where the render goes: <c>--output</c>, else the default path of what <paramref name="plan"/> writes.</summary>
    public static string Target(RenderPlan plan, string scene)
    {
        if (plan.Output is { } output) return output;
        var (videoFolder, imageFolder) = Folders(plan.Settings, scene);
        if (plan.Still) return Path.Combine(imageFolder, StillName(scene, plan.FrameAt));
        string stem = scene + RangeSuffix(plan.From, plan.UpTo);
        return plan.Settings.Format == OutputFormat.Png
            ? Path.Combine(imageFolder, stem + "_frames")
            : Path.Combine(videoFolder, stem + plan.Settings.Format.Extension());
    }

    /// <summary>
    /// Where a video of a scene that plays nothing writes its last frame instead: beside <c>--output</c> with the
    /// extension <c>.png</c>, else where <c>--last-frame</c> writes.
    /// </summary>
    public static string StillOfEmptyScene(RenderPlan plan, string scene) => plan.Output is { } output
        ? Path.ChangeExtension(output.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar), ".png")
        : Path.Combine(Folders(plan.Settings, scene).Images, StillName(scene, null));

    /// <summary>The scene's partial-movie cache, shared by every render of it at this size and rate.</summary>
    public static string CacheFolder(RenderSettings settings, string scene) => Path.Combine(Folders(settings, scene).Videos, "partial_movie_files");

    /// <summary><c>Scene.png</c> for the last frame, <c>Scene_t1.5.png</c> for the frame at 1.5 s.</summary>
    public static string StillName(string scene, double? frameAt) =>
        frameAt is { } at ? $"{scene}_t{at.ToString("0.###", CultureInfo.InvariantCulture)}.png" : scene + ".png";

    /// <summary>
    /// <c>_n2-3</c> for animations 2 to 3, <c>_n2-end</c> for 2 to the end, nothing for the whole scene (<c>-n 0</c> is
    /// the full video).
    /// </summary>
    public static string RangeSuffix(int from, int? upTo) => (from, upTo) switch
    {
        (0, null) => "",
        (_, null) => $"_n{from.ToString(CultureInfo.InvariantCulture)}-end",
        (_, { } last) => $"_n{from.ToString(CultureInfo.InvariantCulture)}-{last.ToString(CultureInfo.InvariantCulture)}",
    };

    private static (string Videos, string Images) Folders(RenderSettings settings, string scene)
    {
        string quality = Quality.FolderName(settings.Size.Height, settings.Fps);
        return (Path.Combine(settings.MediaDir, "videos", scene, quality), Path.Combine(settings.MediaDir, "images", scene, quality));
    }
}
