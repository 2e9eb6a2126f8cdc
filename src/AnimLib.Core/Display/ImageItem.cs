using System.IO.Hashing;

namespace AnimLib.Display;

/// <summary>
/// A bitmap painted through a projective map from image pixels to frame pixels: image pixel (u, v) lands at
/// ((SX·u + KX·v + TX) / w, (KY·u + SY·v + TY) / w) with w = P0·u + P1·v + P2. An image seen in perspective is the
/// exact homography of its four projected corners; a flat one has P0 = P1 = 0 and P2 = 1 (an affine map).
/// </summary>
public sealed class ImageItem : DisplayItem
{
    /// <summary>The pixels (shared between frames; never modified).</summary>
    public required RasterImage Image { get; init; }

    /// <summary>The 3×3 map, row by row: (SX, KX, TX, KY, SY, TY, P0, P1, P2), Skia's matrix order.</summary>
    public required float[] Matrix { get; init; }

    /// <summary>Opacity multiplier in [0, 1].</summary>
    public float Opacity { get; init; } = 1;

    /// <inheritdoc/>
    public override bool ContentEquals(DisplayItem other) =>
        other is ImageItem i && ReferenceEquals(Image, i.Image) && Opacity == i.Opacity && Matrix.AsSpan().SequenceEqual(i.Matrix);

    /// <inheritdoc/>
    public override void AppendHash(NonCryptographicHashAlgorithm hash)
    {
        hash.AppendInt32(3);
        hash.AppendSingle(Opacity);
        hash.AppendFloats(Matrix);
        hash.AppendInt32(Image.Width);
        hash.AppendInt32(Image.Height);
        hash.Append(Image.Pixels);
    }

    /// <inheritdoc/>
    /// <remarks>The bitmap is shared between frames, not copied per frame, so only the matrix counts.</remarks>
    public override long EstimatedBytes => ObjectBytes + sizeof(float) * Matrix.Length;

    /// <inheritdoc/>
    public override void PaintOn(IDisplayItemPainter painter) => painter.Paint(this);
}
