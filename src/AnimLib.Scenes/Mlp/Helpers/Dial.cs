using System.Numerics;
using static AnimLib.Anim;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A gauge: a 270° arc open at the bottom with eleven tick marks and a tapering needle coloured by its value (dark
/// teal-blue for 0, light blue for 1). Children: <c>[arc, ticks, needle, bottom point]</c>; the invisible bottom point
/// keeps the bounding box centred on the arc's centre.
/// </summary>
public class Dial : VGroup
{
    private const double StartAngle = 225 * Constants.Degrees;
    private const double ArcAngle = -270 * Constants.Degrees;

    private readonly Color _streakColor;
    private readonly double _streakWidth;
    private readonly int _streakDensity;

    /// <summary>Creates a dial centred on the origin.</summary>
    /// <param name="radius">Radius of the arc.</param>
    /// <param name="relativeTickSize">Tick length as a fraction of the radius.</param>
    /// <param name="initialValue">Value in [0, 1] the needle points at.</param>
    /// <param name="strokeWidth">Width of the arc and ticks.</param>
    /// <param name="strokeColor">Colour of the arc and ticks.</param>
    /// <param name="needleStrokeWidth">Width of the needle at the centre (it tapers to 0 at the tip).</param>
    /// <param name="streakColor">Colour of the motion streaks of <see cref="AnimateSetValue"/>.</param>
    /// <param name="streakWidth">Width of those streaks.</param>
    /// <param name="streakDensity">Number of concentric streak arcs.</param>
    public Dial(double radius = 0.5, double relativeTickSize = 0.2, double initialValue = 0, double strokeWidth = 2, Color? strokeColor = null,
        double needleStrokeWidth = 5.0, Color? streakColor = null, double streakWidth = 4, int streakDensity = 6)
    {
        var color = strokeColor ?? Palette.White;
        var arc = new Arc(StartAngle, ArcAngle, radius, nComponents: 12).SetStroke(color, strokeWidth);
        var ticks = new VGroup();
        for (int i = 0; i <= 10; i++)
        {
            var dir = Direction(i / 10.0);
            ticks.Add(new Line((float)((1 - relativeTickSize) * radius) * dir, (float)radius * dir).SetStroke(color, strokeWidth));
        }
        var needle = new Line(Vector3.Zero, (float)radius * Direction(0));
        needle.SetStroke([needleStrokeWidth, 0]);
        var bottom = new VectorizedPoint(new Vector3(0, -(float)radius, 0));
        this.Add(arc, ticks, needle, bottom);
        _streakColor = streakColor ?? Palette.Teal;
        _streakWidth = streakWidth;
        _streakDensity = streakDensity;
        SetValue(initialValue);
    }

    /// <summary>The value the needle points at, in [0, 1].</summary>
    public double Value { get; private set; }

    /// <summary>The arc.</summary>
    public Arc DialArc => (Arc)this[0];

    /// <summary>The tapering needle.</summary>
    public Line Needle => (Line)this[2];

    /// <summary>Centre of the arc (where the needle is pinned).</summary>
    public Vector3 GetDialCenter() => DialArc.GetArcCenter();

    /// <summary>Radius of the arc in scene units.</summary>
    public double GetRadius() => DialArc.GetRadius();

    /// <summary>Points the needle at <paramref name="value"/> and recolours it.</summary>
    public Dial SetValue(double value)
    {
        Value = value;
        var center = GetDialCenter();
        Needle.PutStartAndEndOn(center, center + (float)GetRadius() * Direction(value));
        Needle.SetStroke(ValueColors.ValueToColor(value, minValue: 0, maxValue: 1));
        return this;
    }

    /// <summary>A uniform random value in [0, 1].</summary>
    public static double GetRandomValue(Random random) => random.NextDouble();

    /// <summary>
    /// Swings the needle to <paramref name="value"/> around the dial's centre (1 s) with a teal motion-blur sweep of
    /// concentric arcs over the swept angle.
    /// </summary>
    public Animation AnimateSetValue(double value)
    {
        double oldAngle = StartAngle + ArcAngle * Value;
        double newAngle = StartAngle + ArcAngle * value;
        double delta = newAngle - oldAngle;
        var center = GetDialCenter();
        double radius = GetWidth() / 2;
        var move = (Animation)this.Animate().SetValue(value).SetAnimArgs(pathArc: delta);
        // The target holds the new value; the dial reports it from now on, as the animation will end there.
        Value = value;
        var anims = new List<Animation> { move };
        for (int k = 1; k <= _streakDensity; k++)
        {
            var streak = new Arc(oldAngle, delta, radius * k / _streakDensity, nComponents: 24, arcCenter: center)
                .SetStroke(_streakColor, _streakWidth);
            anims.Add(VShowPassingFlash(streak, timeWidth: 1.5));
        }
        return AnimationGroup(anims);
    }

    private static Vector3 Direction(double value)
    {
        double angle = StartAngle + ArcAngle * value;
        return new Vector3((float)Math.Cos(angle), (float)Math.Sin(angle), 0);
    }
}
