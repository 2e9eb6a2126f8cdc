namespace AnimLib.Rendering;

/// <summary>
/// A bitmap painted through an affine map from image pixels to frame pixels: image pixel (u, v) lands at
/// (XX·u + XY·v + X0, YX·u + YY·v + Y0). Under perspective the map is fitted to three projected corners.
/// </summary>
public sealed class ImageItem : DisplayItem
{
    /// <summary>The pixels (shared between frames; never modified).</summary>
    public required RasterImage Image { get; init; }

    /// <summary>The affine map as (XX, YX, XY, YY, X0, Y0), cairo's matrix order.</summary>
    public required float[] Matrix { get; init; }

    /// <summary>Opacity multiplier in [0, 1].</summary>
    public float Opacity { get; init; } = 1;

    /// <inheritdoc/>
    public override bool ContentEquals(DisplayItem other) =>
        other is ImageItem i && ReferenceEquals(Image, i.Image) && Opacity == i.Opacity && Matrix.AsSpan().SequenceEqual(i.Matrix);
}
