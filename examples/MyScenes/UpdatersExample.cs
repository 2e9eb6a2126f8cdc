using static AnimLib.Anim;
using static AnimLib.Directions;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>Updaters: a brace and its label follow a square whose width a tracker drives; a dot circles with time.</summary>
public sealed class UpdatersExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var width = new ValueTracker(2);
        var square = new Square().SetFill(Teal, 0.4).SetStroke(Teal, 3)
            .Always(s => s.SetWidth(width.GetValue(), stretch: true));
        var brace = AlwaysRedraw(() => new Brace(square, Down));
        var label = new DecimalNumber(2, numDecimalPlaces: 1, fontSize: 36)
            .Always(d => d.SetValue(width.GetValue()).NextTo(brace, Down, buff: 0.1));
        var dot = new Dot(color: Yellow).AddUpdater(d => d.MoveTo(2.5 * Pt(Math.Cos(2 * Time), Math.Sin(2 * Time))));
        Add(square, brace, label, dot);
        Play(width.Animate().SetValue(5), runTime: 2);
        Play(width.Animate().SetValue(1), runTime: 2);
        Wait();
    }
}
