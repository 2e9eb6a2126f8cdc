namespace AnimLib.Encoding;

/// <summary>What <c>animlib render --format</c> writes.</summary>
public enum OutputFormat
{
    /// <summary>H.264 in MP4 (yuv420p): plays everywhere. No alpha.</summary>
    Mp4,

    /// <summary>QuickTime: H.264, or ProRes 4444 with alpha when transparent.</summary>
    Mov,

    /// <summary>VP9 in WebM: yuv420p, or yuva420p with alpha when transparent.</summary>
    Webm,

    /// <summary>Animated GIF with a palette generated from the whole video (two ffmpeg passes).</summary>
    Gif,

    /// <summary>A folder of numbered PNG files, one per frame (with alpha when transparent).</summary>
    Png,
}
