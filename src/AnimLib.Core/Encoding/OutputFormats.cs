namespace AnimLib.Encoding;

/// <summary>Names, file extensions and encoder settings of each <see cref="OutputFormat"/>.</summary>
public static class OutputFormats
{
    /// <summary>The format names <see cref="TryParse"/> accepts, in the order they are listed to users.</summary>
    public static IReadOnlyList<string> Names { get; } = ["mp4", "mov", "webm", "gif", "png"];

    /// <summary>Parses a format name (case-insensitive).</summary>
    public static bool TryParse(string? text, out OutputFormat format) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out format) && Enum.IsDefined(format) && !int.TryParse(text, out _);

    /// <summary>The file extension, with its dot (<c>.mp4</c>); empty for a PNG sequence, which is a folder.</summary>
    public static string Extension(this OutputFormat format) => format == OutputFormat.Png ? "" : "." + format.ToString().ToLowerInvariant();

    /// <summary>True when the format can carry an alpha channel, which a transparent background needs.</summary>
    public static bool SupportsTransparency(this OutputFormat format) => format is OutputFormat.Mov or OutputFormat.Webm or OutputFormat.Png;

    /// <summary>True when the format is encoded as per-animation segments that the partial-movie cache can reuse.</summary>
    public static bool IsSegmented(this OutputFormat format) => format != OutputFormat.Png;

    /// <summary>
    /// What stops the format from encoding frames of this size, with or without alpha; null when nothing does. The one
    /// place these rules are checked: <see cref="VideoSettingsFor"/> throws what this finds, and a front end can call it
    /// first to report every bad setting before any work.
    /// </summary>
    public static OutputFormatProblem? FindProblem(this OutputFormat format, int width, int height, bool transparent)
    {
        string name = format.ToString().ToLowerInvariant();
        if (transparent && !format.SupportsTransparency())
            return new OutputFormatProblem(OutputFormatProblemKind.NoAlphaChannel,
                $"{name} has no alpha channel for a transparent background: use mov, webm or png.");
        string pixelFormat = EncoderOf(format, transparent).PixelFormat;
        if (VideoSettings.IsOddSizeFor(pixelFormat, width, height))
            return new OutputFormatProblem(OutputFormatProblemKind.OddFrameSize,
                $"{name} needs an even width and height; {width}x{height} is not (try {width + width % 2}x{height + height % 2}).");
        return null;
    }

    /// <summary>
    /// Encoder settings for the video (or, for GIF, the lossless intermediate segments its palette passes read).
    /// </summary>
    /// <exception cref="OutputFormatException"><see cref="FindProblem"/> finds a problem: transparency was asked of a
    /// format without alpha, or the size is odd for a 4:2:0 pixel format.</exception>
    public static VideoSettings VideoSettingsFor(this OutputFormat format, int width, int height, double fps, bool transparent,
        int crf = 18, string preset = "medium")
    {
        if (format.FindProblem(width, height, transparent) is { } problem) throw new OutputFormatException(problem);
        var (codec, pixelFormat) = EncoderOf(format, transparent);
        return new VideoSettings(width, height, fps) { Codec = codec, PixelFormat = pixelFormat, Crf = crf, Preset = preset };
    }

    /// <summary>The ffmpeg encoder and pixel format of a format (transparency only where it is supported).</summary>
    private static (string Codec, string PixelFormat) EncoderOf(OutputFormat format, bool transparent) => format switch
    {
        OutputFormat.Mp4 => ("libx264", "yuv420p"),
        OutputFormat.Mov => transparent ? ("prores_ks", "yuva444p10le") : ("libx264", "yuv420p"),
        OutputFormat.Webm => ("libvpx-vp9", transparent ? "yuva420p" : "yuv420p"),
        // Lossless RGB segments: the GIF palette is computed from exactly the rendered colours.
        OutputFormat.Gif => ("qtrle", "rgb24"),
        _ => ("png", transparent ? "rgba" : "rgb24"),
    };

    /// <summary>File extension of the per-animation segment files of a format (GIF segments are lossless QuickTime).</summary>
    public static string SegmentExtension(this OutputFormat format) => format == OutputFormat.Gif ? ".mov" : format.Extension();
}
