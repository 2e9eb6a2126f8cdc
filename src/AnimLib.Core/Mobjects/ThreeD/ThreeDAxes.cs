using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// <see cref="Axes"/> with a third number line along z (ManimGL's <c>ThreeDAxes</c>): default ranges x ∈ [−6, 6],
/// y ∈ [−5, 5], z ∈ [−4, 4], one scene unit per unit. The z axis is turned out of the screen through the data origin, its
/// ticks lying in the xz plane. <see cref="CoordsToPoint(double, double, double)"/> follows the axes when they are moved,
/// scaled or rotated.
/// </summary>
public class ThreeDAxes : Axes
{
    /// <summary>Creates the axes; each range is (min, max, tick step).</summary>
    public ThreeDAxes(AxisRange? xRange = null, AxisRange? yRange = null, AxisRange? zRange = null, double unitSize = 1,
        NumberLineConfig? axisConfig = null, NumberLineConfig? zAxisConfig = null)
        : base(xRange ?? new AxisRange(-6, 6, 1), yRange ?? new AxisRange(-5, 5, 1), unitSize: unitSize, axisConfig: axisConfig)
    {
        ZRange = (zRange ?? new AxisRange(-4, 4, 1)).Validate("ThreeDAxes z range");
        var config = NumberLineConfig.Default.Merge(axisConfig).Merge(zAxisConfig);
        var z = new NumberLine(ZRange, unitSize, null, config);
        z.Shift(-z.N2P(0));
        // As in ManimGL: point the line out of the screen, then turn its ticks to lie along x.
        z.Rotate(-Math.PI / 2, Directions.Up, aboutPoint: Vector3.Zero);
        z.Rotate(-Math.PI / 2, Directions.Out, aboutPoint: Vector3.Zero);
        z.Shift(XAxis.N2P(0));
        ZAxis = z;
        this.Add(z);
    }

    /// <summary>z range and step.</summary>
    public AxisRange ZRange { get; }

    /// <summary>The z axis.</summary>
    public NumberLine ZAxis { get; private set; }

    /// <summary>The z axis.</summary>
    public NumberLine GetZAxis() => ZAxis;

    /// <summary>All three axes.</summary>
    public new VGroup<NumberLine> GetAxes() => new(XAxis, YAxis, ZAxis);

    /// <summary>Scene point of data coordinates (x, y, z).</summary>
    public Vector3 CoordsToPoint(double x, double y, double z)
    {
        var origin = GetOrigin();
        return origin + (XAxis.N2P(x) - origin) + (YAxis.N2P(y) - origin) + (ZAxis.N2P(z) - origin);
    }

    /// <summary>Short alias of <see cref="CoordsToPoint(double, double, double)"/>.</summary>
    public Vector3 C2P(double x, double y, double z) => CoordsToPoint(x, y, z);

    /// <summary>Data coordinates of a scene point (each axis projects the point onto itself).</summary>
    public new (double X, double Y, double Z) PointToCoords(Vector3 point) => (XAxis.P2N(point), YAxis.P2N(point), ZAxis.P2N(point));

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        ZAxis = Remap(ZAxis, map);
    }
}
