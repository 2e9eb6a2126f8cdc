using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A cloud of round dots, one per point, each with its own radius and RGBA colour (ManimGL's <c>DotCloud</c>). Dots are
/// drawn as discs facing the camera whose size follows perspective; with shading (<c>SetShading</c> or
/// <see cref="Make3D"/>) each disc is lit like a small sphere. No glow.
/// </summary>
public partial class DotCloud : Mobject
{
    private double[] _radii;
    private Color[] _colors;
    private double[] _opacities;

    /// <summary>Creates a cloud with a dot at each of <paramref name="points"/> (GREY_C, opaque, radius 0.05).</summary>
    public DotCloud(IEnumerable<Vector3>? points = null, Color? color = null, double opacity = 1, double radius = 0.05)
    {
        Points = points?.ToArray() ?? [];
        _radii = [radius];
        _colors = [color ?? Palette.GreyC];
        _opacities = [opacity];
    }

    /// <summary>Number of dots.</summary>
    public int DotCount => Points.Length;

    /// <summary>Radius of dot <paramref name="index"/> (per-dot values are resampled over the dots when their count differs).</summary>
    public double GetRadius(int index) => Sample(_radii, index);

    /// <summary>Colour of dot <paramref name="index"/>.</summary>
    public Color GetDotColor(int index) => _colors.Length == 1 ? _colors[0] : _colors[MapIndex(_colors.Length, index)];

    /// <summary>Opacity of dot <paramref name="index"/>.</summary>
    public double GetDotOpacity(int index) => Sample(_opacities, index);

    /// <summary>Gives every dot the same radius.</summary>
    public DotCloud SetRadius(double radius)
    {
        _radii = [radius];
        return this;
    }

    /// <summary>Sets per-dot radii (resampled when the count differs from the number of dots).</summary>
    public DotCloud SetRadii(IEnumerable<double> radii)
    {
        _radii = radii.ToArray();
        if (_radii.Length == 0) throw new ArgumentException("At least one radius is needed.", nameof(radii));
        return this;
    }

    /// <summary>Sets per-dot colours and, optionally, opacities (each resampled when its count differs from the number of dots).</summary>
    public DotCloud SetColors(IEnumerable<Color> colors, IEnumerable<double>? opacities = null)
    {
        _colors = colors.ToArray();
        if (_colors.Length == 0) throw new ArgumentException("At least one colour is needed.", nameof(colors));
        if (opacities is not null) SetOpacities(opacities);
        return this;
    }

    /// <summary>Sets per-dot colours and opacities from an n × 4 array of red, green, blue, alpha in [0, 1] (ManimGL's <c>set_rgba_array</c>).</summary>
    /// <exception cref="ArgumentException">The array does not have 4 columns or has no rows.</exception>
    public DotCloud SetRgbaArray(double[,] rgbas)
    {
        if (rgbas.GetLength(1) != 4 || rgbas.GetLength(0) == 0)
            throw new ArgumentException($"An RGBA array needs at least one row of 4 columns; got {rgbas.GetLength(0)} x {rgbas.GetLength(1)}.", nameof(rgbas));
        int n = rgbas.GetLength(0);
        _colors = new Color[n];
        _opacities = new double[n];
        for (int i = 0; i < n; i++)
        {
            _colors[i] = new Color((float)rgbas[i, 0], (float)rgbas[i, 1], (float)rgbas[i, 2]);
            _opacities[i] = rgbas[i, 3];
        }
        return this;
    }

    /// <summary>Sets per-dot opacities.</summary>
    public DotCloud SetOpacities(IEnumerable<double> opacities)
    {
        _opacities = opacities.ToArray();
        if (_opacities.Length == 0) throw new ArgumentException("At least one opacity is needed.", nameof(opacities));
        return this;
    }

    /// <summary>Lights the dots like small spheres (ManimGL's <c>make_3d</c>).</summary>
    public DotCloud Make3D(double reflectiveness = 0.5, double gloss = 0.1, double shadow = 0.1)
    {
        Shading = new Shading(reflectiveness, gloss, shadow);
        return this;
    }

    /// <inheritdoc/>
    public override Color GetColor() => _colors[0];

    /// <inheritdoc/>
    public override double GetOpacity() => _opacities[0];

    /// <inheritdoc/>
    protected internal override void SetColorOwn(Color color, double? opacity)
    {
        _colors = [color];
        if (opacity is double o) _opacities = [o];
    }

    /// <inheritdoc/>
    protected internal override void SetOpacityOwn(double opacity) => _opacities = [opacity];

    /// <inheritdoc/>
    protected override void CopyOwnedFields()
    {
        base.CopyOwnedFields();
        _radii = (double[])_radii.Clone();
        _colors = (Color[])_colors.Clone();
        _opacities = (double[])_opacities.Clone();
    }

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        if (start is not DotCloud a || end is not DotCloud b) return;
        int n = Math.Max(1, Points.Length);
        _radii = new double[n];
        _colors = new Color[n];
        _opacities = new double[n];
        for (int i = 0; i < n; i++)
        {
            _radii[i] = VectorMath.Lerp(a.GetRadius(i), b.GetRadius(i), alpha);
            _colors[i] = Color.Lerp(a.GetDotColor(i), b.GetDotColor(i), alpha);
            _opacities[i] = VectorMath.Lerp(a.GetDotOpacity(i), b.GetDotOpacity(i), alpha);
        }
    }

    /// <summary>
    /// Keeps only the dots of <paramref name="source"/> from proportion <paramref name="a"/> to <paramref name="b"/> of its
    /// list, with their own radii, colours and opacities: how ShowCreation draws a cloud, dot after dot.
    /// </summary>
    public DotCloud PointwiseBecomePartial(DotCloud source, double a, double b)
    {
        int n = source.Points.Length;
        int from = Math.Clamp((int)Math.Floor(a * n), 0, n);
        int to = Math.Clamp((int)Math.Ceiling(b * n - 1e-9), from, n);
        var radii = new double[Math.Max(1, to - from)];
        var colors = new Color[radii.Length];
        var opacities = new double[radii.Length];
        for (int i = from; i < to; i++)
        {
            radii[i - from] = source.GetRadius(i);
            colors[i - from] = source.GetDotColor(i);
            opacities[i - from] = source.GetDotOpacity(i);
        }
        if (to == from)
        {
            radii[0] = source.GetRadius(0);
            colors[0] = source.GetDotColor(0);
            opacities[0] = 0;
        }
        Points = source.Points[from..to];
        _radii = radii;
        _colors = colors;
        _opacities = opacities;
        return this;
    }

    private double Sample(double[] values, int index) => values.Length == 1 ? values[0] : values[MapIndex(values.Length, index)];

    private int MapIndex(int length, int index) =>
        length == Points.Length || Points.Length <= 1 ? Math.Clamp(index, 0, length - 1) : (int)Math.Round((double)index * (length - 1) / (Points.Length - 1));
}
