using System.Numerics;
using AnimLib.Geometry;

namespace AnimLib.Mobjects;

/// <summary>
/// A curly brace beside a mobject: as wide as the mobject measured across <c>direction</c>, placed <c>buff</c> beyond its
/// bounding box on that side, with its tip pointing along <c>direction</c>. A filled white shape with hooked ends and a
/// pointed middle, like TeX's underbrace; only the straight parts stretch with the width.
/// </summary>
public class Brace : VMobject
{
    /// <summary>Height of the brace from its arms to its tip.</summary>
    public const double DefaultDepth = 0.25;

    private Vector3 _tip;

    /// <summary>Creates a brace under (or beside) <paramref name="mobject"/>.</summary>
    /// <param name="mobject">What the brace spans.</param>
    /// <param name="direction">The side it sits on, and where its tip points (Down by default).</param>
    /// <param name="buff">Gap between the mobject's box and the brace.</param>
    public Brace(Mobject mobject, Vector3? direction = null, double buff = 0.2)
    {
        var dir = direction ?? Directions.Down;
        if (dir.LengthSquared() < 1e-12) throw new ArgumentException("Brace direction must be non-zero.", nameof(direction));
        Direction = Vector3.Normalize(dir);
        // Measure the mobject in a frame where the direction points down, build there, then rotate back.
        double angle = Math.Atan2(Direction.Y, Direction.X) + Math.PI / 2;
        var rotation = Matrix4x4.CreateRotationZ((float)-angle);
        var pts = mobject.GetFamily().SelectMany(m => m.Points).Select(p => Vector3.Transform(p, rotation)).ToList();
        if (pts.Count == 0) pts.Add(Vector3.Transform(mobject.GetCenter(), rotation));
        float left = pts.Min(p => p.X), right = pts.Max(p => p.X), bottom = pts.Min(p => p.Y);
        Points = BuildOutline(Math.Max(right - left, 1e-3), DefaultDepth, out var tip);
        FillColor = Palette.White;
        FillOpacity = 1;
        StrokeWidth = 0;
        StrokeColor = Palette.White;
        var offset = new Vector3((left + right) / 2, bottom - (float)buff, 0);
        var back = Matrix4x4.CreateRotationZ((float)angle);
        Points = Points.Select(p => Vector3.Transform(p + offset, back)).ToArray();
        _tip = Vector3.Transform(tip + offset, back);
    }

    /// <summary>Unit vector the tip points along.</summary>
    public Vector3 Direction { get; private set; }

    /// <summary>The tip of the brace.</summary>
    public Vector3 GetTip() => _tip;

    /// <summary>Moves <paramref name="mobject"/> just beyond the tip.</summary>
    public T PutAtTip<T>(T mobject, double buff = 0.1) where T : Mobject =>
        mobject.NextTo(_tip, Direction, buff);

    /// <summary>A <see cref="Text"/> label placed at the tip.</summary>
    public Text GetText(string text, double buff = 0.1, double fontSize = Text.DefaultFontSize) =>
        PutAtTip(new Text(text, fontSize), buff);

    /// <summary>A <see cref="Tex"/> label placed at the tip.</summary>
    public Tex GetTex(string tex, double buff = 0.1, double fontSize = 48) => PutAtTip(new Tex(tex, fontSize), buff);

    /// <inheritdoc/>
    protected override void OnPointsTransformed(Func<Vector3, Vector3> function)
    {
        base.OnPointsTransformed(function);
        var origin = function(Vector3.Zero);
        _tip = function(_tip);
        var d = function(Direction) - origin;
        if (d.LengthSquared() > 1e-12) Direction = Vector3.Normalize(d);
    }

