using AnimLib.Geometry;
using AnimLib.Mobjects;

namespace AnimLib.Animations;

/// <summary>
/// Draws each member's outline (no fill, a thin stroke) during the first half of its sub-animation, then morphs the
/// outline into the member's real style (fill fades in, stroke settles to its own width and colour) during the second.
/// </summary>
public class DrawBorderThenFill : Animation
{
    private readonly double _strokeWidth;
    private readonly Color? _strokeColor;
    private Mobject? _outline;

    /// <summary>Creates the animation.</summary>
    /// <param name="mobject">What is drawn.</param>
    /// <param name="strokeWidth">Width of the outline drawn first.</param>
    /// <param name="strokeColor">Outline colour; the mobject's own colour when null.</param>
    /// <param name="lagRatio">Stagger between members.</param>
    public DrawBorderThenFill(Mobject mobject, double strokeWidth = 2, Color? strokeColor = null, double lagRatio = 0) : base(mobject)
    {
        _strokeWidth = strokeWidth;
        _strokeColor = strokeColor;
        RunTime = 2;
        RateFunc = RateFunctions.DoubleSmooth;
        LagRatio = lagRatio;
        Introducer = true;
    }

    /// <inheritdoc/>
    public override void Begin()
    {
        var color = _strokeColor ?? Mobject.GetColor();
        _outline = Mobject.DeepCopy();
        foreach (var m in _outline.GetFamily())
        {
            if (m is not VMobject v) continue;
            v.FillOpacity = 0;
            v.StrokeColor = color;
            v.StrokeWidth = _strokeWidth;
            v.StrokeWidths = null;
            v.StrokeOpacity = 1;
        }
        base.Begin();
    }

    /// <inheritdoc/>
    public override IEnumerable<Mobject> GetAllMobjects() =>
        _outline is null ? base.GetAllMobjects() : [Mobject, StartingMobject!, _outline];

    /// <inheritdoc/>
    protected override void InterpolateSubmobject(Mobject[] members, double subAlpha)
    {
        if (members[0] is not VMobject m || members[1] is not VMobject start || members[2] is not VMobject outline || !start.HasPoints) return;
        if (subAlpha < 0.5)
        {
            m.PointwiseBecomePartial(outline, 0, subAlpha * 2);
            m.CopyStyleFrom(outline);
        }
        else
        {
            m.InterpolateFrom(outline, start, subAlpha * 2 - 1, PathFunctions.Straight);
        }
    }
}
