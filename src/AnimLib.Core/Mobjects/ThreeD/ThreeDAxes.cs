using System.Numerics;

namespace AnimLib.Mobjects;

/// <summary>
/// <see cref="Axes"/> with a third number line along z (ManimGL's <c>ThreeDAxes</c>): default ranges x ∈ [−6, 6],
/// y ∈ [−5, 5], z ∈ [−4, 4], drawn at <see cref="DefaultUnitSize"/> scene units per unit so that, seen from the 3D
/// orientation the docs use (<c>Frame.Reorient(-30, 70, 0)</c>), every axis stays inside the frame and the z axis ends
/// below a title at the top edge. The z axis is turned out of the screen through the data origin, its ticks lying in the
/// xz plane. <see cref="CoordsToPoint(double, double, double)"/> follows the axes when they are moved, scaled or rotated.
/// </summary>
public class ThreeDAxes : Axes
{
    /// <summary>
    /// Scene units per data unit when neither a unit size nor a length is given. ManimGL's one unit per unit makes the
    /// default x axis 12 long, which at the usual (−30°, 70°) view runs past the left edge of the frame, and its z axis
    /// reaches the top edge; 0.65 keeps all three inside with room for a title.
    /// </summary>
    public const double DefaultUnitSize = 0.65;

    /// <summary>Creates the axes; each range is (min, max, tick step).</summary>
    /// <param name="xRange">x range ((-6, 6, 1) by default).</param>
    /// <param name="yRange">y range ((-5, 5, 1) by default).</param>
    /// <param name="zRange">z range ((-4, 4, 1) by default).</param>
    /// <param name="unitSize">Scene units per data unit on every axis without a length of its own (<see cref="DefaultUnitSize"/> by default).</param>
    /// <param name="axisConfig">Style of all three axes (tips: <c>new(IncludeTip: true)</c>).</param>
    /// <param name="zAxisConfig">Style of the z axis (over <paramref name="axisConfig"/>).</param>
    /// <param name="xLength">Length of the x axis in scene units (Manim CE's <c>x_length</c>); overrides <paramref name="unitSize"/> for x.</param>
    /// <param name="yLength">Length of the y axis.</param>
    /// <param name="zLength">Length of the z axis (ManimGL's <c>depth</c>).</param>
    /// <param name="xAxisConfig">Style of the x axis (over <paramref name="axisConfig"/>).</param>
    /// <param name="yAxisConfig">Style of the y axis (over <paramref name="axisConfig"/>).</param>
    public ThreeDAxes(AxisRange? xRange = null, AxisRange? yRange = null, AxisRange? zRange = null, double? unitSize = null,
        NumberLineConfig? axisConfig = null, NumberLineConfig? zAxisConfig = null,
        double? xLength = null, double? yLength = null, double? zLength = null,
        NumberLineConfig? xAxisConfig = null, NumberLineConfig? yAxisConfig = null)
        : base(xRange ?? new AxisRange(-6, 6, 1), yRange ?? new AxisRange(-5, 5, 1),
            width: xLength, height: yLength, unitSize: unitSize ?? DefaultUnitSize,
            axisConfig: axisConfig, xAxisConfig: xAxisConfig, yAxisConfig: yAxisConfig)
    {
        ZRange = (zRange ?? new AxisRange(-4, 4, 1)).Validate("ThreeDAxes z range");
        var config = NumberLineConfig.Default.Merge(axisConfig).Merge(zAxisConfig);
        var z = new NumberLine(ZRange, unitSize ?? DefaultUnitSize, zLength, config);
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

    /// <summary>
    /// A <see cref="Tex"/> label for the z axis (Manim CE's <c>get_z_axis_label</c>): stood upright in the xz plane (turned a
    /// quarter turn about x), then placed beside the centre of the axis's <paramref name="edge"/> (its top, Out, by default)
    /// on the <paramref name="direction"/> side (Right by default) with gap <paramref name="buff"/>. Not added to the axes.
    /// </summary>
    public Tex GetZAxisLabel(string labelTex, Vector3? edge = null, Vector3? direction = null, double buff = Constants.SmallBuff,
        double fontSize = 48) =>
        GetZAxisLabel(new Tex(labelTex, fontSize), edge, direction, buff);

    /// <summary>Places <paramref name="label"/> as the z axis's label, upright (see <see cref="GetZAxisLabel(string, Vector3?, Vector3?, double, double)"/>).</summary>
    public T GetZAxisLabel<T>(T label, Vector3? edge = null, Vector3? direction = null, double buff = Constants.SmallBuff) where T : Mobject
    {
        ArgumentNullException.ThrowIfNull(label);
        label.Rotate(Math.PI / 2, Directions.Right);
        return GetAxisLabel(label, ZAxis, edge ?? Directions.Out, direction ?? Directions.Right, buff);
    }

    /// <summary>Tex labels for the three axes: VGroup(x label, y label, z label), also kept as <see cref="Axes.AxisLabels"/>.</summary>
    public VGroup GetAxisLabels(string xLabelTex = "x", string yLabelTex = "y", string zLabelTex = "z", double fontSize = 48)
    {
        AxisLabels = new VGroup(GetXAxisLabel(xLabelTex, fontSize: fontSize), GetYAxisLabel(yLabelTex, fontSize: fontSize),
            GetZAxisLabel(zLabelTex, fontSize: fontSize));
        return AxisLabels;
    }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        ZAxis = Remap(ZAxis, map);
    }
}
