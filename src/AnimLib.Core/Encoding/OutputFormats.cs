namespace AnimLib.Encoding;

/// <summary>Names, file extensions and encoder settings of each <see cref="OutputFormat"/>.</summary>
public static class OutputFormats
{
    /// <summary>The names <c>--format</c> accepts, in the order they are listed to users.</summary>
    public static IReadOnlyList<string> Names { get; } = ["mp4", "mov", "webm", "gif", "png"];

    /// <summary>Parses a format name (case-insensitive).</summary>
    public static bool TryParse(string? text, out OutputFormat format) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    /// <summary>The file extension, with its dot (<c>.mp4</c>); empty for a PNG sequence, which is a folder.</summary>
    public static string Extension(this OutputFormat format) => format == OutputFormat.Png ? "" : "." + format.ToString().ToLowerInvariant();

    /// <summary>True when the format can carry an alpha channel (<c>--transparent</c>).</summary>
    public static bool SupportsTransparency(this OutputFormat format) => format is OutputFormat.Mov or OutputFormat.Webm or OutputFormat.Png;

    /// <summary>True when the format is encoded as per-animation segments that the partial-movie cache can reuse.</summary>
    public static bool IsSegmented(this OutputFormat format) => format != OutputFormat.Png;

    /// <summary>
    /// Encoder settings for the video (or, for GIF, the lossless intermediate segments its palette passes read).
    /// </summary>
    /// <exception cref="NotSupportedException">Transparency was asked of a format without alpha.</exception>
    public static VideoSettings VideoSettingsFor(this OutputFormat format, int width, int height, double fps, bool transparent,
        int crf = 18, string preset = "medium")
    {
        if (transparent && !format.SupportsTransparency())
            throw new NotSupportedException(
                $"--transparent needs a format with an alpha channel: mov, webm or png (not {format.ToString().ToLowerInvariant()}).");
        var basic = new VideoSettings(width, height, fps) { Crf = crf, Preset = preset };
        return format switch
        {
            OutputFormat.Mp4 => basic,
            OutputFormat.Mov => transparent ? basic with { Codec = "prores_ks", PixelFormat = "yuva444p10le" } : basic,
            OutputFormat.Webm => basic with { Codec = "libvpx-vp9", PixelFormat = transparent ? "yuva420p" : "yuv420p" },
            // Lossless RGB segments: the GIF palette is computed from exactly the rendered colours.
            OutputFormat.Gif => basic with { Codec = "qtrle", PixelFormat = "rgb24" },
            _ => basic with { Codec = "png", PixelFormat = transparent ? "rgba" : "rgb24" },
        };
    }

    /// <summary>File extension of the per-animation segment files of a format (GIF segments are lossless QuickTime).</summary>
    public static string SegmentExtension(this OutputFormat format) => format == OutputFormat.Gif ? ".mov" : format.Extension();
}
