namespace AnimLib.Mobjects;

/// <summary>
/// <see cref="Axes"/> (white, width 2, no ticks) over a grid: a background line at every step of each axis and
/// <c>fadedLineRatio</c> fainter lines between consecutive ones (half the background width and opacity unless a faded
/// style is given). The grid spans the axes' ranges; the lines are children drawn behind the axes.
/// </summary>
public class NumberPlane : Axes
{
    /// <summary>Creates a plane.</summary>
    /// <param name="xRange">x range ((-8, 8, 1) by default).</param>
    /// <param name="yRange">y range ((-4, 4, 1) by default).</param>
    /// <param name="width">Length of the x axis (by default unit size × range).</param>
    /// <param name="height">Length of the y axis.</param>
    /// <param name="unitSize">Scene units per data unit.</param>
    /// <param name="axisConfig">Style of both axes (over the plane's white, tickless default).</param>
    /// <param name="backgroundLineStyle">Style of the main grid lines (BLUE_D, width 2, opacity 1 by default).</param>
    /// <param name="fadedLineStyle">Style of the faded lines (half of the background style by default).</param>
    /// <param name="fadedLineRatio">Faded lines between two main lines (4 by default; 0 for none).</param>
    public NumberPlane(AxisRange? xRange = null, AxisRange? yRange = null, double? width = null, double? height = null, double unitSize = 1,
        NumberLineConfig? axisConfig = null, LineStyle? backgroundLineStyle = null, LineStyle? fadedLineStyle = null, int fadedLineRatio = 4)
        : base(xRange, yRange, width, height, unitSize, axisConfig)
    {
        if (fadedLineRatio < 0) throw new ArgumentOutOfRangeException(nameof(fadedLineRatio), fadedLineRatio, "The faded line ratio cannot be negative.");
        BackgroundLineStyle = LineStyle.DefaultBackground.Merge(backgroundLineStyle);
        FadedLineStyle = fadedLineStyle is null ? BackgroundLineStyle.Halved() : BackgroundLineStyle.Halved().Merge(fadedLineStyle);
        FadedLineRatio = fadedLineRatio;
        var (xMain, xFaded) = LinesParallelTo(XAxis, YAxis);
        var (yMain, yFaded) = LinesParallelTo(YAxis, XAxis);
        BackgroundLines = new VGroup([.. xMain, .. yMain]);
        FadedLines = new VGroup([.. xFaded, .. yFaded]);
        BackgroundLineStyle.ApplyTo(BackgroundLines);
        FadedLineStyle.ApplyTo(FadedLines);
        this.AddToBack(FadedLines, BackgroundLines);
    }

    /// <inheritdoc/>
    protected override NumberLineConfig DefaultAxisConfig =>
        NumberLineConfig.Default.Merge(new NumberLineConfig(Palette.White, 2, IncludeTicks: false, LineToNumberBuff: Constants.SmallBuff,
            LineToNumberDirection: Directions.DL));

    /// <summary>Style of the main grid lines.</summary>
    public LineStyle BackgroundLineStyle { get; }

    /// <summary>Style of the faded grid lines.</summary>
    public LineStyle FadedLineStyle { get; }

    /// <summary>Faded lines between two main lines.</summary>
    public int FadedLineRatio { get; }

    /// <summary>The main grid lines (parallel to x first, then to y).</summary>
    public VGroup BackgroundLines { get; private set; }

    /// <summary>The faded grid lines.</summary>
    public VGroup FadedLines { get; private set; }

    private (List<VMobject> Main, List<VMobject> Faded) LinesParallelTo(NumberLine axis1, NumberLine axis2)
    {
        var main = new List<VMobject>();
        var faded = new List<VMobject>();
        int dense = 1 + FadedLineRatio;
        double step = axis2.XStep / dense;
        int count = (int)Math.Floor((axis2.XMax - axis2.XMin) / step + 1e-6);
        var origin2 = axis2.N2P(0);
        for (int i = 0; i <= count; i++)
        {
            double x = axis2.XMin + i * step;
            var line = new Line(axis1.GetStart(), axis1.GetEnd());
            line.Shift(axis2.N2P(x) - origin2);
            (i % dense == 0 ? main : faded).Add(line);
        }
        return (main, faded);
    }

    /// <summary>
    /// Subdivides every straight piece (grid lines, axes, ticks) into <paramref name="numInsertedCurves"/> + 1 curves so a
    /// nonlinear <c>ApplyFunction</c>/<c>Homotopy</c> bends them instead of only moving their ends.
    /// </summary>
    public NumberPlane PrepareForNonlinearTransform(int numInsertedCurves = 50)
    {
        foreach (var m in GetFamily())
            if (m is VMobject v && v.CurveCount > 0 && v.CurveCount <= numInsertedCurves) v.InsertNCurves(numInsertedCurves);
        return this;
    }

    /// <inheritdoc/>
    protected override void RemapReferences(Mobject original, IReadOnlyDictionary<Mobject, Mobject> map)
    {
        base.RemapReferences(original, map);
        BackgroundLines = Remap(BackgroundLines, map);
        FadedLines = Remap(FadedLines, map);
    }
}
