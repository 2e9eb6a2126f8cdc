using static AnimLib.Anim;
using static AnimLib.Palette;

namespace MyScenes;

/// <summary>A coordinate system: axes with labels, two graphs, and a dot riding one of them.</summary>
public sealed class GraphExample : Scene
{
    /// <inheritdoc/>
    protected override void Construct()
    {
        var plane = new NumberPlane().SetOpacity(0.3);
        var axes = new Axes((-3, 3), (-2, 5), width: 8, height: 6);
        axes.AddCoordinateLabels(fontSize: 18);
        var parabola = axes.GetGraph(x => x * x - 1).SetStroke(Yellow, 4);
        var wave = axes.GetGraph(x => 2 * Math.Sin(2 * x)).SetStroke(Blue, 4);
        Add(plane);
        Play(ShowCreation(axes), runTime: 1.5);
        Play(ShowCreation(parabola), ShowCreation(wave), runTime: 2);
        var x = new ValueTracker(-2);
        var dot = new Dot(color: Red).Always(d => d.MoveTo(axes.InputToGraphPoint(x.GetValue(), parabola)));
        Play(FadeIn(dot, scale: 0.5));
        Play(x.Animate().SetValue(2), runTime: 2);
        Wait();
    }
}
