using AnimLib.Encoding;
using AnimLib.Output;
using AnimLib.Rendering;
using AnimLib.Scenes;

namespace AnimLib.Pipeline;

/// <summary>Everything <see cref="SceneRenderer.Render"/> needs to know beyond the scene: format, encoder, cache, range, sections.</summary>
/// <param name="Settings">Resolution, frame rate, background, seed.</param>
/// <param name="OutputPath">The video file (a folder for a PNG sequence).</param>
public sealed record RenderJob(SceneSettings Settings, string OutputPath)
{
    /// <summary>Container and codec family.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Mp4;

    /// <summary>Keep an alpha channel (mov, webm, png only); the background is then fully transparent.</summary>
    public bool Transparent { get; init; }

    /// <summary>Encoder constant rate factor.</summary>
    public int Crf { get; init; } = 18;

    /// <summary>Encoder preset (x264's names).</summary>
    public string Preset { get; init; } = "medium";

    /// <summary>Folder of the partial-movie cache; null disables caching (segments go to a scratch folder that is removed).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Empty the cache folder before rendering.</summary>
    public bool FlushCache { get; init; }

    /// <summary>Most segment files the cache keeps (0: no limit).</summary>
    public int MaxFilesCached { get; init; } = 100;

    /// <summary>Most bytes the cache keeps (0: no limit).</summary>
    public long MaxCacheBytes { get; init; }

    /// <summary>
    /// Most bytes of display lists held for segments not yet encoded; a longer segment is cut into pieces, each cached on its
    /// own (see <see cref="SegmentedVideoOutput.MemoryBudget"/>).
    /// </summary>
    public long SegmentMemoryBudget { get; init; } = 256L * 1024 * 1024;

    /// <summary>Index of the first animation (play or wait) written; earlier ones run but are not rasterized.</summary>
    public int FromAnimation { get; init; }

    /// <summary>Index of the last animation written; the scene stops after it (null: to the end).</summary>
    public int? UpToAnimation { get; init; }

    /// <summary>
    /// Render only this shard's share of the segments into the partial-movie cache and join nothing: the segments are dealt
    /// to the shards by their frame counts (see <see cref="ShardSpec"/>). Run every shard (on any machines sharing the cache
    /// folder), then a plain render joins them without encoding anything. Needs the cache.
    /// </summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>Also write one video per section and a JSON index (in a <c>sections</c> folder beside the video).</summary>
    public bool SaveSections { get; init; }

    /// <summary>Progress of rasterizing and encoding.</summary>
    public IRenderProgress? Progress { get; init; }

    /// <summary>Receives informational messages (cache decisions, files written).</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Receives warnings: a cached segment that failed its check and is encoded again.</summary>
    public Action<string>? Warning { get; init; }

    /// <summary>Cancelling stops the render, removes its temporary files and leaves earlier outputs as they were.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// Rasterizing threads of the frame stage (0: one per processor). Every count writes the same pixels, so it is not
    /// part of a segment's cache key.
    /// </summary>
    public int Jobs { get; init; } = 1;

    /// <summary>Makes the canvas of each rasterizing thread; null for a Skia canvas (a test may wrap one).</summary>
    public Func<ICanvas>? CanvasFactory { get; init; }

    /// <summary>
    /// Encoder settings replacing those <see cref="Format"/> implies (codec, pixel format, CRF, preset), for a caller
    /// that tunes the encoder itself (<c>SceneRenderer.RenderVideo</c>'s <c>video</c> argument, the bench).
    /// </summary>
    public VideoSettings? Encoder { get; init; }

    /// <summary>Write one frame as a PNG at <see cref="RenderJob.OutputPath"/> instead of a video.</summary>
    public StillFrame? Still { get; init; }

    /// <summary>Only play the scene's logic (no frame is built, nothing is written); the result lists the animations.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Where a video or PNG-sequence render writes the scene's last frame as a PNG when the scene plays nothing (its
    /// <c>Construct</c> never calls <c>Play</c> or <c>Wait</c>), as Manim does; the result then says so
    /// (<see cref="RenderResult.StillOfEmptyScene"/>). Null (the default): such a scene throws
    /// <see cref="SceneHasNoFramesException"/>, since a caller asking for a video may not expect a PNG.
    /// </summary>
    public string? StillWhenEmpty { get; init; }

    /// <summary>
    /// The scene settings with the job's transparency applied: the one place <see cref="Transparent"/> reaches the
    /// background. Stills and dry runs of the same job use these too, so they show what the video would.
    /// </summary>
    public SceneSettings EffectiveSettings => Transparent ? Settings with { BackgroundOpacity = 0 } : Settings;

    /// <summary>
    /// The encoder settings of the job: those of its format, size, rate, transparency, CRF and preset, or
    /// <see cref="Encoder"/> when set. The format is checked against the frames either way.
    /// </summary>
    /// <exception cref="OutputFormatException">The format cannot hold these frames (<see cref="OutputFormats.FindProblem"/>).</exception>
    public VideoSettings Video
    {
        get
        {
            var implied = Format.VideoSettingsFor(Settings.PixelWidth, Settings.PixelHeight, Settings.Fps, Transparent, Crf, Preset);
            return Encoder ?? implied;
        }
    }
}