    /// <inheritdoc/>
    protected override void InterpolateOwnState(Mobject start, Mobject end, double alpha)
    {
        base.InterpolateOwnState(start, end, alpha);
        // Keeps the tip with the outline when a brace morphs into another (an animated BraceLabel.ShiftBrace), so labels
        // put at the tip afterwards land at the new one.
        if (start is not Brace a || end is not Brace b) return;
        _tip = Vector3.Lerp(a._tip, b._tip, (float)alpha);
        var d = Vector3.Lerp(a.Direction, b.Direction, (float)alpha);
        Direction = d.LengthSquared() > 1e-12 ? Vector3.Normalize(d) : b.Direction;
    }

    // A brace of the given width with its arms on y = 0 and its tip at (width/2, −depth), pointing down.
    private static Vector3[] BuildOutline(double width, double depth, out Vector3 tip)
    {
        float w = (float)width, h = (float)depth, a = h / 2;
        float r = Math.Min(0.2f, w / 4);
        // Centre line of the left half, as cubic segments; the right half mirrors it.
        var half = new List<Vector3[]>
        {
            new[] { new Vector3(0, 0, 0), new Vector3(0, -a * 0.6f, 0), new Vector3(r * 0.4f, -a, 0), new Vector3(r, -a, 0) },
            new[] { new Vector3(r, -a, 0), new Vector3(w / 2 - r, -a, 0) },
            new[] { new Vector3(w / 2 - r, -a, 0), new Vector3(w / 2 - r * 0.4f, -a, 0), new Vector3(w / 2, -a - (h - a) * 0.3f, 0), new Vector3(w / 2, -h, 0) },
        };
        var centre = new List<Vector3>();
        foreach (var seg in half)
        {
            int n = seg.Length == 2 ? 4 : 12;
            for (int i = centre.Count == 0 ? 0 : 1; i <= n; i++)
            {
                float t = i / (float)n;
                centre.Add(seg.Length == 2 ? Vector3.Lerp(seg[0], seg[1], t) : Bezier.Evaluate(seg, t));
            }
        }
        // Thickness tapers to rounded ends and to the point.
        float maxThick = Math.Min(0.055f, w / 6);
        var lengths = new float[centre.Count];
        for (int i = 1; i < centre.Count; i++) lengths[i] = lengths[i - 1] + Vector3.Distance(centre[i], centre[i - 1]);
        float total = lengths[^1];
        var upper = new List<Vector3>();
        var lower = new List<Vector3>();
        for (int i = 0; i < centre.Count; i++)
        {
            // Under 0.8 wide the straight run has zero length and repeats a point; its tangent is the run's, horizontal.
            var chord = centre[Math.Min(i + 1, centre.Count - 1)] - centre[Math.Max(i - 1, 0)];
            var tangent = VectorMath.Normalize(chord, Directions.Right);
            var normal = new Vector3(-tangent.Y, tangent.X, 0);
            float s = lengths[i] / total;
            float taper = Math.Clamp(Math.Min(s / 0.12f, (1 - s) / 0.25f), 0, 1);
            float thick = maxThick * (0.15f + 0.85f * MathF.Sqrt(taper)) * (s > 0.999f ? 0 : 1);
            upper.Add(centre[i] + normal * thick / 2);
            lower.Add(centre[i] - normal * thick / 2);
        }
        // Closed outline: top edge left end → tip → right end (mirror), then the bottom edge back to the left end.
        Vector3 Mirror(Vector3 p) => new(w - p.X, p.Y, 0);
        var outline = new List<Vector3>();
        outline.AddRange(upper);
        outline.AddRange(upper.Select(Mirror).Reverse().Skip(1));
        outline.AddRange(lower.Select(Mirror));
        outline.AddRange(Enumerable.Reverse(lower).Skip(1));
        outline.Add(upper[0]);
        tip = new Vector3(w / 2, -h, 0);
        var shape = new VMobject();
        shape.SetPointsAsCorners(outline.Select(p => p - new Vector3(w / 2, 0, 0)).ToArray());
        tip -= new Vector3(w / 2, 0, 0);
        return shape.Points;
    }
}
