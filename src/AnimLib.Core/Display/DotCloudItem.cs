using AnimLib.Mobjects;

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
}
