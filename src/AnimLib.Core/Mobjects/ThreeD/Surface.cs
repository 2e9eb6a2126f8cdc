using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A parametric surface (u, v) ↦ point, sampled on a grid and drawn as shaded quads. Its points are the grid samples,
/// u-major (<c>Points[i * VSamples + j]</c> is the sample at the i-th u and j-th v), so moving, scaling, rotating and
/// transforming a surface act on the samples. Depth test is on by default, so its quads are painted far to near.
/// </summary>
/// <remarks>
/// Quad normals follow ∂/∂u × ∂/∂v (for a <see cref="Sphere"/> they point outward); the fill is lit by the scene's light
/// with <see cref="Mobject.Shading"/> (ManimGL's surface default (0.3, 0.2, 0.4)).
/// </remarks>
public partial class Surface : Mobject
{
    /// <summary>Samples <paramref name="uvFunction"/> on a <paramref name="resolution"/> grid over the given ranges.</summary>
    /// <param name="uvFunction">The point at parameters (u, v).</param>
    /// <param name="uRange">Range of u ((0, 1) by default).</param>
    /// <param name="vRange">Range of v ((0, 1) by default).</param>
    /// <param name="resolution">Samples along u and along v ((32, 32) by default).</param>
    /// <param name="color">Fill colour (GREY_C by default).</param>
    /// <param name="opacity">Fill opacity.</param>
    /// <param name="shading">Lighting ((0.3, 0.2, 0.4) by default).</param>
    /// <param name="checkerboardColors">
    /// Colours the quads take in turn, as on a checkerboard (Manim CE's <c>checkerboard_colors</c>): quad (i, j) gets
    /// colour (i + j) mod n. None by default: every quad has <paramref name="color"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A resolution below 2 samples.</exception>
    public Surface(Func<double, double, Vector3> uvFunction, (double Min, double Max)? uRange = null, (double Min, double Max)? vRange = null,
        (int U, int V)? resolution = null, Color? color = null, double opacity = 1, Shading? shading = null,
        IReadOnlyList<Color>? checkerboardColors = null)
    {
        ArgumentNullException.ThrowIfNull(uvFunction);
        var (nu, nv) = resolution ?? (32, 32);
        if (nu < 2 || nv < 2)
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "A surface needs at least 2 samples along u and along v.");
        var (u0, u1) = uRange ?? (0, 1);
        var (v0, v1) = vRange ?? (0, 1);
        USamples = nu;
        VSamples = nv;
        var pts = new Vector3[nu * nv];
        for (int i = 0; i < nu; i++)
        {
            double u = u0 + (u1 - u0) * i / (nu - 1);
            for (int j = 0; j < nv; j++)
                pts[i * nv + j] = uvFunction(u, v0 + (v1 - v0) * j / (nv - 1));
        }
        Points = pts;
        Color = color ?? Palette.GreyC;
        Opacity = opacity;
        Shading = shading ?? new Shading(0.3, 0.2, 0.4);
        DepthTest = true;
        CheckerboardColors = checkerboardColors is { Count: > 0 } ? [.. checkerboardColors] : null;
    }

    /// <summary>Samples along u.</summary>
    public int USamples { get; }

    /// <summary>Samples along v.</summary>
    public int VSamples { get; }

    /// <summary>Fill colour of every quad.</summary>
    public Color Color { get; set; }

    /// <summary>Fill opacity in [0, 1].</summary>
    public double Opacity { get; set; }

    /// <summary>
    /// Colours the quads take in turn, quad (i, j) colour (i + j) mod n, or null when every quad has <see cref="Color"/>.
    /// Set with <c>SetFillByCheckerboard</c>; <c>SetColor</c> goes back to one colour.
    /// </summary>
    public IReadOnlyList<Color>? CheckerboardColors { get; internal set; }

    /// <summary>Fill colour of quad (<paramref name="i"/>, <paramref name="j"/>) before lighting: its checkerboard colour, else <see cref="Color"/>.</summary>
    public Color GetQuadColor(int i, int j) =>
        CheckerboardColors is { Count: > 0 } colors ? colors[(i + j) % colors.Count] : Color;

    /// <summary>Number of quads drawn.</summary>
    public int QuadCount => (USamples - 1) * (VSamples - 1);

    /// <summary>The four corners of quad (<paramref name="i"/>, <paramref name="j"/>) in order (i, j), (i+1, j), (i+1, j+1), (i, j+1).</summary>
    public (Vector3 A, Vector3 B, Vector3 C, Vector3 D) GetQuad(int i, int j)
    {
        int n = VSamples;
        return (Points[i * n + j], Points[(i + 1) * n + j], Points[(i + 1) * n + j + 1], Points[i * n + j + 1]);
    }

    /// <summary>Unit normal of quad (<paramref name="i"/>, <paramref name="j"/>): ∂/∂u × ∂/∂v, from the diagonals so degenerate (pole) quads still get one.</summary>
    public Vector3 GetQuadNormal(int i, int j)
    {
        var (a, b, c, d) = GetQuad(i, j);
        return VectorMath.Normalize(Vector3.Cross(c - a, d - b), Directions.Out);
    }

    /// <inheritdoc/>
    public override Color GetColor() => Color;

    /// <inheritdoc/>
    public override double GetOpacity() => Opacity;

    /// <inheritdoc/>
    protected internal override void SetColorOwn(Color color, double? opacity)
    {
        Color = color;
        CheckerboardColors = null;
        if (opacity is double o) Opacity = o;
    }

    /// <inheritdoc/>
    protected internal override void SetOpacityOwn(double opacity) => Opacity = opacity;

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        if (start is not Surface a || end is not Surface b) return;
        Color = Color.Lerp(a.Color, b.Color, alpha);
        Opacity = VectorMath.Lerp(a.Opacity, b.Opacity, alpha);
        CheckerboardColors = InterpolateCheckerboard(a, b, alpha);
    }

    /// <summary>
    /// The checkerboard between two surfaces' colourings: colour by colour where both have as many colours (a surface
    /// without one counts as its one colour), else the nearer end's.
    /// </summary>
    private static Color[]? InterpolateCheckerboard(Surface a, Surface b, double alpha)
    {
        if (a.CheckerboardColors is null && b.CheckerboardColors is null) return null;
        IReadOnlyList<Color> from = a.CheckerboardColors ?? [a.Color], to = b.CheckerboardColors ?? [b.Color];
        if (from.Count == 1 && to.Count > 1) from = [.. Enumerable.Repeat(from[0], to.Count)];
        if (to.Count == 1 && from.Count > 1) to = [.. Enumerable.Repeat(to[0], from.Count)];
        if (from.Count != to.Count) return [.. (alpha < 0.5 ? from : to)];
        var result = new Color[from.Count];
        for (int k = 0; k < result.Length; k++) result[k] = Color.Lerp(from[k], to[k], alpha);
        return result;
    }

    /// <summary>
    /// Keeps the part of <paramref name="source"/> from proportion <paramref name="a"/> to <paramref name="b"/> of its v
    /// range, as ManimGL grows a surface in ShowCreation: every sample below <paramref name="a"/> moves to where
    /// <paramref name="a"/> falls on its row of the grid, every sample past <paramref name="b"/> to where
    /// <paramref name="b"/> falls (linear between samples). Quads outside the range collapse and draw nothing.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="source"/> has another resolution.</exception>
    public Surface PointwiseBecomePartial(Surface source, double a, double b)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.USamples != USamples || source.VSamples != VSamples)
            throw new ArgumentException(
                $"A {USamples}x{VSamples} surface cannot become part of a {source.USamples}x{source.VSamples} one.", nameof(source));
        a = Math.Clamp(a, 0, 1);
        b = Math.Clamp(b, a, 1);
        int nu = USamples, nv = VSamples;
        var points = Points.Length == source.Points.Length ? Points : new Vector3[source.Points.Length];
        for (int i = 0; i < nu; i++)
        {
            var row = source.Points.AsSpan(i * nv, nv);
            Vector3 lower = AlongRow(row, a), upper = AlongRow(row, b);
            for (int j = 0; j < nv; j++)
            {
                double t = (double)j / (nv - 1);
                points[i * nv + j] = t <= a ? lower : t >= b ? upper : row[j];
            }
        }
        Points = points;
        return this;
    }

    /// <summary>The point at proportion <paramref name="t"/> of a row of samples, linear between neighbouring samples.</summary>
    private static Vector3 AlongRow(ReadOnlySpan<Vector3> row, double t)
    {
        double x = t * (row.Length - 1);
        int k = Math.Min((int)Math.Floor(x), row.Length - 2);
        return Vector3.Lerp(row[k], row[k + 1], (float)(x - k));
    }

    /// <inheritdoc/>
    /// <exception cref="NotSupportedException">The other mobject is not a surface of the same resolution.</exception>
    public override void AlignPointsWith(Mobject other)
    {
        if (other is Surface s && s.USamples == USamples && s.VSamples == VSamples) return;
        if (other.Points.Length == Points.Length) return;
        throw new NotSupportedException(
            $"Cannot transform a {USamples}x{VSamples} {GetType().Name} into a {other.GetType().Name} with {other.Points.Length} points: " +
            "surfaces transform only into surfaces of the same resolution.");
    }
}
