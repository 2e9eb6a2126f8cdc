using System.Numerics;

namespace AnimLib;

/// <summary>
/// Three perpendicular number lines through the origin (x, y, z; GREY_B, width 2, one tick per unit), one scene unit
/// per unit, with ManimGL's default ranges x ∈ [−6, 6], y ∈ [−5, 5], z ∈ [−4, 4]. Each axis is a group of its line and
/// its ticks; <see cref="CoordsToPoint"/> maps coordinates to scene points (and follows the axes when they are moved or
/// scaled).
/// </summary>
/// <remarks>Built from lines: tick labels and the 2D <c>Axes</c> options (tips, number labels) are not provided here.</remarks>
public class ThreeDAxes : VGroup
{
    private const float TickHalfLength = 0.1f;

    /// <summary>Invisible reference points: the origin and the three unit points.</summary>
    private VMobject _frame;

    /// <summary>Creates the axes; each range is (min, max, step between ticks).</summary>
    public ThreeDAxes((double Min, double Max, double Step)? xRange = null, (double Min, double Max, double Step)? yRange = null,
        (double Min, double Max, double Step)? zRange = null, Color? color = null, double strokeWidth = 2)
    {
        XRange = xRange ?? (-6, 6, 1);
        YRange = yRange ?? (-5, 5, 1);
        ZRange = zRange ?? (-4, 4, 1);
        var c = color ?? Palette.GreyB;
        XAxis = BuildAxis(XRange, Directions.Right, Directions.Up, c, strokeWidth);
        YAxis = BuildAxis(YRange, Directions.Up, Directions.Right, c, strokeWidth);
        ZAxis = BuildAxis(ZRange, Directions.Out, Directions.Right, c, strokeWidth);
        AddCore([XAxis, YAxis, ZAxis]);
        // Three reference points (origin and the unit points) let CoordsToPoint follow any affine move of the axes.
        _frame = new VMobject { StrokeOpacity = 0, FillOpacity = 0 };
        _frame.Points = [Vector3.Zero, Directions.Right, Directions.Up, Directions.Out];
        AddCore([_frame]);
    }

    /// <summary>The x axis: its line, then its ticks.</summary>
    public VGroup XAxis { get; private set; }

    /// <summary>The y axis: its line, then its ticks.</summary>
    public VGroup YAxis { get; private set; }

    /// <summary>The z axis: its line, then its ticks.</summary>
    public VGroup ZAxis { get; private set; }

    /// <summary>x range (min, max, tick step).</summary>
    public (double Min, double Max, double Step) XRange { get; }

    /// <summary>y range (min, max, tick step).</summary>
    public (double Min, double Max, double Step) YRange { get; }

    /// <summary>z range (min, max, tick step).</summary>
    public (double Min, double Max, double Step) ZRange { get; }

    /// <summary>The scene point of coordinates (<paramref name="x"/>, <paramref name="y"/>, <paramref name="z"/>).</summary>
    public Vector3 CoordsToPoint(double x, double y, double z = 0)
    {
        var p = _frame.Points;
        return p[0] + (p[1] - p[0]) * (float)x + (p[2] - p[0]) * (float)y + (p[3] - p[0]) * (float)z;
    }

    /// <summary>Short alias of <see cref="CoordsToPoint"/>.</summary>
    public Vector3 C2p(double x, double y, double z = 0) => CoordsToPoint(x, y, z);

    /// <summary>The axes as a list: x, y, z.</summary>
    public IReadOnlyList<VGroup> GetAxes() => [XAxis, YAxis, ZAxis];

    private static VGroup BuildAxis((double Min, double Max, double Step) range, Vector3 direction, Vector3 tickDirection, Color color, double width)
    {
        if (!(range.Step > 0)) throw new ArgumentOutOfRangeException(nameof(range), range, "The tick step of an axis range must be positive.");
        var axis = new VGroup(new Line(direction * (float)range.Min, direction * (float)range.Max, color: color, strokeWidth: width));
        for (double t = Math.Ceiling(range.Min / range.Step) * range.Step; t <= range.Max + 1e-9; t += range.Step)
        {
            if (Math.Abs(t) < 1e-9) continue;
            var at = direction * (float)t;
            axis.Add(new Line(at - tickDirection * TickHalfLength, at + tickDirection * TickHalfLength, color: color, strokeWidth: width));
        }
        return axis;
    }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        if (original is not ThreeDAxes o) return;
        XAxis = Remap(o.XAxis, map);
        YAxis = Remap(o.YAxis, map);
        ZAxis = Remap(o.ZAxis, map);
        _frame = Remap(o._frame, map);
    }
}
