using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Two <see cref="NumberLine"/>s crossing at data (0, 0): the y axis is rotated a quarter turn about that point, then the
/// whole group's bounding box is centred at the scene origin (so the data origin is not at the scene origin unless the
/// ranges are symmetric). <see cref="C2P"/>/<see cref="P2C"/> convert between data and scene coordinates and follow
/// the axes when they are moved or resized; <see cref="GetGraph"/> plots functions.
/// </summary>
public partial class Axes : VGroup
{
    /// <summary>Samples per tick step used by <see cref="GetGraph"/>.</summary>
    public const int SampledGraphPointsPerTick = 5;

    /// <summary>Creates axes.</summary>
    /// <param name="xRange">x range and tick step ((-8, 8, 1) by default; a pair means step 1).</param>
    /// <param name="yRange">y range and tick step ((-4, 4, 1) by default).</param>
    /// <param name="width">Length of the x axis; by default <paramref name="unitSize"/>·(x range).</param>
    /// <param name="height">Length of the y axis; by default <paramref name="unitSize"/>·(y range).</param>
    /// <param name="unitSize">Scene units per data unit on both axes (when no width/height is given).</param>
    /// <param name="axisConfig">Style of both axes.</param>
    /// <param name="xAxisConfig">Style of the x axis (over <paramref name="axisConfig"/>).</param>
    /// <param name="yAxisConfig">Style of the y axis (labels on the left by default).</param>
    public Axes(AxisRange? xRange = null, AxisRange? yRange = null, double? width = null, double? height = null, double unitSize = 1,
        NumberLineConfig? axisConfig = null, NumberLineConfig? xAxisConfig = null, NumberLineConfig? yAxisConfig = null)
    {
        XRange = (xRange ?? new AxisRange(-8, 8, 1)).Validate("Axes x range");
        YRange = (yRange ?? new AxisRange(-4, 4, 1)).Validate("Axes y range");
        var common = DefaultAxisConfig.Merge(axisConfig);
        XAxis = CreateAxis(XRange, common.Merge(xAxisConfig), width, unitSize);
        YAxis = CreateAxis(YRange, common.Merge(new NumberLineConfig(LineToNumberDirection: Directions.Left)).Merge(yAxisConfig), height, unitSize);
        YAxis.Rotate(Math.PI / 2, aboutPoint: Vector3.Zero);
        this.Add(XAxis, YAxis);
        this.Center();
    }

    /// <summary>Style every axis of this kind of coordinate system starts from (NumberLine defaults for plain axes).</summary>
    protected virtual NumberLineConfig DefaultAxisConfig => NumberLineConfig.Default;

    /// <summary>x range and step.</summary>
    public AxisRange XRange { get; }

    /// <summary>y range and step.</summary>
    public AxisRange YRange { get; }

    /// <summary>The x axis.</summary>
    public NumberLine XAxis { get; private set; }

    /// <summary>The y axis.</summary>
    public NumberLine YAxis { get; private set; }

    /// <summary>Coordinate labels added by <c>AddCoordinateLabels</c> (empty until then).</summary>
    public VGroup CoordinateLabels { get; protected set; } = new();

    private static NumberLine CreateAxis(AxisRange range, NumberLineConfig config, double? length, double unitSize)
    {
        var axis = new NumberLine(range, unitSize, length, config);
        // Data 0 sits at the scene origin before the group is centred, so the two axes cross there.
        axis.Shift(-axis.N2P(0));
        return axis;
    }

    /// <summary>The x axis.</summary>
    public NumberLine GetXAxis() => XAxis;

    /// <summary>The y axis.</summary>
    public NumberLine GetYAxis() => YAxis;

    /// <summary>Both axes.</summary>
    public VGroup<NumberLine> GetAxes() => new(XAxis, YAxis);

    /// <summary>Scene point of the data origin (0, 0).</summary>
    public Vector3 GetOrigin() => XAxis.N2P(0);

    /// <summary>Scene point of data coordinates (x, y).</summary>
    public Vector3 CoordsToPoint(double x, double y)
    {
        var origin = GetOrigin();
        return origin + (XAxis.N2P(x) - origin) + (YAxis.N2P(y) - origin);
    }

    /// <summary>Short alias of <see cref="CoordsToPoint"/>.</summary>
    public Vector3 C2P(double x, double y) => CoordsToPoint(x, y);

    /// <summary>Data coordinates of a scene point (each axis projects the point onto itself).</summary>
    public (double X, double Y) PointToCoords(Vector3 point) => (XAxis.P2N(point), YAxis.P2N(point));

    /// <summary>Short alias of <see cref="PointToCoords"/>.</summary>
    public (double X, double Y) P2C(Vector3 point) => PointToCoords(point);

    /// <summary>
    /// The graph of y = <paramref name="function"/>(x) in scene coordinates, sampled every x step / 5 over
    /// <paramref name="xRange"/> (the x axis range by default) and smoothed; split at <paramref name="discontinuities"/>.
    /// Not added to the axes; style it with <c>SetStroke</c> and draw it with <c>ShowCreation</c>.
    /// </summary>
    public FunctionGraph GetGraph(Func<double, double> function, AxisRange? xRange = null, IEnumerable<double>? discontinuities = null,
        bool useSmoothing = true, Color? color = null, double? strokeWidth = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        var r = xRange ?? XRange;
        var sampling = r with { Step = r.Step / SampledGraphPointsPerTick };
        var graph = new FunctionGraph(function, C2P, sampling, discontinuities, useSmoothing);
        if (color is Color c) graph.StrokeColor = graph.FillColor = c;
        if (strokeWidth is double w) graph.StrokeWidth = w;
        return graph;
    }

    /// <summary>Scene point of the graph at input <paramref name="x"/>.</summary>
    public Vector3 InputToGraphPoint(double x, FunctionGraph graph) => C2P(x, graph.UnderlyingFunction(x));

    /// <summary>Short alias of <see cref="InputToGraphPoint"/>.</summary>
    public Vector3 I2gp(double x, FunctionGraph graph) => InputToGraphPoint(x, graph);

    /// <summary>
    /// Adds integer labels to both axes (every tick by default, skipping <paramref name="excluding"/>, which is {0} by
    /// default) and returns them as VGroup(x labels, y labels), also kept as <see cref="CoordinateLabels"/>.
    /// </summary>
    public VGroup AddCoordinateLabels(IEnumerable<double>? xValues = null, IEnumerable<double>? yValues = null,
        IEnumerable<double>? excluding = null, double fontSize = 24, int? decimalPlaces = null)
    {
        var skip = (excluding ?? [0]).ToList();
        var xLabels = XAxis.AddNumbers(xValues, skip, fontSize, decimalPlaces);
        var yLabels = YAxis.AddNumbers(yValues, skip, fontSize, decimalPlaces);
        CoordinateLabels = new VGroup(xLabels, yLabels);
        return CoordinateLabels;
    }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        XAxis = Remap(XAxis, map);
        YAxis = Remap(YAxis, map);
        CoordinateLabels = Remap(CoordinateLabels, map);
        AxisLabels = Remap(AxisLabels, map);
    }
}
