using System.Globalization;

namespace AnimLib.Cli;

/// <summary>A frame's size in pixels, written <c>W,H</c> as <c>--resolution</c> takes it.</summary>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
public readonly record struct FrameSize(int Width, int Height)
{
    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Width},{Height}");
}
