using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// Lines along a <see cref="Surface"/>'s parameter lines (ManimGL's and Manim CE's <c>SurfaceMesh</c>): a VGroup of
/// <c>resolution.U</c> curves of constant u followed by <c>resolution.V</c> curves of constant v, evenly spaced over the
/// surface's grid (end lines included) and drawn smoothly through its samples. Each line is lifted by
/// <c>normalNudge</c> along the surface's normal so it lies just above the face it runs on. Thin GREY_A strokes, depth
/// tested like the surface: a line is made of one child piece per grid cell, because depth order is decided per piece
/// (by its centre), and a whole line would be hidden or shown at once by where its middle lies.
/// </summary>
/// <remarks>
/// The lines are built from the surface's samples when the mesh is made; moving the surface afterwards does not move them
/// (move both together in a group, or rebuild with <c>AlwaysRedraw</c> when the surface changes shape).
/// </remarks>
public class SurfaceMesh : VGroup
{
    /// <summary>Creates the mesh of <paramref name="surface"/>.</summary>
    /// <param name="surface">The surface to draw lines on.</param>
    /// <param name="resolution">Lines of constant u and of constant v ((21, 11) by default, as in ManimGL).</param>
    /// <param name="strokeWidth">Line width (1).</param>
    /// <param name="strokeColor">Line colour (GREY_A).</param>
    /// <param name="strokeOpacity">Line opacity (1).</param>
    /// <param name="normalNudge">Distance the lines are lifted along the surface normal (0.01).</param>
    /// <exception cref="ArgumentOutOfRangeException">A resolution below 1 line.</exception>
    public SurfaceMesh(Surface surface, (int U, int V)? resolution = null, double strokeWidth = 1, Color? strokeColor = null,
        double strokeOpacity = 1, double normalNudge = 1e-2)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var (partU, partV) = resolution ?? (21, 11);
        if (partU < 1 || partV < 1)
            throw new ArgumentOutOfRangeException(nameof(resolution), resolution, "A surface mesh needs at least one line each way.");
        Resolution = (partU, partV);
        int nu = surface.USamples, nv = surface.VSamples;
        var normals = surface.GetVertexNormals();
        var nudged = new Vector3[surface.Points.Length];
        for (int k = 0; k < nudged.Length; k++) nudged[k] = surface.Points[k] + normals[k] * (float)normalNudge;
        // Line positions are fractional sample indices: a line between two rows of samples is interpolated between them.
        foreach (double ui in Spaced(nu - 1, partU))
            this.Add(LineThrough(nv, j => Between(nudged, ui, nu, i => i * nv + j)));
        foreach (double vi in Spaced(nv - 1, partV))
            this.Add(LineThrough(nu, i => Between(nudged, vi, nv, j => i * nv + j)));
        this.SetStroke(strokeColor ?? Palette.GreyA, strokeWidth, strokeOpacity);
        this.ApplyDepthTest();
    }

    /// <summary>Lines of constant u and of constant v.</summary>
    public (int U, int V) Resolution { get; }

    /// <summary>The lines of constant u (the first <c>Resolution.U</c> children).</summary>
    public VGroup ULines => this[..Resolution.U];

    /// <summary>The lines of constant v (the last <c>Resolution.V</c> children).</summary>
    public VGroup VLines => this[Resolution.U..];

    private static IEnumerable<double> Spaced(int last, int count)
    {
        if (count == 1)
        {
            yield return 0;
            yield break;
        }
        for (int k = 0; k < count; k++) yield return (double)last * k / (count - 1);
    }

    private static Vector3 Between(Vector3[] points, double index, int count, Func<int, int> at)
    {
        int low = (int)Math.Floor(index), high = Math.Min((int)Math.Ceiling(index), count - 1);
        return Vector3.Lerp(points[at(low)], points[at(high)], (float)(index - low));
    }

    private static VMobject LineThrough(int count, Func<int, Vector3> point)
    {
        var path = new VMobject();
        path.SetPointsSmoothly(Enumerable.Range(0, count).Select(point));
        // One piece per grid cell, so the surface hides only the parts of the line that are behind it.
        var line = new VMobject();
        for (int k = 0; k + 3 < path.Points.Length; k += 4)
        {
            var piece = new VMobject { Points = path.Points[k..(k + 4)] };
            line.Add(piece);
        }
        return line;
    }
}
