using System.IO.Hashing;

namespace AnimLib.Display;

/// <summary>
/// A cloud of round dots in pixel space: each dot is a disc of its own centre, radius and colour, painted in order.
/// Shaded dots get a radial gradient that makes them read as small spheres lit from the upper left.
/// </summary>
public sealed class DotCloudItem : DisplayItem
{
    /// <summary>Dot centres, x and y in pixels (y down) per dot.</summary>
    public required float[] Centers { get; init; }

    /// <summary>Dot radii in pixels, one per dot.</summary>
    public required float[] Radii { get; init; }

    /// <summary>Straight RGBA colours, four floats per dot.</summary>
    public required float[] Colors { get; init; }

    /// <summary>Strength in [0, 1] of the spherical shading (0: flat discs).</summary>
    public float Shading { get; init; }

    /// <summary>Number of dots.</summary>
    public int Count => Radii.Length;

    /// <inheritdoc/>
    public override bool ContentEquals(DisplayItem other) =>
        other is DotCloudItem d && Shading == d.Shading
        && Centers.AsSpan().SequenceEqual(d.Centers) && Radii.AsSpan().SequenceEqual(d.Radii) && Colors.AsSpan().SequenceEqual(d.Colors);

    /// <inheritdoc/>
    public override void AppendHash(NonCryptographicHashAlgorithm hash)
    {
        hash.AppendInt32(2);
        hash.AppendSingle(Shading);
        hash.AppendFloats(Centers);
        hash.AppendFloats(Radii);
        hash.AppendFloats(Colors);
    }

    /// <inheritdoc/>
    public override long EstimatedBytes => ObjectBytes + sizeof(float) * (Centers.Length + Radii.Length + Colors.Length);

    /// <inheritdoc/>
    public override void PaintOn(IDisplayItemPainter painter) => painter.Paint(this);

    internal override void Recycle(DisplayArrayPool pool)
    {
        pool.Return(Centers);
        pool.Return(Radii);
        pool.Return(Colors);
    }
}
