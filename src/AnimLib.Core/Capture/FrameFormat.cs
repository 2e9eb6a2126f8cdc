using AnimLib.Geometry;

namespace AnimLib.Capture;

/// <summary>
/// The picture a snapshot is taken for: its size in pixels and the background behind every mobject. A scene's
/// <c>SceneSettings.Frame</c> gives the one it renders at.
/// </summary>
/// <param name="PixelWidth">Width of the frame in pixels.</param>
/// <param name="PixelHeight">Height of the frame in pixels.</param>
public sealed record FrameFormat(int PixelWidth, int PixelHeight)
{
    /// <summary>The background colour (black, as in Manim).</summary>
    public Color Background { get; init; } = Palette.Black;

    /// <summary>The background's opacity: 1 for video, 0 for a transparent PNG or MOV.</summary>
    public double BackgroundOpacity { get; init; } = 1;

    /// <summary>Width of the visible frame in scene units; its height is always <see cref="Constants.FrameHeight"/>.</summary>
    public double FrameWidth => Constants.FrameHeight * PixelWidth / PixelHeight;
}
