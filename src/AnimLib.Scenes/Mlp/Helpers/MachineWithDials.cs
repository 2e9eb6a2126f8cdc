using static AnimLib.Anim;

namespace AnimLib.Scenes.Mlp;

/// <summary>
/// A grey box full of dials, the chapter's picture of a model's tunable parameters. Children: <c>[box, dials]</c>.
/// </summary>
public class MachineWithDials : VGroup
{
    /// <summary>Creates the machine with every dial at a random value.</summary>
    /// <param name="random">Source of the dial values (pass the scene's <c>Random</c>).</param>
    /// <param name="width">Width of the box.</param>
    /// <param name="height">Height of the box.</param>
    /// <param name="nRows">Rows of dials.</param>
    /// <param name="nCols">Columns of dials.</param>
    /// <param name="dialBuffRatio">Gap between dials as a fraction of a dial's size.</param>
    /// <param name="strokeColor">Outline colour of the box.</param>
    /// <param name="strokeWidth">Outline width of the box.</param>
    /// <param name="fillColor">Fill colour of the box.</param>
    /// <param name="fillOpacity">Fill opacity of the box.</param>
    public MachineWithDials(Random random, double width = 5.0, double height = 4.0, int nRows = 6, int nCols = 8, double dialBuffRatio = 0.5,
        Color? strokeColor = null, double strokeWidth = 1, Color? fillColor = null, double fillOpacity = 1.0)
    {
        ArgumentNullException.ThrowIfNull(random);
        Random = random;
        var box = new Rectangle(width, height);
        box.SetStroke(strokeColor ?? Palette.White, strokeWidth);
        box.SetFill(fillColor ?? Palette.GreyD, fillOpacity);
        var dials = new VGroup<Dial>(Enumerable.Range(0, nRows * nCols).Select(_ =>
            new Dial(strokeWidth: 1.0, needleStrokeWidth: 5.0, relativeTickSize: 0.25, streakWidth: 2)));
        double buff = dialBuffRatio * dials[0].GetWidth();
        dials.ArrangeInGrid(nRows, nCols, buff: buff);
        dials.SetWidth(box.GetWidth() - buff);
        // ManimGL caps the dials' height by the box's width here (not its height); kept as is.
        dials.SetMaxHeight(box.GetWidth() - buff);
        dials.MoveTo(box);
        foreach (var dial in dials.Members) dial.SetValue(Dial.GetRandomValue(random));
        this.Add(box, dials);
    }

    /// <summary>Source of new dial values.</summary>
    public Random Random { get; }

    /// <summary>The outer box.</summary>
    public VMobject Box => (VMobject)this[0];

    /// <summary>The dials, row by row.</summary>
    public VGroup<Dial> Dials => (VGroup<Dial>)this[1];

    /// <summary>Every dial swings to a new random value, in a lagged wave over <paramref name="runTime"/> seconds.</summary>
    public Animation RandomChangeAnimation(double lagFactor = 0.5, double runTime = 3.0)
    {
        var dials = Dials.Members.ToList();
        return LaggedStart(dials.Select(d => d.AnimateSetValue(Dial.GetRandomValue(Random))), lagRatio: lagFactor / dials.Count, runTime: runTime);
    }
}
