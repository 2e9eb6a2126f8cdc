using AnimLib.Capture;
using AnimLib.Display;
using AnimLib.Geometry;

namespace AnimLib.Scenes;

/// <summary>How a scene is rendered: resolution, frame rate, background.</summary>
/// <param name="PixelWidth">Frame width in pixels, 16 to 7680.</param>
/// <param name="PixelHeight">Frame height in pixels, 16 to 7680.</param>
/// <param name="Fps">Frames per second, 1 to 240.</param>
/// <exception cref="ArgumentOutOfRangeException">A size or the frame rate is outside <see cref="RenderLimits"/>.</exception>
public sealed record SceneSettings(int PixelWidth = 1920, int PixelHeight = 1080, double Fps = 60)
{
    // The initializers check the constructor's arguments and the init accessors check a copy made with `with`, so no
    // SceneSettings outside the limits exists (the initializer writes the field, bypassing the accessor).

    /// <summary>Frame width in pixels, 16 to 7680.</summary>
    public int PixelWidth { get; init => field = RenderLimits.CheckPixelSize(value, nameof(PixelWidth)); }
        = RenderLimits.CheckPixelSize(PixelWidth, nameof(PixelWidth));

    /// <summary>Frame height in pixels, 16 to 7680.</summary>
    public int PixelHeight { get; init => field = RenderLimits.CheckPixelSize(value, nameof(PixelHeight)); }
        = RenderLimits.CheckPixelSize(PixelHeight, nameof(PixelHeight));

    /// <summary>Frames per second, 1 to 240.</summary>
    public double Fps { get; init => field = RenderLimits.CheckFps(value, nameof(Fps)); } = RenderLimits.CheckFps(Fps, nameof(Fps));

    /// <summary>Background colour (black by default).</summary>
    public Color Background { get; init; } = Palette.Black;

    /// <summary>Opacity of the background: 1 (default) for an opaque video, 0 for a transparent one (see <c>RenderJob.Transparent</c>).</summary>
    public double BackgroundOpacity { get; init; } = 1;

    /// <summary>Overrides the scene's <see cref="Scene.RandomSeed"/> when set.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>Width of the default camera frame in scene units: 8 units tall, aspect from the resolution.</summary>
    public double FrameWidth => Constants.FrameHeight * PixelWidth / PixelHeight;

    /// <summary>The picture a snapshot of this scene is taken for: pixel size and background.</summary>
    public FrameFormat Frame => new(PixelWidth, PixelHeight) { Background = Background, BackgroundOpacity = BackgroundOpacity };
}
