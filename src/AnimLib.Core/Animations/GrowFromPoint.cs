using System.Numerics;
using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Grows a mobject from nothing at a point: a transform from a copy scaled to zero and moved to <c>point</c>
/// (optionally coloured <c>pointColor</c>) to the mobject as it is.
/// </summary>
public class GrowFromPoint : Transform
{
    /// <summary>Creates the animation.</summary>
    /// <param name="mobject">What grows.</param>
    /// <param name="point">Where it grows from.</param>
    /// <param name="pointColor">Colour of the seed it grows from; null keeps the mobject's colours.</param>
    public GrowFromPoint(Mobject mobject, Vector3 point, Color? pointColor = null) : base(mobject)
    {
        Point = point;
        PointColor = pointColor;
        Introducer = true;
    }

    /// <summary>The point the mobject grows from.</summary>
    public Vector3 Point { get; }

    /// <summary>Colour of the starting seed (null: the mobject's own colours).</summary>
    public Color? PointColor { get; }

    /// <inheritdoc/>
    protected override Mobject CreateTarget() => Mobject.DeepCopy();

    /// <inheritdoc/>
    protected override Mobject CreateStartingMobject()
    {
        var start = Mobject.DeepCopy();
        start.Scale(0);
        start.MoveTo(Point);
        if (PointColor is Color c) start.SetColor(c);
        return start;
    }
}
