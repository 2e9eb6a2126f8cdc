namespace AnimLib;

/// <summary>How a scene is rendered: resolution, frame rate, background.</summary>
/// <param name="PixelWidth">Frame width in pixels.</param>
/// <param name="PixelHeight">Frame height in pixels.</param>
/// <param name="Fps">Frames per second.</param>
public sealed record SceneSettings(int PixelWidth = 1920, int PixelHeight = 1080, double Fps = 60)
{
    /// <summary>Background colour (black by default).</summary>
    public Color Background { get; init; } = Palette.Black;

    /// <summary>Opacity of the background: 1 (default) for an opaque video, 0 for a transparent one (<c>--transparent</c>).</summary>
    public double BackgroundOpacity { get; init; } = 1;

    /// <summary>Overrides the scene's <see cref="Scene.RandomSeed"/> when set.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>Width of the default camera frame in scene units: 8 units tall, aspect from the resolution.</summary>
    public double FrameWidth => Constants.FrameHeight * PixelWidth / PixelHeight;
}
