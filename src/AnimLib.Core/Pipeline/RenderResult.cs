using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>What a render produced.</summary>
/// <param name="OutputPath">The file written.</param>
/// <param name="Frames">Frames written (1 for a still).</param>
/// <param name="FramesRasterized">Frames actually rasterized (identical consecutive frames are reused).</param>
/// <param name="Segments">Plays and waits in the scene.</param>
/// <param name="Duration">Video length in seconds.</param>
/// <param name="WallTime">Time the render took.</param>
public sealed record RenderResult(string OutputPath, int Frames, int FramesRasterized, int Segments, double Duration, TimeSpan WallTime)
{
    /// <summary>Where the time went, stage by stage (null for a still).</summary>
    public RenderStageTimes? Times { get; init; }

    /// <summary>Segments rasterized and encoded by this render (the partial-movie cache supplied the rest).</summary>
    public int SegmentsEncoded { get; init; }

    /// <summary>Segments whose video was reused from the partial-movie cache.</summary>
    public int SegmentsFromCache { get; init; }

    /// <summary>The <c>.srt</c> file written beside the video, if the scene has subcaptions.</summary>
    public string? SubtitlePath { get; init; }

    /// <summary>The JSON index of the section videos (<c>--save-sections</c>).</summary>
    public string? SectionIndexPath { get; init; }

    /// <summary>The section videos written (<c>--save-sections</c>).</summary>
    public IReadOnlyList<SectionFile> Sections { get; init; } = [];

    /// <summary>
    /// True when the scene played nothing and, as <see cref="RenderJob.StillWhenEmpty"/> asked, its last frame was written
    /// as a PNG at <see cref="OutputPath"/> instead of a video.
    /// </summary>
    public bool StillOfEmptyScene { get; init; }

    /// <summary>The scene's animations (plays and waits) with their frame counts: filled by a dry run.</summary>
    public IReadOnlyList<SegmentInfo> Animations { get; init; } = [];
}
